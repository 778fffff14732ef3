/**
 * Says that another tab saved changes the shown screen does not have yet, and reloads it on
 * request: reloading by itself would throw away an edit, a filter or a range in progress here.
 */
export function ChangedElsewhere({ onReload }: { onReload: () => void }) {
  return (
    <div className="changed-elsewhere" role="status">
      <span>Data diubah di tab lain; layar ini belum menampilkannya.</span>
      <button type="button" onClick={onReload}>
        Muat ulang layar ini
      </button>
    </div>
  )
}
