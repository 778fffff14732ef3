import type { ChangeEntry, ChangeValue } from '../../db/repositories/changeLog'
import type { SavedCellValue } from '../../../shared/edits'

const FIELD_OF_TABLE: Partial<Record<ChangeEntry['tableName'], 'pagu' | 'target'>> = { plan_row_pagu: 'pagu', plan_row_target: 'target' }

/**
 * The values a change left in pagu and target cells, in the order they were written; undefined
 * when it touched anything else (codes, names, lists, links, whole rows), whose rows are sent
 * back whole. `valueOf` picks the value now in force (the new one; the old one after an undo).
 */
export function savedValues(entries: ChangeEntry[], valueOf: (entry: ChangeEntry) => ChangeValue): SavedCellValue[] | undefined {
  const values: SavedCellValue[] = []
  for (const entry of entries) {
    const field = FIELD_OF_TABLE[entry.tableName]
    if (!field) return undefined
    values.push({ planRowId: entry.rowId, field: `${field}:${Number(entry.field)}`, value: valueOf(entry) })
  }
  return values
}
