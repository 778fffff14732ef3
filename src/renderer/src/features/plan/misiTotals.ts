import type { PlanRow, PlanView } from '../../../../shared/domain'

/**
 * Pagu per misi for one year, computed from the rows on screen the same way the
 * Keselarasan screen computes it in the database: a row counts under every misi it serves
 * through its own links or those of the rows above it, once per misi.
 */
// A row's misi set is kept while the row object and its parent's set are the same: after an
// edit only the rows the server returned (and those below them) are worked out again.
const servedCache = new WeakMap<PlanRow, { parentSet: Set<number> | undefined; set: Set<number> }>()

export function misiTotals(rows: PlanRow[], plan: PlanView, year: number): Array<{ misiId: number; number: number; pagu: number }> {
  const misiOfSasaran = new Map(plan.misi.flatMap((misi) => misi.sasaran.map((sasaran) => [sasaran.id, misi.id] as const)))
  const byId = new Map(rows.map((row) => [row.id, row]))
  const served = new Map<number, Set<number>>()
  const misiOf = (row: PlanRow): Set<number> => {
    const known = served.get(row.id)
    if (known) return known
    const parent = row.parentId === null ? undefined : byId.get(row.parentId)
    const parentSet = parent ? misiOf(parent) : undefined
    const cached = servedCache.get(row)
    let result: Set<number>
    if (cached && cached.parentSet === parentSet) result = cached.set
    else {
      result = new Set(parentSet ?? [])
      for (const id of row.sasaranIds) {
        const misiId = misiOfSasaran.get(id)
        if (misiId !== undefined) result.add(misiId)
      }
      servedCache.set(row, { parentSet, set: result })
    }
    served.set(row.id, result)
    return result
  }
  const totals = new Map(plan.misi.map((misi) => [misi.id, 0]))
  for (const row of rows) {
    const amount = row.pagu[year]
    if (!amount) continue
    for (const misiId of misiOf(row)) totals.set(misiId, (totals.get(misiId) ?? 0) + amount)
  }
  return plan.misi.map((misi) => ({ misiId: misi.id, number: misi.number, pagu: totals.get(misi.id) ?? 0 }))
}
