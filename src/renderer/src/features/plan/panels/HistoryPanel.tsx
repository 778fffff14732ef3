import { useCallback } from 'react'
import type { PlanRow } from '../../../../../shared/domain'
import { call } from '../../../api/client'
import { useLoad } from '../../../useLoad'
import type { UndoState } from '../../../../../shared/changeLog'

const show = (value: string | number | null) => (value === null ? '—' : typeof value === 'number' ? value.toLocaleString('id-ID') : value)

/** Riwayat: every recorded change of the selected row, newest first. */
export function HistoryPanel({ row, changeLog }: { row: PlanRow; changeLog: UndoState }) {
  // A new loader for another row or after each recorded step (a new undo state): useLoad loads again.
  const load = useCallback(() => {
    void changeLog
    return call('listHistory', { planRowId: row.id })
  }, [row.id, changeLog])
  const history = useLoad(load)
  if (history.error) return <p role="alert">{history.error}</p>
  if (!history.data) return <p aria-busy="true">Memuat riwayat…</p>
  if (history.data.length === 0) return <p className="muted">Belum ada perubahan tercatat untuk {row.code}.</p>
  return (
    <table className="history-table" data-testid="history">
      <thead>
        <tr>
          <th>Waktu, oleh</th>
          <th>Isian: lama → baru</th>
        </tr>
      </thead>
      {history.data.map((entry, index) => (
        // One body per change: a city-sized amount does not fit twice beside the time in a side panel.
        <tbody key={`${entry.batchId}-${index}`} className={entry.undone ? 'muted' : undefined}>
          <tr>
            <td>
              {new Date(entry.at).toLocaleString('id-ID')}
              <span className="history-user">{entry.osUser}</span>
            </td>
            <td className="history-values">
              <span>
                {entry.fieldLabel}
                {entry.undone && ' (dibatalkan)'}
              </span>
              <span>{show(entry.oldValue)}</span>
              <span>→ {show(entry.newValue)}</span>
            </td>
          </tr>
        </tbody>
      ))}
    </table>
  )
}
