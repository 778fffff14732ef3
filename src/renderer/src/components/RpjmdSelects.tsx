import type { RpjmdView } from '../../../shared/domain'

interface SelectProps {
  plan: RpjmdView
  value: number | undefined
  onChange: (id: number | undefined) => void
  label: string
  emptyLabel: string
}

const idOrUndefined = (value: string) => (value === '' ? undefined : Number(value))

/** A select of the plan's misi ("Misi 3"); the empty choice gives undefined. */
export function MisiSelect({ plan, value, onChange, label, emptyLabel }: SelectProps) {
  return (
    <select aria-label={label} value={value ?? ''} onChange={(event) => onChange(idOrUndefined(event.target.value))}>
      <option value="">{emptyLabel}</option>
      {plan.misi.map((entry) => (
        <option key={entry.id} value={entry.id}>
          Misi {entry.number}
        </option>
      ))}
    </select>
  )
}

/** A select of sasaran by label and the start of their text: those of one misi, or all. */
export function SasaranSelect({ plan, misiId, value, onChange, label, emptyLabel }: SelectProps & { misiId: number | undefined }) {
  const misi = plan.misi.find((entry) => entry.id === misiId)
  const choices = misi ? misi.sasaran : plan.misi.flatMap((entry) => entry.sasaran)
  return (
    <select aria-label={label} value={value ?? ''} onChange={(event) => onChange(idOrUndefined(event.target.value))}>
      <option value="">{emptyLabel}</option>
      {choices.map((sasaran) => (
        <option key={sasaran.id} value={sasaran.id}>
          {sasaran.label} {sasaran.text.slice(0, 60)}
        </option>
      ))}
    </select>
  )
}
