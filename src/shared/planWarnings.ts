// The plan's warning rules, written once: the Peringatan list (renderer) and Beranda's counts (main) both use them.
import type { PlanRow } from './domain'

/** What a rule reads of a row: the plan's rows and Beranda's lighter query both have it. */
export type WarnedRow = Pick<PlanRow, 'id' | 'code' | 'level' | 'pagu' | 'targets'>

export type WarningKind = 'sasaran' | 'pagu' | 'target'

export interface PlanWarning {
  planRowId: number
  code: string
  kind: WarningKind
  message: string
}

/** The kinds as the Peringatan list counts them. */
export const WARNING_KINDS: ReadonlyArray<[WarningKind, string]> = [
  ['sasaran', 'Belum terkait sasaran'],
  ['pagu', 'Pagu nol'],
  ['target', 'Pagu tanpa target']
]

/** One sub kegiatan's marks; `servesSasaran` says whether it or a row above it is linked. */
export function rowWarnings(row: WarnedRow, servesSasaran: boolean, years: number[]): PlanWarning[] {
  if (row.level !== 'sub_kegiatan') return []
  const warnings: PlanWarning[] = []
  const warn = (kind: WarningKind, message: string) => warnings.push({ planRowId: row.id, code: row.code, kind, message })
  if (!servesSasaran) warn('sasaran', 'Sub kegiatan belum terkait sasaran RPJMD.')
  if (years.every((year) => !row.pagu[year])) warn('pagu', 'Pagu nol atau belum diisi di semua tahun.')
  else {
    const missing = years.filter((year) => row.pagu[year] && row.targets[year] === undefined)
    if (missing.length > 0) warn('target', `Tahun ${missing.join(', ')} punya pagu tetapi belum punya target.`)
  }
  return warnings
}

/** How many marks rowWarnings gives, without spelling them out (run for every row on load). */
export function rowWarningCount(row: WarnedRow, servesSasaran: boolean, years: number[]): number {
  if (row.level !== 'sub_kegiatan') return 0
  let count = servesSasaran ? 0 : 1
  let anyPagu = false
  let missingTarget = false
  for (const year of years) {
    if (!row.pagu[year]) continue
    anyPagu = true
    if (row.targets[year] === undefined) missingTarget = true
  }
  if (!anyPagu || missingTarget) count += 1
  return count
}
