import { useState } from 'react'
import type { KopSettings } from '../../../../../shared/printSettings'
import { KOP_LIMITS } from '../../../../../shared/printSettingsFields'
import { call } from '../../../api/client'
import { FieldError } from './FieldError'
import { fieldErrorProps, lineProblem } from './fieldProps'
import type { SettingsReply } from './settingsReply'
import { useSettingsSave } from './useSettingsSave'

export type KopDraft = Pick<KopSettings, 'government' | 'agency' | 'address' | 'contact'>
type KopKey = keyof KopDraft

const FIELDS: Array<{ key: KopKey; label: string; required: boolean; placeholder?: string }> = [
  { key: 'government', label: 'Nama pemerintah daerah', required: true },
  { key: 'agency', label: 'Nama badan', required: true },
  { key: 'address', label: 'Alamat', required: false, placeholder: 'Jalan, nomor, kelurahan, Ternate' },
  { key: 'contact', label: 'Kontak', required: false, placeholder: 'Telepon, surel, situs' }
]

interface Props {
  draft: KopDraft
  onDraft: (draft: KopDraft) => void
  onSaved: (reply: SettingsReply) => void
}

/** The kop lines; the preview beside it shows them as typed. */
export function KopForm({ draft, onDraft, onSaved }: Props) {
  const [errors, setErrors] = useState<Partial<Record<KopKey, string>>>({})
  const { saving, refusal, setRefusal, save } = useSettingsSave()

  const submit = async () => {
    const found: Partial<Record<KopKey, string>> = {}
    for (const field of FIELDS) {
      const problem = lineProblem(field.label, draft[field.key], KOP_LIMITS[field.key], field.required)
      if (problem) found[field.key] = problem
    }
    setErrors(found)
    setRefusal(undefined)
    const first = FIELDS.find((field) => found[field.key])
    if (first) {
      document.getElementById(`kop-${first.key}`)?.focus()
      return
    }
    const { government, agency, address, contact } = draft
    await save(async () => onSaved(await call('updateKop', { government, agency, address, contact })), 'Kop surat disimpan.')
  }

  return (
    <form
      className="kop-form"
      aria-label="Kop surat"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      {FIELDS.map((field) => {
        const id = `kop-${field.key}`
        return (
          <div key={field.key} className="field">
            <label htmlFor={id}>
              {field.label}
              {!field.required && <span className="muted"> (boleh kosong)</span>}
            </label>
            <input
              id={id}
              value={draft[field.key]}
              placeholder={field.placeholder}
              onChange={(event) => {
                onDraft({ ...draft, [field.key]: event.target.value })
                if (errors[field.key]) setErrors({ ...errors, [field.key]: undefined })
              }}
              {...fieldErrorProps(id, errors[field.key])}
            />
            <FieldError id={id} message={errors[field.key]} />
          </div>
        )
      })}
      <div className="form-actions">
        <button type="submit" disabled={saving}>
          Simpan kop
        </button>
        {refusal && (
          <span className="field-error" role="alert">
            {refusal}
          </span>
        )}
      </div>
    </form>
  )
}
