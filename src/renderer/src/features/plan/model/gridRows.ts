import type { PerangkatDaerah, PlanRow, RpjmdView } from '../../../../../shared/domain'
import type { GridRowCache } from './gridRowCache'

/** A row of the grid: a perangkat daerah heading, or a plan row (program, kegiatan, sub kegiatan). */
export interface GridRow extends PlanRow {
  key: string
  kind: 'pd' | 'plan'
  depth: number
  hasChildren: boolean
}

export interface PlanFilter {
  perangkatDaerahId?: number
  misiId?: number
  sasaranId?: number
  text?: string
}

/** Which sasaran a row serves: its own links and those of every row above it. */
function effectiveSasaran(rows: PlanRow[]): Map<number, Set<number>> {
  const byId = new Map(rows.map((row) => [row.id, row]))
  const result = new Map<number, Set<number>>()
  const resolve = (row: PlanRow): Set<number> => {
    const known = result.get(row.id)
    if (known) return known
    const parent = row.parentId === null ? undefined : byId.get(row.parentId)
    const served = new Set([...row.sasaranIds, ...(parent ? resolve(parent) : [])])
    result.set(row.id, served)
    return served
  }
  for (const row of rows) resolve(row)
  return result
}

/** Rows matching the filter, with every row above them kept for context. */
export function filterRows(rows: PlanRow[], filter: PlanFilter, plan: RpjmdView): PlanRow[] {
  const text = filter.text?.trim().toLowerCase()
  if (!filter.perangkatDaerahId && !filter.misiId && !filter.sasaranId && !text) return rows
  const misiSasaran = filter.misiId ? new Set(plan.misi.find((misi) => misi.id === filter.misiId)?.sasaran.map((s) => s.id)) : undefined
  const served = effectiveSasaran(rows)
  const byId = new Map(rows.map((row) => [row.id, row]))
  const keep = new Set<number>()
  for (const row of rows) {
    if (filter.perangkatDaerahId && row.perangkatDaerahId !== filter.perangkatDaerahId) continue
    const sasaran = served.get(row.id) ?? new Set<number>()
    if (filter.sasaranId && !sasaran.has(filter.sasaranId)) continue
    if (misiSasaran && ![...sasaran].some((id) => misiSasaran.has(id))) continue
    if (text && !row.code.toLowerCase().includes(text) && !row.name.toLowerCase().includes(text)) continue
    for (let current: PlanRow | undefined = row; current && !keep.has(current.id); current = current.parentId === null ? undefined : byId.get(current.parentId))
      keep.add(current.id)
  }
  return rows.filter((row) => keep.has(row.id))
}

/**
 * Under a filter, the total of each row shown: its own pagu and the totals of the rows shown
 * below it (rows come in tree order), so every total row adds up to what is on screen.
 */
export function shownTotals(rows: PlanRow[], years: number[]): Map<number, Record<number, number>> {
  const sums = new Map<number, number[]>()
  for (let index = rows.length - 1; index >= 0; index--) {
    const row = rows[index]
    let own = sums.get(row.id)
    if (!own) sums.set(row.id, (own = years.map(() => 0)))
    for (let year = 0; year < years.length; year++) own[year] += row.pagu[years[year]] ?? 0
    if (row.parentId === null) continue
    const parent = sums.get(row.parentId)
    if (parent) for (let year = 0; year < years.length; year++) parent[year] += own[year]
    else sums.set(row.parentId, [...own])
  }
  const totals = new Map<number, Record<number, number>>()
  for (const [id, values] of sums) totals.set(id, Object.fromEntries(years.map((year, position) => [year, values[position]])))
  return totals
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
