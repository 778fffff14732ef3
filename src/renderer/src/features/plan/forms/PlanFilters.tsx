import { memo } from 'react'
import type { PerangkatDaerah, RpjmdView } from '../../../../../shared/domain'
import { PerangkatDaerahSelect } from '../../../components/PerangkatDaerahSelect'
import { MisiSelect, SasaranSelect } from '../../../components/RpjmdSelects'
import type { PlanFilter } from '../model/gridRows'

interface Props {
  plan: RpjmdView
  perangkatDaerah: PerangkatDaerah[]
  filter: PlanFilter
  onChange: (filter: PlanFilter) => void
}

/** Narrows the grid by PD, misi, sasaran and text; rows above a match stay for context. */
function PlanFiltersView({ plan, perangkatDaerah, filter, onChange }: Props) {
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
        <MisiSelect
          plan={plan}
          label="Saring misi"
          emptyLabel="Semua"
          value={filter.misiId}
          onChange={(misiId) => onChange({ ...filter, misiId, sasaranId: undefined })}
        />
      </label>
      <label>
        <span>Sasaran</span>
        <SasaranSelect
          plan={plan}
          misiId={filter.misiId}
          label="Saring sasaran"
          emptyLabel="Semua"
          value={filter.sasaranId}
          onChange={(sasaranId) => onChange({ ...filter, sasaranId })}
        />
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
