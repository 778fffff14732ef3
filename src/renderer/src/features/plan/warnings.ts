import type { PlanRow } from '../../../../shared/domain'

export interface PlanWarning {
  planRowId: number
  code: string
  message: string
}

/** One sub kegiatan's marks; `servesSasaran` says whether it or a row above it is linked. */
export function rowWarnings(row: PlanRow, servesSasaran: boolean, years: number[]): PlanWarning[] {
  if (row.level !== 'sub_kegiatan') return []
  const warnings: PlanWarning[] = []
  const warn = (message: string) => warnings.push({ planRowId: row.id, code: row.code, message })
  if (!servesSasaran) warn('Sub kegiatan belum terkait sasaran RPJMD.')
  if (years.every((year) => !row.pagu[year])) warn('Pagu nol atau belum diisi di semua tahun.')
  else {
    const missing = years.filter((year) => row.pagu[year] && row.targets[year] === undefined)
    if (missing.length > 0) warn(`Tahun ${missing.join(', ')} punya pagu tetapi belum punya target.`)
  }
  return warnings
}
