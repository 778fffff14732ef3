// The plan grid's filter rule, shared by the plan screen and the plan listing report
// (services/reports): rows that match, with every row above them kept for context, and
// under a filter the totals of what is shown.
import type { PlanRow, RpjmdView } from './domain'

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
