import type { PlanRow } from '../../../../shared/domain'

export interface PlanWarning {
  planRowId: number
  code: string
  message: string
}

/** Marks that do not block saving but need a look: no sasaran, no pagu, a year without target. */
export function planWarnings(rows: PlanRow[], years: number[]): PlanWarning[] {
  const byId = new Map(rows.map((row) => [row.id, row]))
  const servesSasaran = (row: PlanRow): boolean => {
    for (let current: PlanRow | undefined = row; current; current = current.parentId === null ? undefined : byId.get(current.parentId)) {
      if (current.sasaranIds.length > 0) return true
    }
    return false
  }
  const warnings: PlanWarning[] = []
  for (const row of rows) {
    if (row.level !== 'sub_kegiatan') continue
    const warn = (message: string) => warnings.push({ planRowId: row.id, code: row.code, message })
    if (!servesSasaran(row)) warn('Sub kegiatan belum terkait sasaran RPJMD.')
    if (years.every((year) => !row.pagu[year])) warn('Pagu nol atau belum diisi di semua tahun.')
    else {
      const missing = years.filter((year) => row.pagu[year] && row.targets[year] === undefined)
      if (missing.length > 0) warn(`Tahun ${missing.join(', ')} punya pagu tetapi belum punya target.`)
    }
  }
  return warnings
}
