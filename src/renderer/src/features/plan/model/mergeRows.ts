import type { PlanRow } from '../../../../../shared/domain'

/**
 * Tree order, as the server lists the plan (planContext.toPlanRows): programs by PD then
 * code, each followed by its kegiatan and their sub kegiatan, siblings by code. Rows whose
 * parent is missing are left out, as they would be after their parent was deleted.
 */
export function treeOrder(rows: PlanRow[]): PlanRow[] {
  const children = new Map<number | null, PlanRow[]>()
  for (const row of rows) {
    const siblings = children.get(row.parentId)
    if (siblings) siblings.push(row)
    else children.set(row.parentId, [row])
  }
  const key = (row: PlanRow) => (row.parentId === null ? `${String(row.perangkatDaerahId).padStart(6, '0')} ${row.code}` : row.code)
  for (const siblings of children.values()) {
    const keys = new Map(siblings.map((row) => [row, key(row)]))
    siblings.sort((a, b) => {
      const left = keys.get(a) as string
      const right = keys.get(b) as string
      return left < right ? -1 : left > right ? 1 : a.id - b.id
    })
  }
  const result: PlanRow[] = []
  const visit = (row: PlanRow) => {
    result.push(row)
    for (const child of children.get(row.id) ?? []) visit(child)
  }
  for (const root of children.get(null) ?? []) visit(root)
  return result
}

/**
 * The plan after a save that added, removed or moved rows: the saved rows replace or join
 * the current ones, the removed ones (and anything below them) go, and the tree is put back
 * in order. This spares the whole-plan reload (about 2 s at scale 10) after each added or
 * deleted row.
 */
export function mergeRows(current: PlanRow[], saved: PlanRow[], removedIds: Iterable<number> = []): PlanRow[] {
  const removed = new Set(removedIds)
  const savedById = new Map(saved.map((row) => [row.id, row]))
  const merged: PlanRow[] = []
  // Removing rows keeps the order; only rows that are new or moved need the tree sorted again.
  let reorder = false
  for (const row of current) {
    if (removed.has(row.id)) continue
    const next = savedById.get(row.id)
    if (next && (next.code !== row.code || next.parentId !== row.parentId || next.perangkatDaerahId !== row.perangkatDaerahId)) reorder = true
    merged.push(next ?? row)
    savedById.delete(row.id)
  }
  for (const row of savedById.values()) {
    if (removed.has(row.id)) continue
    merged.push(row)
    reorder = true
  }
  if (reorder) return treeOrder(merged)
  // The server names every removed row, those below included; a row whose parent went goes too.
  return removed.size > 0 ? merged.filter((row) => row.parentId === null || !removed.has(row.parentId)) : merged
}
