// What an edit of plan rows sends back: the values saved, the rows to replace, the rows gone.
import type { PlanRow } from './domain'

/** A pagu or target cell as stored after a change (null: emptied). */
export interface SavedCellValue {
  planRowId: number
  field: `pagu:${number}` | `target:${number}`
  value: number | string | null
}

export interface EditResult {
  batchId: number | null
  description: string
  /** Every row whose values or totals changed, to replace in the grid (empty when `values` says it all). */
  rows: PlanRow[]
  /**
   * A change of pagu and target cells only: the stored values, and `rows` is empty. The screen
   * adds the differences to the totals above; sending back 1.000 pasted rows with every row
   * above them cost more than the paste itself.
   */
  values?: SavedCellValue[]
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
