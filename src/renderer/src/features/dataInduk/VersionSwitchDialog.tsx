import { useEffect, useRef, useState } from 'react'
import type { NomenklaturVersion, VersionSwitchPreview } from '../../../../shared/master'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'
import type { ChangeBatchResult } from '../../../../shared/changeLog'

interface Props {
  version: NomenklaturVersion
  onClose: () => void
  onChanged: () => void
}

/** Lists the plan's codes that change or vanish in the new version, applies the accepted ones, and can undo. */
export function VersionSwitchDialog({ version, onClose, onChanged }: Props) {
  const notice = useNotice()
  const dialog = useRef<HTMLDialogElement>(null)
  const [preview, setPreview] = useState<VersionSwitchPreview>()
  const [accepted, setAccepted] = useState<Set<number>>(new Set())
  const [result, setResult] = useState<ChangeBatchResult>()

  useEffect(() => {
    dialog.current?.showModal()
    call('previewVersionSwitch', { versionId: version.id })
      .then((loaded) => {
        setPreview(loaded)
        setAccepted(new Set(loaded.changes.filter((change) => change.proposedCode).map((change) => change.rowId)))
      })
      .catch((error: unknown) => notice.showError(errorMessage(error)))
  }, [version.id, notice])

  const apply = async () => {
    if (!preview) return
    const accept = preview.changes
      .filter((change) => change.proposedCode && accepted.has(change.rowId))
      .map((change) => ({ planRowId: change.rowId, newCode: change.proposedCode as string }))
    try {
      setResult(await call('applyVersionSwitch', { versionId: version.id, accept }))
      onChanged()
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }

  const undo = async () => {
    if (!result) return
    try {
      const undone = await call('undoChangeBatch', { batchId: result.batchId })
      notice.showInfo(undone.description)
      onChanged()
      onClose()
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }

  const toggle = (rowId: number) =>
    setAccepted((current) => {
      const next = new Set(current)
      if (next.has(rowId)) next.delete(rowId)
      else next.add(rowId)
      return next
    })

  return (
    <dialog ref={dialog} className="version-switch" aria-label={`Pakai nomenklatur ${version.name}`} onClose={onClose}>
      <h2>Pakai nomenklatur "{version.name}"</h2>
      {!preview && <p aria-busy="true">Memeriksa kode rencana…</p>}
      {preview && !result && (
        <>
          <p>
            Dari {preview.fromVersion ? `"${preview.fromVersion}"` : 'tanpa nomenklatur'}: {preview.unchangedCount} kode tetap berlaku, {preview.changes.length}{' '}
            berubah atau hilang.
          </p>
          <table className="matrix" data-testid="switch-changes">
            <thead>
              <tr>
                <th>Terapkan</th>
                <th>Kode lama</th>
                <th>Nama</th>
                <th>Kode baru</th>
              </tr>
            </thead>
            <tbody>
              {preview.changes.map((change) => (
                <tr key={change.rowId}>
                  <td>
                    {change.proposedCode ? (
                      <input type="checkbox" aria-label={`Ganti ${change.code}`} checked={accepted.has(change.rowId)} onChange={() => toggle(change.rowId)} />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{change.code}</td>
                  <td>{change.name}</td>
                  <td>{change.proposedCode ? `${change.proposedCode} ${change.proposedName ?? ''}` : 'hilang; baris tetap ditandai'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="dialog-actions">
            <button type="button" onClick={() => void apply()}>
              Pakai versi ini
            </button>
            <button type="button" onClick={onClose}>
              Batal
            </button>
          </div>
        </>
      )}
      {result && (
        <>
          <p role="status">
            {result.description}. {result.flaggedRows} baris masih ditandai.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => void undo()}>
              Batalkan perubahan ini
            </button>
            <button type="button" onClick={onClose}>
              Tutup
            </button>
          </div>
        </>
      )}
    </dialog>
  )
}
