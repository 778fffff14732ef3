import type Database from 'better-sqlite3'
import type { Misi, PerangkatDaerah, PlanRow, RpjmdPeriod, RpjmdView, Sasaran } from '../../../shared/domain'
import { REPORT_TITLES, type ReportOptions } from '../../../shared/reports/options'
import { formatIndonesianDate } from '../../../shared/reports/format'
import { listPerangkatDaerah } from '../../db/repositories/perangkatDaerah'
import { listStoredRows } from '../../db/repositories/planRows'
import { getRpjmdView } from '../../db/repositories/rpjmd'
import { invalid, notFound } from '../errors'
import { loadPlanContext, toPlanRows } from '../planRows/planContext'

// What every report reads first: the period, the years, the plan rows, and the filters checked.

export interface ReportContext {
  db: Database.Database
  options: ReportOptions
  period: RpjmdPeriod
  rpjmd: RpjmdView
  /** The plan's five target years (2022-2026): the kondisi akhir and five-year sums use all of them. */
  periodYears: number[]
  /** The years shown: options.years in order, or all of periodYears. */
  years: number[]
  /** Every plan row, in tree order (PD, then codes), with names resolved and totals. */
  rows: PlanRow[]
  perangkatDaerah: Map<number, PerangkatDaerah>
  misiFilter: Misi | null
  perangkatDaerahFilter: PerangkatDaerah | null
  sasaranFilter: Sasaran | null
  versionName: string | null
  builtAt: Date
}

function shownYears(requested: number[], periodYears: number[], period: RpjmdPeriod): number[] {
  if (requested.length === 0) return periodYears
  const outside = requested.find((year) => !periodYears.includes(year))
  if (outside !== undefined) throw invalid(`Tahun ${outside} di luar tahun rencana ${period.name} (${periodYears[0]}-${periodYears.at(-1)}).`)
  return periodYears.filter((year) => requested.includes(year))
}

export function loadReportContext(db: Database.Database, options: ReportOptions): ReportContext {
  const plan = loadPlanContext(db)
  const rpjmd = getRpjmdView(db)
  const periodYears = rpjmd.targetYears
  const perangkatDaerah = new Map(listPerangkatDaerah(db).map((pd) => [pd.id, pd]))
  let misiFilter: Misi | null = null
  if (options.misiId !== null) {
    misiFilter = rpjmd.misi.find((misi) => misi.id === options.misiId) ?? null
    if (!misiFilter) throw notFound(`Misi (id ${options.misiId}) tidak ditemukan pada ${plan.period.name}; pilih misi dari daftar.`)
  }
  let perangkatDaerahFilter: PerangkatDaerah | null = null
  if (options.perangkatDaerahId !== null) {
    perangkatDaerahFilter = perangkatDaerah.get(options.perangkatDaerahId) ?? null
    if (!perangkatDaerahFilter) throw notFound(`Perangkat daerah (id ${options.perangkatDaerahId}) tidak ditemukan; pilih perangkat daerah dari daftar.`)
  }
  let sasaranFilter: Sasaran | null = null
  if (options.sasaranId !== null) {
    sasaranFilter = rpjmd.misi.flatMap((misi) => misi.sasaran).find((sasaran) => sasaran.id === options.sasaranId) ?? null
    if (!sasaranFilter) throw notFound(`Sasaran (id ${options.sasaranId}) tidak ditemukan pada ${plan.period.name}; pilih sasaran dari daftar.`)
  }
  return {
    db,
    options,
    period: plan.period,
    rpjmd,
    periodYears,
    years: shownYears(options.years, periodYears, plan.period),
    rows: toPlanRows(listStoredRows(db, plan.period.id), plan),
    perangkatDaerah,
    misiFilter,
    perangkatDaerahFilter,
    sasaranFilter,
    versionName: plan.versionName,
    builtAt: new Date()
  }
}

const yearsText = (context: ReportContext) =>
  context.years.length === context.periodYears.length ? `${context.years[0]}-${context.years.at(-1)}` : context.years.join(', ')

export const misiText = (misi: Pick<Misi, 'number' | 'title'>) => `Misi ${misi.number}: ${misi.title}`

/** The lines under the title that say what the filters kept. */
export function filterLines(context: ReportContext): string[] {
  const lines: string[] = []
  if (context.perangkatDaerahFilter) lines.push(`Perangkat Daerah : ${context.perangkatDaerahFilter.name}`)
  if (context.misiFilter) lines.push(`Misi : ${misiText(context.misiFilter)}`)
  if (context.sasaranFilter) lines.push(`Sasaran : ${context.sasaranFilter.label} ${context.sasaranFilter.text}`)
  if (context.options.text !== '') lines.push(`Kata kunci : "${context.options.text}"`)
  if (context.years.length !== context.periodYears.length) lines.push(`Tahun : ${yearsText(context)}`)
  return lines
}

const clock = (date: Date) => `${String(date.getHours()).padStart(2, '0')}.${String(date.getMinutes()).padStart(2, '0')}`

/** The options used, the nomenclature version and the build time (the XLSX options sheet). `extra`: the report's own options. */
export function reportFacts(context: ReportContext, extra: Array<{ label: string; value: string }> = []): Array<{ label: string; value: string }> {
  return [
    { label: 'Laporan', value: REPORT_TITLES[context.options.report] },
    { label: 'Periode RPJMD', value: context.period.name },
    { label: 'Tahun', value: yearsText(context) },
    { label: 'Perangkat Daerah', value: context.perangkatDaerahFilter?.name ?? 'Semua perangkat daerah' },
    { label: 'Misi', value: context.misiFilter ? misiText(context.misiFilter) : 'Semua misi' },
    ...extra,
    { label: 'Versi nomenklatur', value: context.versionName ?? 'Belum ada nomenklatur' },
    { label: 'Dibuat', value: `${formatIndonesianDate(context.builtAt)} pukul ${clock(context.builtAt)}` }
  ]
}

/** "2022-2026" or "2023_2025" for a file name. */
export const yearsStem = (context: ReportContext) =>
  context.years.length === context.periodYears.length ? `${context.years[0]}-${context.years.at(-1)}` : context.years.join('_')
