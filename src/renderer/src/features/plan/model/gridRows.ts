import type { PerangkatDaerah, PlanRow } from '../../../../../shared/domain'
import type { GridRowCache } from './gridRowCache'

// The plan's filter rule lives in shared/planFilter (the plan listing report uses it too).
export { filterRows, shownTotals, type PlanFilter } from '../../../../../shared/planFilter'

/** A row of the grid: a perangkat daerah heading, or a plan row (program, kegiatan, sub kegiatan). */
export interface GridRow extends PlanRow {
  key: string
  kind: 'pd' | 'plan'
  depth: number
  hasChildren: boolean
}

/**
 * The tree as grid rows: PD headings with totals, then their rows in order; collapsed branches hidden.
 * `totals`: under a filter, the totals of the rows shown (shownTotals).
 */
export function buildGridRows(
  cache: GridRowCache,
  rows: PlanRow[],
  perangkatDaerah: PerangkatDaerah[],
  collapsed: ReadonlySet<string>,
  years: number[],
  totals?: ReadonlyMap<number, Record<number, number>>
): GridRow[] {
  const parents = parentIds(rows)
  const byPd = new Map<number, PlanRow[]>()
  for (const row of rows) {
    const own = byPd.get(row.perangkatDaerahId)
    if (own) own.push(row)
    else byPd.set(row.perangkatDaerahId, [row])
  }
  const result: GridRow[] = []
  for (const pd of perangkatDaerah) {
    const own = byPd.get(pd.id)
    if (!own) continue
    const pdKey = `pd-${pd.id}`
    result.push(cache.headingOf(pd, headingTotal(own, years, totals)))
    if (collapsed.has(pdKey)) continue
    const hidden = new Set<number>()
    for (const row of own) {
      if (row.parentId !== null && hidden.has(row.parentId)) {
        hidden.add(row.id)
        continue
      }
      const key = String(row.id)
      if (collapsed.has(key)) hidden.add(row.id)
      result.push(cache.gridRowOf(row, parents.has(row.id), totals?.get(row.id)))
    }
  }
  return result
}

/** The sum of some totals per year (a year none of them has counts 0). */
export function sumOfTotals(totals: Iterable<Record<number, number>>, years: readonly number[]): Record<number, number> {
  const sums = years.map(() => 0)
  for (const total of totals) for (let index = 0; index < years.length; index++) sums[index] += total[years[index]] ?? 0
  const result: Record<number, number> = {}
  years.forEach((year, index) => (result[year] = sums[index]))
  return result
}

/**
 * A PD heading's total: the totals of its programs among `rows` (the programs are the rows
 * without a parent), or under a filter their totals of what is shown. The layout and a save's
 * patch both take it from here; the TOTAL row is the sum of the headings.
 */
export function headingTotal(rows: Iterable<PlanRow>, years: readonly number[], totals?: ReadonlyMap<number, Record<number, number>>): Record<number, number> {
  const programs: Array<Record<number, number>> = []
  for (const row of rows) if (row.parentId === null) programs.push(totals?.get(row.id) ?? row.total)
  return sumOfTotals(programs, years)
}

function parentIds(rows: PlanRow[]): Set<number> {
  const parents = new Set<number>()
  for (const row of rows) if (row.parentId !== null) parents.add(row.parentId)
  return parents
}

/** Keys of every row that can fold: PD headings and rows with children. */
export function foldableKeys(rows: PlanRow[]): string[] {
  const parents = parentIds(rows)
  const pds = new Set(rows.map((row) => `pd-${row.perangkatDaerahId}`))
  return [...pds, ...[...parents].map(String)]
}
