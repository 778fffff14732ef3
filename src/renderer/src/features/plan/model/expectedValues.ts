import type { ApiArgs } from '../../../../../shared/contract'
import type { RpjmdPeriod } from '../../../../../shared/domain'
import { groupingHintOf } from '../../../../../shared/numberInput'
import { isValueField, readValueCell } from '../../../../../shared/valueCells'
import type { PlanStore } from './planStore'
import type { SavedCellValue } from '../../../../../shared/edits'

type CellEdits = ApiArgs<'applyCellEdits'>['edits']
/** Value fields a batch may span (pagu and target of each year) before the screen waits for the server instead. */
const FIELD_SLOTS = 64

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
  const cells = new Map<number, { planRowId: number; field: SavedCellValue['field']; oldValue: SavedCellValue['value']; value: SavedCellValue['value'] }>()
  // A number per cell (row id and the field's place in this batch): 5.000 string keys cost more than the rest.
  const fieldNumbers = new Map<string, number>()
  for (const edit of edits) {
    const row = store.get(edit.planRowId)
    if (!row) return undefined
    const cell = readValueCell(edit.field, edit.text, row, store.hasChildren(row.id), period, hint)
    if (typeof cell === 'string') return undefined
    let fieldNumber = fieldNumbers.get(edit.field)
    if (fieldNumber === undefined) fieldNumbers.set(edit.field, (fieldNumber = fieldNumbers.size))
    if (fieldNumber >= FIELD_SLOTS) return undefined
    const key = edit.planRowId * FIELD_SLOTS + fieldNumber
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
