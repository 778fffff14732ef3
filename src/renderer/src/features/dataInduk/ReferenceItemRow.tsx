import { useState, type KeyboardEvent } from 'react'
import { useReturnFocus } from './useReturnFocus'
import type { ReferenceItem } from '../../../../shared/master'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'

interface Props {
  item: ReferenceItem
  onSaved: (item: ReferenceItem) => void
}

/** One entry of a reference list: "Ubah" edits kode and nama in place; the checkbox saves at once. */
export function ReferenceItemRow({ item, onSaved }: Props) {
  const notice = useNotice()
  const [draft, setDraft] = useState<{ code: string; name: string } | null>(null)
  const [saving, setSaving] = useState(false)
  // The box shows the analyst's click at once; it falls back to the saved value if main refuses.
  const [pendingActive, setPendingActive] = useState<boolean | null>(null)
  const { editButton, armReturn } = useReturnFocus(draft)

  const save = async (code: string, name: string, active: boolean): Promise<boolean> => {
    setSaving(true)
    try {
      const saved = await call('updateReferenceItem', { referenceItemId: item.id, code, name, active })
      onSaved(saved)
      notice.showInfo(`"${saved.name}" disimpan${saved.active ? '' : ' (tidak aktif)'}.`)
      return true
    } catch (error) {
      notice.showError(errorMessage(error))
      return false
    } finally {
      setSaving(false)
    }
  }

  const saveDraft = async () => {
    if (!draft || saving) return
    if (await save(draft.code, draft.name, item.active)) {
      armReturn()
      setDraft(null)
    }
  }

  const toggleActive = async (active: boolean) => {
    setPendingActive(active)
    await save(item.code, item.name, active)
    setPendingActive(null)
  }

  const cancel = () => {
    armReturn()
    setDraft(null)
  }

  const onKey = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (!draft || !(event.target instanceof HTMLInputElement) || event.target.type === 'checkbox') return
    if (event.key === 'Enter') {
      event.preventDefault()
      void saveDraft()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      cancel()
    }
  }

  return (
    <tr data-testid={`rujukan-${item.id}`} className={item.active ? undefined : 'inactive'} onKeyDown={onKey}>
      <td className="ref-code">
        {draft ? <input aria-label="Kode" autoFocus value={draft.code} onChange={(e) => setDraft({ ...draft, code: e.target.value })} /> : item.code}
      </td>
      <td>
        {draft ? (
          <input aria-label="Nama" className="ref-name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        ) : (
          <span className="ref-name">{item.name}</span>
        )}
      </td>
      <td className="center">
        <input
          type="checkbox"
          aria-label={`Aktif: ${item.name}`}
          checked={pendingActive ?? item.active}
          disabled={saving}
          onChange={(event) => void toggleActive(event.target.checked)}
        />
      </td>
      <td className="actions">
        {draft ? (
          <>
            <button type="button" onClick={() => void saveDraft()} disabled={saving}>
              Simpan
            </button>
            <button type="button" onClick={cancel}>
              Batal
            </button>
          </>
        ) : (
          <button ref={editButton} type="button" aria-label={`Ubah ${item.name}`} onClick={() => setDraft({ code: item.code, name: item.name })}>
            Ubah
          </button>
        )}
      </td>
    </tr>
  )
}
