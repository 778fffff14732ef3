// One ReportTable onto a worksheet from a given row: the header rows with their merged cells
// and the number row, then the rows with typed cells (money as numbers formatted #,##0, shares
// as 0.00%, codes and text as strings), bold groups, subtotals and totals.
import type { Alignment, Borders, Cell, Worksheet } from 'exceljs'
import type { ColumnKind, ReportCell, ReportRow, ReportTable, RowStyle } from '../../shared/reports/document'
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

const spanChars = (widths: number[], col: number, colSpan: number): number => widths.slice(col, col + colSpan).reduce((sum, width) => sum + width, 0)

function writeRow(sheet: Worksheet, at: number, row: ReportRow, widths: number[]): void {
  const columnCount = widths.length
  const excelRow = sheet.getRow(at)
  let lines = 1
  for (const placed of placeRow(row, columnCount)) {
    setCell(excelRow.getCell(placed.col + 1), placed.cell)
    merge(sheet, at, placed.col + 1, at, placed.col + placed.colSpan)
    if (placed.cell.kind === 'text' || placed.cell.kind === 'target') lines = Math.max(lines, linesFor(shownText(placed.cell), spanChars(widths, placed.col, placed.colSpan)))
  }
  if (lines > 1) excelRow.height = rowHeight(lines)
  const bold = BOLD_STYLES.has(row.style)
  for (let col = 1; col <= columnCount; col++) {
    const cell = excelRow.getCell(col)
    cell.border = BOX
    if (bold) cell.font = { bold: true }
    if (row.style === 'total') cell.fill = TOTAL_FILL
  }
}

export function writeTable(sheet: Worksheet, table: ReportTable, startRow: number, sheetWidths: number[]): WrittenTable {
  const count = table.columns.length
  const widths = sheetWidths.slice(0, count)
  for (const placed of placeHeader(table.header, count)) {
    const top = startRow + placed.row
    const cell = sheet.getCell(top, placed.col + 1)
    cell.value = placed.text
    merge(sheet, top, placed.col + 1, top + placed.rowSpan - 1, placed.col + placed.colSpan)
  }
  const headerLastRow = startRow + table.header.length - 1
  // A header cell's lines are shared by the rows it spans.
  const headerLines = table.header.map(() => 1)
  for (const placed of placeHeader(table.header, count)) {
    const lines = Math.ceil(linesFor(placed.text, spanChars(widths, placed.col, placed.colSpan)) / placed.rowSpan)
    for (let row = placed.row; row < placed.row + placed.rowSpan; row++) headerLines[row] = Math.max(headerLines[row], lines)
  }
  headerLines.forEach((lines, index) => lines > 1 && (sheet.getRow(startRow + index).height = rowHeight(lines)))
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
  for (const row of table.rows) writeRow(sheet, at++, row, widths)
  return { headerFirstRow: startRow, headerLastRow, nextRow: at }
}

/** The text a cell shows, for sizing its column and row. */
function shownText(cell: ReportCell): string {
  switch (cell.kind) {
    case 'money':
    case 'count':
      return formatRupiah(cell.value)
    case 'text':
    case 'code':
      return cell.text
    case 'target':
      return cell.value === null ? '' : String(cell.value)
    case 'share':
      return '100,00%'
    case 'empty':
      return ''
  }
}

const FITTED_KINDS: ReadonlySet<ColumnKind> = new Set(['code', 'money', 'count', 'share', 'target'])
const MIN_TEXT_CHARS = 14
const TEXT_CHARS_EACH = 40

/**
 * Column widths in characters: numbers, codes and targets fit their longest value (codes never
 * wrap), text columns share the rest of the sheet by their relative widths.
 */
export function columnWidths(table: ReportTable, totalChars: number): number[] {
  const longest = table.columns.map(() => 0)
  for (const row of table.rows) {
    for (const placed of placeRow(row, table.columns.length)) {
      if (placed.colSpan === 1) longest[placed.col] = Math.max(longest[placed.col], shownText(placed.cell).length)
    }
  }
  const fitted = table.columns.map((column, index) => (FITTED_KINDS.has(column.kind) ? Math.min(Math.max(longest[index] + 2, 6), 40) : 0))
  // A wide matrix gets a wider sheet (fit to width scales it onto the paper) rather than names squeezed to a word a line.
  const textColumns = table.columns.filter((column) => !FITTED_KINDS.has(column.kind)).length
  const room = Math.max(totalChars - fitted.reduce((sum, width) => sum + width, 0), TEXT_CHARS_EACH * textColumns)
  const relative = table.columns.reduce((sum, column) => sum + (FITTED_KINDS.has(column.kind) ? 0 : Math.max(column.width, 0.1)), 0)
  return table.columns.map((column, index) => {
    if (FITTED_KINDS.has(column.kind)) return fitted[index]
    return Math.round(Math.max((Math.max(column.width, 0.1) / relative) * room, MIN_TEXT_CHARS) * 10) / 10
  })
}

/** Points for a row whose wrapped cells need `lines` lines (neither Excel nor Calc fits rows of a generated file). */
export const rowHeight = (lines: number): number => Math.max(15, Math.ceil(lines * 13 + 3))

/**
 * Lines a text needs in a column `chars` wide (the unit is a digit's width), wrapping at words
 * roughly as a spreadsheet does. Capitals are wider than digits: names in the nomenclature's
 * capitals get fewer letters a line.
 */
export function linesFor(text: string, chars: number): number {
  const letters = text.replace(/[^A-Za-z]/g, '')
  const capitals = letters.replace(/[^A-Z]/g, '').length
  const perChar = letters.length > 0 && capitals * 2 > letters.length ? 0.78 : 0.95
  const usable = Math.max(chars * perChar - 1, 1)
  return text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / usable)), 0)
}
