import type { PerangkatDaerah } from '../../../shared/domain'

interface Props {
  perangkatDaerah: PerangkatDaerah[]
  value: number | undefined
  onChange: (id: number | undefined) => void
  label: string
  emptyLabel: string
}

/** A select of perangkat daerah by name; the empty choice gives undefined. */
export function PerangkatDaerahSelect({ perangkatDaerah, value, onChange, label, emptyLabel }: Props) {
  return (
    <select aria-label={label} value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}>
      <option value="">{emptyLabel}</option>
      {perangkatDaerah.map((pd) => (
        <option key={pd.id} value={pd.id}>
          {pd.name}
        </option>
      ))}
    </select>
  )
}
