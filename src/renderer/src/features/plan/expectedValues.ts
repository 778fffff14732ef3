import type { ApiArgs } from '../../../../shared/contract'
import type { RpjmdPeriod } from '../../../../shared/domain'
import type { SavedCellValue } from '../../../../shared/master'
import { groupingHintOf } from '../../../../shared/numberInput'
import { isValueField, readValueCell } from '../../../../shared/valueCells'
import type { PlanStore } from './planStore'

type CellEdits = ApiArgs<'applyCellEdits'>['edits']

/** What a batch will store if the server accepts it, and the values it replaces (to put back if not). */
export interface ExpectedValues {
  values: SavedCellValue[]
  previous: SavedCellValue[]
}

/**
 * The pagu and target values the server will store for a batch, by the rule it uses
 * (readValueCell), as it reports them: one per cell, the last text of a cell wins, unchanged
 * cells left out. Undefined when a cell is not a pagu or target cell, or would be refused:
 * the screen then waits for the server, which says why.
 */
export function expectedValues(edits: CellEdits, store: PlanStore, period: Pick<RpjmdPeriod, 'firstYear' | 'lastYear'>): ExpectedValues | undefined {
  const paguTexts: string[] = []
  for (const edit of edits) {
    if (!isValueField(edit.field)) return undefined
    if (edit.field.startsWith('pagu:')) paguTexts.push(edit.text)
  }
  const hint = groupingHintOf(paguTexts)
  const cells = new Map<string, { planRowId: number; field: SavedCellValue['field']; oldValue: SavedCellValue['value']; value: SavedCellValue['value'] }>()
  for (const edit of edits) {
    const row = store.get(edit.planRowId)
    if (!row) return undefined
    const cell = readValueCell(edit.field, edit.text, row, store.hasChildren(row.id), period, hint)
    if (typeof cell === 'string') return undefined
    const key = `${edit.planRowId}|${edit.field}`
    const first = cells.get(key)
    if (first) first.value = cell.value
    else cells.set(key, { planRowId: edit.planRowId, field: edit.field as SavedCellValue['field'], oldValue: cell.oldValue, value: cell.value })
  }
  const expected: ExpectedValues = { values: [], previous: [] }
  for (const { planRowId, field, oldValue, value } of cells.values()) {
    if (oldValue === value) continue
    expected.values.push({ planRowId, field, value })
    expected.previous.push({ planRowId, field, value: oldValue })
  }
  return expected
}

/** The server stored what was expected (a reply without values stored nothing). */
export function sameValues(expected: SavedCellValue[], saved: SavedCellValue[] | undefined): boolean {
  const stored = saved ?? []
  if (stored.length !== expected.length) return false
  // Both lists follow the batch's cell order, so a pairwise walk settles it without building
  // 5.000 keys; a list in another order is compared cell by cell.
  let index = 0
  for (; index < stored.length; index++) {
    const a = expected[index]
    const b = stored[index]
    if (a.planRowId !== b.planRowId || a.field !== b.field) break
    if (a.value !== b.value) return false
  }
  if (index === stored.length) return true
  const byCell = new Map(expected.map((cell) => [`${cell.planRowId}|${cell.field}`, cell.value]))
  return stored.every((cell) => {
    const key = `${cell.planRowId}|${cell.field}`
    return byCell.has(key) && byCell.get(key) === cell.value
  })
}
