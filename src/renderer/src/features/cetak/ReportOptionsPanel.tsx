import type { PerangkatDaerah, RpjmdView } from '../../../../shared/domain'
import type { PrintSettings } from '../../../../shared/printSettings'
import { PAPER_SIZES, REPORT_IDS, REPORT_TITLES, defaultReportOptions, type ReportOptions } from '../../../../shared/reports/options'
import { PerangkatDaerahSelect } from '../../components/PerangkatDaerahSelect'
import type { HomeTarget } from '../home/homeSteps'
import { MisiSelect, SasaranSelect } from '../../components/RpjmdSelects'
import { TextFilterInput } from './TextFilterInput'

interface Props {
  options: ReportOptions
  onChange: (options: ReportOptions) => void
  plan: RpjmdView
  perangkatDaerah: PerangkatDaerah[]
  settings: PrintSettings | undefined
  onOpen: (target: HomeTarget) => void
}

// Which data options each report reads; the others are not shown for it.
const FILTERS: Record<ReportOptions['report'], { misi: boolean; perangkatDaerah: boolean; sasaranAndText: boolean }> = {
  tc14: { misi: true, perangkatDaerah: true, sasaranAndText: false },
  rekapMisiPd: { misi: true, perangkatDaerah: true, sasaranAndText: false },
  keselarasan: { misi: false, perangkatDaerah: false, sasaranAndText: false },
  daftarProgram: { misi: true, perangkatDaerah: true, sasaranAndText: true }
}

const numberOrNull = (value: string) => (value === '' ? null : Number(value))

/** The report, its data options and its paper options; every change goes to the one options owner. */
export function ReportOptionsPanel({ options, onChange, plan, perangkatDaerah, settings, onOpen }: Props) {
  const set = (patch: Partial<ReportOptions>) => onChange({ ...options, ...patch })
  const filters = FILTERS[options.report]
  const toggleYear = (year: number, on: boolean) => {
    const all = options.years.length === 0 ? plan.targetYears : options.years
    const next = on ? [...new Set([...all, year])].sort() : all.filter((entry) => entry !== year)
    // Every year ticked is the same as none chosen: the whole period.
    set({ years: next.length === plan.targetYears.length ? [] : next })
  }
  return (
    <form className="cetak-options" aria-label="Pilihan cetak" onSubmit={(event) => event.preventDefault()}>
      <label>
        <span>Laporan</span>
        <select
          aria-label="Laporan"
          value={options.report}
          onChange={(event) => {
            const report = event.target.value as ReportOptions['report']
            // Paper, kop, DRAFT and signatory stay; the data options start afresh for the new report.
            const { paper, orientation, kop, draft, signatoryId } = options
            onChange({ ...defaultReportOptions(report), paper, orientation, kop, draft, signatoryId })
          }}
        >
          {REPORT_IDS.map((id) => (
            <option key={id} value={id}>
              {REPORT_TITLES[id]}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Tahun</legend>
        <div className="cetak-years">
          {plan.targetYears.map((year) => (
            <label key={year} className="check">
              <input
                type="checkbox"
                checked={options.years.length === 0 || options.years.includes(year)}
                disabled={options.years.length === 1 && options.years[0] === year}
                onChange={(event) => toggleYear(year, event.target.checked)}
              />
              {year}
            </label>
          ))}
        </div>
      </fieldset>
      {filters.misi && (
        <label>
          <span>Misi</span>
          <MisiSelect
            plan={plan}
            label="Misi"
            emptyLabel="Semua misi"
            value={options.misiId ?? undefined}
            onChange={(misiId) => set({ misiId: misiId ?? null, sasaranId: null })}
          />
        </label>
      )}
      {filters.perangkatDaerah && (
        <label>
          <span>Perangkat daerah</span>
          <PerangkatDaerahSelect
            perangkatDaerah={perangkatDaerah}
            label="Perangkat daerah"
            emptyLabel="Semua perangkat daerah"
            value={options.perangkatDaerahId ?? undefined}
            onChange={(id) => set({ perangkatDaerahId: id ?? null })}
          />
        </label>
      )}
      {filters.sasaranAndText && (
        <>
          <label>
            <span>Sasaran</span>
            <SasaranSelect
              plan={plan}
              misiId={options.misiId ?? undefined}
              label="Sasaran"
              emptyLabel="Semua sasaran"
              value={options.sasaranId ?? undefined}
              onChange={(sasaranId) => set({ sasaranId: sasaranId ?? null })}
            />
          </label>
          <TextFilterInput value={options.text} onApply={(text) => set({ text })} />
        </>
      )}
      {options.report === 'rekapMisiPd' && (
        <label>
          <span>Kelompok</span>
          <select
            aria-label="Kelompok"
            value={options.groupBy}
            onChange={(event) => set({ groupBy: event.target.value === 'perangkatDaerah' ? 'perangkatDaerah' : 'misi' })}
          >
            <option value="misi">Misi, lalu perangkat daerah</option>
            <option value="perangkatDaerah">Perangkat daerah, lalu misi</option>
          </select>
        </label>
      )}
      {options.report === 'tc14' && (
        <label className="check">
          <input type="checkbox" checked={options.includeUnlinked} onChange={(event) => set({ includeUnlinked: event.target.checked })} />
          Cetak program yang belum terkait sasaran
        </label>
      )}
      <div className="cetak-paper">
        <label>
          <span>Kertas</span>
          <select aria-label="Kertas" value={options.paper} onChange={(event) => set({ paper: event.target.value as ReportOptions['paper'] })}>
            {PAPER_SIZES.map((paper) => (
              <option key={paper} value={paper}>
                {paper === 'F4' ? 'F4 (Folio)' : paper}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Orientasi</span>
          <select
            aria-label="Orientasi"
            value={options.orientation}
            onChange={(event) => set({ orientation: event.target.value === 'portrait' ? 'portrait' : 'landscape' })}
          >
            <option value="landscape">Lanskap</option>
            <option value="portrait">Potret</option>
          </select>
        </label>
      </div>
      <SignatorySelect options={options} settings={settings} onChange={(signatoryId) => set({ signatoryId })} onOpen={onOpen} />
      <label className="check">
        <input type="checkbox" checked={options.kop} onChange={(event) => set({ kop: event.target.checked })} />
        Kop surat di halaman pertama
      </label>
      <label className="check">
        <input type="checkbox" checked={options.draft} onChange={(event) => set({ draft: event.target.checked })} />
        Tanda DRAFT
      </label>
    </form>
  )
}

function SignatorySelect({
  options,
  settings,
  onChange,
  onOpen
}: {
  options: ReportOptions
  settings: PrintSettings | undefined
  onChange: (id: number | null) => void
  onOpen: (target: HomeTarget) => void
}) {
  if (!settings) return null
  if (settings.signatories.length === 0) {
    return (
      <p className="muted">
        Belum ada penandatangan.{' '}
        <button type="button" className="link" onClick={() => onOpen({ screen: 'data-induk', panel: 'cetak' })}>
          Tambahkan di Data Induk › Kop &amp; penandatangan
        </button>
      </p>
    )
  }
  const defaultName = settings.signatories.find((entry) => entry.id === settings.defaultSignatoryId)?.name
  return (
    <label>
      <span>Penandatangan</span>
      <select aria-label="Penandatangan" value={options.signatoryId ?? ''} onChange={(event) => onChange(numberOrNull(event.target.value))}>
        <option value="">{defaultName ? `Bawaan (${defaultName})` : 'Tanpa penandatangan'}</option>
        {settings.signatories.map((signatory) => (
          <option key={signatory.id} value={signatory.id}>
            {signatory.name}, {signatory.title}
          </option>
        ))}
      </select>
    </label>
  )
}
