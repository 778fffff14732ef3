import { useState, type KeyboardEvent } from 'react'
import { useReturnFocus } from './useReturnFocus'
import type { PerangkatDaerah } from '../../../../shared/domain'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'
import { formatBidang, parseDraft, toDraft, type PerangkatDaerahDraft } from './perangkatDaerahDraft'

interface Props {
  pd: PerangkatDaerah
  all: PerangkatDaerah[]
  onSaved: (pd: PerangkatDaerah) => void
}

const TEXT_FIELDS: Array<{ key: Exclude<keyof PerangkatDaerahDraft, 'successorId'>; label: string; className?: string }> = [
  { key: 'code', label: 'Kode', className: 'pd-code' },
  { key: 'name', label: 'Nama', className: 'pd-name-input' },
  { key: 'shortName', label: 'Singkatan', className: 'pd-short' },
  { key: 'bidang', label: 'Bidang urusan', className: 'pd-bidang' },
  { key: 'validFrom', label: 'Berlaku dari', className: 'pd-year' },
  { key: 'validTo', label: 'Berlaku sampai', className: 'pd-year' }
]

/** One perangkat daerah: shown as text, or as inputs while the analyst edits it ("Ubah"). */
export function PerangkatDaerahRow({ pd, all, onSaved }: Props) {
  const notice = useNotice()
  const [draft, setDraft] = useState<PerangkatDaerahDraft | null>(null)
  const [saving, setSaving] = useState(false)
  const { editButton, armReturn } = useReturnFocus(draft)

  const successor = pd.successorId === null ? undefined : all.find((other) => other.id === pd.successorId)
  const ended = pd.validTo !== null

  const cancel = () => {
    armReturn()
    setDraft(null)
  }

  const save = async () => {
    if (!draft || saving) return
    const parsed = parseDraft(draft)
    if (!parsed.ok) {
      notice.showError(parsed.message)
      return
    }
    setSaving(true)
    try {
      const saved = await call('updatePerangkatDaerah', { perangkatDaerahId: pd.id, ...parsed.value })
      onSaved(saved)
      armReturn()
      setDraft(null)
      notice.showInfo(`Perangkat daerah "${saved.name}" disimpan.`)
    } catch (error) {
      // The row stays in edit mode with what the analyst typed.
      notice.showError(errorMessage(error))
    } finally {
      setSaving(false)
    }
  }

  const onKey = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (!draft) return
    if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault()
      void save()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      cancel()
    }
  }

  const rowProps = {
    'data-testid': `pd-${pd.id}`,
    'data-pd-id': pd.id,
    className: ended ? 'pd-row ended' : 'pd-row'
  }

  if (draft) {
    return (
      <tr {...rowProps} className={`${rowProps.className} editing`} onKeyDown={onKey}>
        {TEXT_FIELDS.map((field, index) => (
          <td key={field.key}>
            <input
              aria-label={field.label}
              className={field.className}
              autoFocus={index === 0}
              inputMode={field.key === 'validFrom' || field.key === 'validTo' ? 'numeric' : undefined}
              placeholder={field.key === 'bidang' ? '1.02, 2.14' : undefined}
              value={draft[field.key]}
              onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })}
            />
          </td>
        ))}
        <td>
          <select aria-label="Digantikan oleh" value={draft.successorId} onChange={(event) => setDraft({ ...draft, successorId: event.target.value })}>
            <option value="">— tidak ada —</option>
            {all
              .filter((other) => other.id !== pd.id)
              .map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
          </select>
        </td>
        <td className="actions">
          <button type="button" onClick={() => void save()} disabled={saving}>
            Simpan
          </button>
          <button type="button" onClick={cancel}>
            Batal
          </button>
        </td>
      </tr>
    )
  }

  return (
    <tr {...rowProps}>
      <td className="pd-code">{pd.code ?? <span className="muted">—</span>}</td>
      <td>
        <span className="pd-name">{pd.name}</span>
        {ended && <span className="pd-ended"> (berakhir {pd.validTo})</span>}
        {pd.fromStartingList && <span className="badge">daftar awal</span>}
      </td>
      <td>{pd.shortName}</td>
      <td className="pd-bidang">{formatBidang(pd.bidang)}</td>
      <td className="num">{pd.validFrom ?? ''}</td>
      <td className="num">{pd.validTo ?? ''}</td>
      <td>{successor?.name ?? ''}</td>
      <td className="actions">
        <button ref={editButton} type="button" aria-label={`Ubah ${pd.name}`} onClick={() => setDraft(toDraft(pd))}>
          Ubah
        </button>
      </td>
    </tr>
  )
}
