// CSV for Excel with Indonesian regional settings: UTF-8 with BOM (else Excel reads it as ANSI),
// ';' between fields (its list separator), ',' as the decimal mark, CRLF, money as plain digits.
// One header row of column labels per table; several tables follow each other after an empty
// line and their caption. Text that looks like a formula is written inert.
import type { ReportCell, ReportDocument, ReportTable } from '../../shared/reports/document'
import { placeRow, tablesOf } from './cells'
import { inertText } from './formulaText'

const SEPARATOR = ';'
const LINE_END = '\r\n'
const BOM = '\uFEFF'

/** A field quoted when it holds the separator, a quote or a line break; quotes doubled. */
export function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

const decimal = (value: number): string => String(value).replace('.', ',')

/** A cell's field text: numbers as Indonesian Excel reads them, text inert. */
export function csvCellText(cell: ReportCell): string {
  switch (cell.kind) {
    case 'text':
    case 'code':
      return inertText(cell.text)
    case 'money':
    case 'count':
      return String(cell.value)
    case 'share':
      return `${(cell.whole === 0 ? 0 : (cell.part * 100) / cell.whole).toFixed(2).replace('.', ',')}%`
    case 'target':
      if (cell.value === null) return ''
      return typeof cell.value === 'number' ? decimal(cell.value) : inertText(cell.value)
    case 'empty':
      return ''
  }
}

function tableLines(table: ReportTable): string[][] {
  const count = table.columns.length
  const lines: string[][] = [table.columns.map((column) => inertText(column.label))]
  for (const row of table.rows) {
    const fields = new Array<string>(count).fill('')
    for (const placed of placeRow(row, count)) fields[placed.col] = csvCellText(placed.cell)
    lines.push(fields)
  }
  return lines
}

export function writeCsv(document: ReportDocument): Buffer {
  const tables = tablesOf(document.blocks)
  const lines: string[][] = []
  tables.forEach((table, index) => {
    if (tables.length > 1) {
      if (index > 0) lines.push([])
      lines.push([inertText(table.caption ?? `Tabel ${index + 1}`)])
    }
    lines.push(...tableLines(table))
  })
  const text = lines.map((fields) => fields.map(csvField).join(SEPARATOR) + LINE_END).join('')
  return Buffer.from(BOM + text, 'utf8')
}
