import type Database from 'better-sqlite3'
import { listProgramPagu, type PaguRow } from '../../db/repositories/planRows'
import type { SavedCellValue, SavedRowTotal } from '../../../shared/edits'

type Db = Database.Database

/**
 * Adds each row's total into its parent's, so that every total is the row's own pagu and that of
 * every row below it; a total has a year while some row of its subtree has a pagu for it. `rows`
 * come parents before children, each total starting as a copy of the row's own pagu. The one
 * place totals are summed: a listed plan (toPlanRows) and the reply to a save of values.
 */
export function rollUpTotals(rows: ReadonlyArray<{ id: number; parentId: number | null; total: Record<number, number> }>): void {
  const totalOf = new Map<number, Record<number, number>>()
  for (const row of rows) totalOf.set(row.id, row.total)
  // Backwards: a row's total is whole (its children added) before it is added to its parent.
  for (let index = rows.length - 1; index >= 0; index--) {
    const row = rows[index]
    const parent = row.parentId === null ? undefined : totalOf.get(row.parentId)
    if (!parent) continue
    const total = row.total
    // for-in over the few year keys: Object.entries would make an array per row.
    for (const key in total) {
      const year = Number(key)
      parent[year] = (parent[year] ?? 0) + total[year]
    }
  }
}

/**
 * After a save of values: the new total of every row with rows below it whose total the save
 * changed (the rows above its pagu cells; a save of targets alone changes none), parents first.
 * A row without rows below has its own pagu as its total (EditResult.totals): it is not sent.
 */
export function totalsAfterValues(db: Db, values: readonly SavedCellValue[]): SavedRowTotal[] {
  const edited = paguRowIds(values)
  return edited.size === 0 ? [] : totalsWithValues(listProgramPagu(db, [...edited]), values)
}

function paguRowIds(values: readonly SavedCellValue[]): Set<number> {
  const edited = new Set<number>()
  for (const value of values) if (value.field.startsWith('pagu:')) edited.add(value.planRowId)
  return edited
}

/**
 * The same from the rows of the programs above the pagu cells (listProgramPagu), read in this
 * call before the values were written or after: each saved pagu is put in its row first, so
 * both give the stored totals. Takes the rows' pagu records as the totals (they are summed into).
 */
export function totalsWithValues(programRows: readonly PaguRow[], values: readonly SavedCellValue[]): SavedRowTotal[] {
  const edited = paguRowIds(values)
  if (edited.size === 0) return []
  // Each pagu record was read for this call and is read no more: it becomes the row's total as it is.
  const rows = programRows.map((row) => ({ id: row.id, parentId: row.parentId, total: row.pagu }))
  const byId = new Map(rows.map((row) => [row.id, row]))
  for (const { planRowId, field, value } of values) {
    const row = field.startsWith('pagu:') ? byId.get(planRowId) : undefined
    if (!row) continue
    const year = Number(field.slice('pagu:'.length))
    if (value === null) delete row.total[year]
    else row.total[year] = value as number
  }
  rollUpTotals(rows)
  const parents = new Set<number>()
  for (const row of rows) if (row.parentId !== null) parents.add(row.parentId)
  const changed = new Set<number>()
  for (const id of edited) {
    for (let row = byId.get(id); row && !changed.has(row.id); row = row.parentId === null ? undefined : byId.get(row.parentId)) changed.add(row.id)
  }
  return rows.filter((row) => changed.has(row.id) && parents.has(row.id)).map((row) => ({ planRowId: row.id, total: row.total }))
}
