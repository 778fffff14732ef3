// One ReportTable onto a worksheet from a given row: the header rows with their merged cells
// and the number row, then the rows with typed cells (money as numbers formatted #,##0, shares
// as 0.00%, codes and text as strings), bold groups, subtotals and totals.
import type { Alignment, Borders, Cell, Worksheet } from 'exceljs'
import type { ReportCell, ReportRow, ReportTable, RowStyle } from '../../shared/reports/document'
import { formatRupiah } from '../../shared/money'
import { placeHeader, placeRow, shareRatio } from './cells'

export const MONEY_FORMAT = '#,##0'
export const SHARE_FORMAT = '0.00%'

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } }
const BOX: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN }
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE7ECF2' } }
const TOTAL_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF0F0F0' } }
const BOLD_STYLES: ReadonlySet<RowStyle> = new Set(['label', 'group', 'subtotal', 'total'])

export interface WrittenTable {
  headerFirstRow: number
  headerLastRow: number
  /** The first row after the table. */
  nextRow: number
}

function merge(sheet: Worksheet, top: number, left: number, bottom: number, right: number): void {
  if (bottom > top || right > left) sheet.mergeCells(top, left, bottom, right)
}

function setCell(target: Cell, cell: ReportCell): void {
  const top: Partial<Alignment> = { vertical: 'top' }
  switch (cell.kind) {
    case 'text':
      target.value = cell.text
      target.alignment = { ...top, wrapText: true, indent: cell.indent ?? 0 }
      return
    case 'code':
      // A string, so "1.02.03" or "01" never becomes a number or a date; codes never wrap.
      target.value = cell.text
      target.alignment = { ...top, wrapText: false }
      return
    case 'money':
    case 'count':
      target.value = cell.value
      target.numFmt = MONEY_FORMAT
      target.alignment = { ...top, horizontal: 'right' }
      return
    case 'share':
      target.value = shareRatio(cell.part, cell.whole)
      target.numFmt = SHARE_FORMAT
      target.alignment = { ...top, horizontal: 'right' }
      return
    case 'target':
      target.value = cell.value
      target.alignment = { ...top, horizontal: 'center', wrapText: true }
      return
    case 'empty':
      target.value = null
  }
}

function writeRow(sheet: Worksheet, at: number, row: ReportRow, columnCount: number): void {
  const excelRow = sheet.getRow(at)
  for (const placed of placeRow(row, columnCount)) {
    setCell(excelRow.getCell(placed.col + 1), placed.cell)
    merge(sheet, at, placed.col + 1, at, placed.col + placed.colSpan)
  }
  const bold = BOLD_STYLES.has(row.style)
  for (let col = 1; col <= columnCount; col++) {
    const cell = excelRow.getCell(col)
    cell.border = BOX
    if (bold) cell.font = { bold: true }
    if (row.style === 'total') cell.fill = TOTAL_FILL
  }
}

export function writeTable(sheet: Worksheet, table: ReportTable, startRow: number): WrittenTable {
  const count = table.columns.length
  for (const placed of placeHeader(table.header, count)) {
    const top = startRow + placed.row
    const cell = sheet.getCell(top, placed.col + 1)
    cell.value = placed.text
    merge(sheet, top, placed.col + 1, top + placed.rowSpan - 1, placed.col + placed.colSpan)
  }
  const headerLastRow = startRow + table.header.length - 1
  for (let row = startRow; row <= headerLastRow; row++) {
    const numberRow = table.numberRow && row === headerLastRow
    for (let col = 1; col <= count; col++) {
      const cell = sheet.getCell(row, col)
      cell.border = BOX
      cell.fill = HEADER_FILL
      cell.font = numberRow ? { italic: true, size: 8 } : { bold: true }
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    }
  }
  let at = headerLastRow + 1
  if (table.rows.length === 0) {
    const cell = sheet.getCell(at, 1)
    cell.value = table.emptyText
    cell.font = { italic: true }
    cell.alignment = { horizontal: 'center' }
    merge(sheet, at, 1, at, count)
    at++
  }
  for (const row of table.rows) writeRow(sheet, at++, row, count)
  return { headerFirstRow: startRow, headerLastRow, nextRow: at }
}

/** Column widths in characters: text columns share the room by their relative widths, numbers and codes fit their longest value. */
export function columnWidths(table: ReportTable, totalChars: number): number[] {
  const longest = table.columns.map(() => 0)
  for (const row of table.rows) {
    for (const placed of placeRow(row, table.columns.length)) {
      if (placed.colSpan !== 1) continue
      const cell = placed.cell
      const text = cell.kind === 'money' || cell.kind === 'count' ? formatRupiah(cell.value) : cell.kind === 'code' ? cell.text : ''
      longest[placed.col] = Math.max(longest[placed.col], text.length)
    }
  }
  const relative = table.columns.reduce((sum, column) => sum + Math.max(column.width, 0.1), 0)
  return table.columns.map((column, index) => {
    const share = (Math.max(column.width, 0.1) / relative) * totalChars
    const floor = column.kind === 'money' || column.kind === 'count' || column.kind === 'code' ? longest[index] + 2 : 6
    return Math.round(Math.max(share, floor, 5) * 10) / 10
  })
}
