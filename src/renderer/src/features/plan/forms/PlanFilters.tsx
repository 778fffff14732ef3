import { memo } from 'react'
import type { PerangkatDaerah, RpjmdView } from '../../../../../shared/domain'
import { PerangkatDaerahSelect } from '../../../components/PerangkatDaerahSelect'
import type { PlanFilter } from '../model/gridRows'

interface Props {
  plan: RpjmdView
  perangkatDaerah: PerangkatDaerah[]
  filter: PlanFilter
  onChange: (filter: PlanFilter) => void
}

const numberOrUndefined = (value: string) => (value === '' ? undefined : Number(value))

/** Narrows the grid by PD, misi, sasaran and text; rows above a match stay for context. */
function PlanFiltersView({ plan, perangkatDaerah, filter, onChange }: Props) {
  const misi = plan.misi.find((entry) => entry.id === filter.misiId)
  const sasaranChoices = misi ? misi.sasaran : plan.misi.flatMap((entry) => entry.sasaran)
  return (
    <div className="plan-filters" role="search" aria-label="Saring rencana">
      <strong className="form-title" aria-hidden="true">
        Saring
      </strong>
      <label>
        <span>Perangkat daerah</span>
        <PerangkatDaerahSelect
          perangkatDaerah={perangkatDaerah}
          label="Saring perangkat daerah"
          emptyLabel="Semua"
          value={filter.perangkatDaerahId}
          onChange={(perangkatDaerahId) => onChange({ ...filter, perangkatDaerahId })}
        />
      </label>
      <label>
        <span>Misi</span>
        <select
          aria-label="Saring misi"
          value={filter.misiId ?? ''}
          onChange={(event) => onChange({ ...filter, misiId: numberOrUndefined(event.target.value), sasaranId: undefined })}
        >
          <option value="">Semua</option>
          {plan.misi.map((entry) => (
            <option key={entry.id} value={entry.id}>
              Misi {entry.number}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Sasaran</span>
        <select
          aria-label="Saring sasaran"
          value={filter.sasaranId ?? ''}
          onChange={(event) => onChange({ ...filter, sasaranId: numberOrUndefined(event.target.value) })}
        >
          <option value="">Semua</option>
          {sasaranChoices.map((sasaran) => (
            <option key={sasaran.id} value={sasaran.id}>
              {sasaran.label} {sasaran.text.slice(0, 60)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Cari kode atau nama</span>
        <input
          aria-label="Cari kode atau nama"
          type="search"
          value={filter.text ?? ''}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </label>
      <button type="button" onClick={() => onChange({})} disabled={!filter.perangkatDaerahId && !filter.misiId && !filter.sasaranId && !filter.text}>
        Hapus saringan
      </button>
    </div>
  )
}

// Memoised: the plan screen re-renders on every selection and save; this part rarely changes.
export const PlanFilters = memo(PlanFiltersView)
