import { useState } from 'react'
import type { PerangkatDaerah } from '../../../../shared/domain'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'
import { EMPTY_DRAFT, parseDraft, type PerangkatDaerahDraft } from './perangkatDaerahDraft'

interface Props {
  onCreated: (pd: PerangkatDaerah) => void
}

/** Adds a perangkat daerah, e.g. the new one after a merger or a change of name. */
export function AddPerangkatDaerahForm({ onCreated }: Props) {
  const notice = useNotice()
  const [draft, setDraft] = useState<PerangkatDaerahDraft>(EMPTY_DRAFT)
  const [saving, setSaving] = useState(false)

  const submit = async () => {
    const parsed = parseDraft(draft)
    if (!parsed.ok) {
      notice.showError(parsed.message)
      return
    }
    setSaving(true)
    try {
      const created = await call('createPerangkatDaerah', parsed.value)
      onCreated(created)
      setDraft(EMPTY_DRAFT)
      notice.showInfo(`Perangkat daerah "${created.name}" ditambahkan.`)
    } catch (error) {
      notice.showError(errorMessage(error))
    } finally {
      setSaving(false)
    }
  }

  const field = (key: keyof PerangkatDaerahDraft, label: string, props: { className?: string; placeholder?: string } = {}) => (
    <label className={props.className === 'grow' ? 'grow' : undefined}>
      <span>{label}</span>
      <input
        className={props.className === 'grow' ? undefined : props.className}
        placeholder={props.placeholder}
        value={draft[key]}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
      />
    </label>
  )

  return (
    <form
      className="inline-form pd-add"
      aria-label="Tambah perangkat daerah"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      {field('code', 'Kode', { placeholder: '1.02.0.00.0.00.01.0000' })}
      {field('name', 'Nama', { className: 'grow' })}
      {field('shortName', 'Singkatan', { className: 'short' })}
      {field('bidang', 'Bidang urusan', { className: 'short', placeholder: '1.02, 2.14' })}
      {field('validFrom', 'Berlaku dari', { className: 'short', placeholder: '2026' })}
      <button type="submit" disabled={saving}>
        Tambah perangkat daerah
      </button>
    </form>
  )
}
