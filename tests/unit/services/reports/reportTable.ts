// Reading a built report in tests: rows by name, cells by column key.
import { expect } from 'vitest'
import type { ReportCell, ReportDocument, ReportRow, ReportTable } from '../../../../src/shared/reports/document'

export function tableOf(document: ReportDocument, id?: string): ReportTable {
  const tables = document.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []))
  const table = id === undefined ? tables[0] : tables.find((candidate) => candidate.id === id)
  if (!table) throw new Error(`no table ${id}`)
  return table
}

/** The cell that covers the column `key`. */
export function cellAt(table: ReportTable, row: ReportRow, key: string): ReportCell {
  const index = table.columns.findIndex((column) => column.key === key)
  if (index < 0) throw new Error(`no column ${key}`)
  let position = 0
  for (const cell of row.cells) {
    const span = cell.colSpan ?? 1
    if (index < position + span) return cell
    position += span
  }
  throw new Error(`row has no cell for ${key}`)
}

export function moneyAt(table: ReportTable, row: ReportRow, key: string): number {
  const cell = cellAt(table, row, key)
  if (cell.kind !== 'money') throw new Error(`${key} is ${cell.kind}, not money`)
  return cell.value
}

export function textAt(table: ReportTable, row: ReportRow, key: string): string {
  const cell = cellAt(table, row, key)
  return cell.kind === 'text' || cell.kind === 'code' ? cell.text : ''
}

/** Rows whose name column reads `name`. */
export function rowsNamed(table: ReportTable, key: string, name: string): ReportRow[] {
  return table.rows.filter((row) => textAt(table, row, key) === name)
}

export function rowNamed(table: ReportTable, key: string, name: string): ReportRow {
  const rows = rowsNamed(table, key, name)
  expect(rows, `rows named ${name}`).toHaveLength(1)
  return rows[0]
}

/** Every row and header row spans exactly the table's columns. */
export function expectSpansFit(table: ReportTable): void {
  for (const row of table.rows) expect(row.cells.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0)).toBe(table.columns.length)
  const last = table.header.at(-1) ?? []
  expect(last.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0)).toBe(table.columns.length)
}
