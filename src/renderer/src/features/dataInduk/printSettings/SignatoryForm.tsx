import { useId, useState } from 'react'
import type { Signatory } from '../../../../../shared/printSettings'
import { SIGNATORY_LIMITS } from '../../../../../shared/printSettingsFields'
import { formatNip, nipProblem } from '../../../../../shared/reports/format'
import { FieldError } from './FieldError'
import { fieldErrorProps, lineProblem } from './fieldProps'

export type SignatoryDraft = Omit<Signatory, 'id'>
type Key = keyof SignatoryDraft

export const EMPTY_SIGNATORY: SignatoryDraft = { name: '', title: '', pangkat: '', nip: '' }

const FIELDS: Array<{ key: Key; label: string; placeholder: string }> = [
  { key: 'name', label: 'Nama', placeholder: 'nama lengkap dengan gelar' },
  { key: 'title', label: 'Jabatan', placeholder: 'Kepala Bappelitbangda Kota Ternate' },
  { key: 'pangkat', label: 'Pangkat/golongan', placeholder: 'Pembina Utama Muda (IV/c)' },
  { key: 'nip', label: 'NIP', placeholder: '18 digit' }
]

function problems(draft: SignatoryDraft): Partial<Record<Key, string>> {
  const found: Partial<Record<Key, string>> = {}
  const name = lineProblem('Nama', draft.name, SIGNATORY_LIMITS.name, true)
  const title = lineProblem('Jabatan', draft.title, SIGNATORY_LIMITS.title, true)
  const pangkat = lineProblem('Pangkat/golongan', draft.pangkat, SIGNATORY_LIMITS.pangkat, false)
  const nip = nipProblem(draft.nip) ?? undefined
  if (name) found.name = name
  if (title) found.title = title
  if (pangkat) found.pangkat = pangkat
  if (nip) found.nip = nip
  return found
}

interface Props {
  initial: SignatoryDraft
  label: string
  submitLabel: string
  /** Saves; resolves to the refusal's message (shown under the buttons, the typed text stays) or null when saved. */
  onSubmit: (draft: SignatoryDraft) => Promise<string | null>
  onCancel?: () => void
  autoFocus?: boolean
  /** The add form: empty again after a save, with focus on its first field for the next one. */
  resetAfterSave?: boolean
}

/** Name, jabatan, pangkat and NIP of one signatory; the NIP is checked as typed and shown as printed (8-6-1-3). */
export function SignatoryForm({ initial, label, submitLabel, onSubmit, onCancel, autoFocus, resetAfterSave }: Props) {
  const prefix = useId()
  const [draft, setDraft] = useState(initial)
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({})
  const [refusal, setRefusal] = useState<string>()
  const [saving, setSaving] = useState(false)
  const nipOk = draft.nip.trim() !== '' && nipProblem(draft.nip) === null

  const submit = async () => {
    const found = problems(draft)
    setErrors(found)
    setRefusal(undefined)
    const first = FIELDS.find((field) => found[field.key])
    if (first) {
      document.getElementById(`${prefix}-${first.key}`)?.focus()
      return
    }
    setSaving(true)
    const refused = await onSubmit(draft)
    setSaving(false)
    if (refused) setRefusal(refused)
    else if (resetAfterSave) {
      setDraft(EMPTY_SIGNATORY)
      document.getElementById(`${prefix}-name`)?.focus()
    }
  }

  return (
    <form
      className="signatory-form"
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) {
          event.preventDefault()
          event.stopPropagation()
          onCancel()
        }
      }}
    >
      {FIELDS.map((field, index) => {
        const id = `${prefix}-${field.key}`
        return (
          <div key={field.key} className={`field signatory-${field.key}`}>
            <label htmlFor={id}>{field.label}</label>
            <input
              id={id}
              value={draft[field.key]}
              placeholder={field.placeholder}
              autoFocus={autoFocus && index === 0}
              inputMode={field.key === 'nip' ? 'numeric' : undefined}
              onChange={(event) => {
                setDraft({ ...draft, [field.key]: event.target.value })
                // The message goes once the field is changed; it comes back on the next save if still wrong.
                if (errors[field.key]) setErrors({ ...errors, [field.key]: undefined })
              }}
              {...fieldErrorProps(id, errors[field.key])}
            />
            <FieldError id={id} message={errors[field.key]} />
            {field.key === 'nip' && !errors.nip && nipOk && <span className="muted">Dicetak: NIP. {formatNip(draft.nip)}</span>}
          </div>
        )
      })}
      <div className="form-actions">
        <button type="submit" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Batal
          </button>
        )}
        {refusal && (
          <span className="field-error" role="alert">
            {refusal}
          </span>
        )}
      </div>
    </form>
  )
}
