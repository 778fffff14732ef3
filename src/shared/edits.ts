// What an edit of plan rows sends back: the values saved, the rows to replace, the rows gone.
import type { PlanRow } from './domain'

/** A pagu or target cell as stored after a change (null: emptied). */
export interface SavedCellValue {
  planRowId: number
  field: `pagu:${number}` | `target:${number}`
  value: number | string | null
}

/** A row's total per year after a save: its own pagu and that of every row below it. */
export interface SavedRowTotal {
  planRowId: number
  total: Record<number, number>
}

export interface EditResult {
  batchId: number | null
  description: string
  /** Every row whose values or totals changed, to replace in the grid (empty when `values` says it all). */
  rows: PlanRow[]
  /**
   * A change of pagu and target cells only: the stored values, and `rows` is empty (sending back
   * 1.000 pasted rows with every row above them cost more than the paste itself).
   */
  values?: SavedCellValue[]
  /**
   * With `values`: the new total of every row with rows below it whose total changed (every row
   * above the pagu cells), parents first. A row without rows below has its own pagu as its total,
   * so the values say its total (a paste of 1.000 sub kegiatan sends 1.000 fewer totals).
   */
  totals?: SavedRowTotal[]
  /** Rows that no longer exist after this step (an undone addition, a redone deletion). */
  removedIds?: number[]
}

/** A row added, changed or (un)linked: the row, and it with every row above it (their totals), to replace on screen. */
export interface RowResult {
  row: PlanRow
  rows: PlanRow[]
}

/** A deleted row: every row that went with it, and the rows above it with their new totals. */
export interface DeleteResult {
  deleted: true
  removedIds: number[]
  rows: PlanRow[]
}
