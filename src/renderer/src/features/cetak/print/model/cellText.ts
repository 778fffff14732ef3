// What a report cell shows on paper, and which cells must stay on one line.
import type { ReportCell, ReportRow, ReportTable } from '../../../../../../shared/reports/document'
import { formatCount, formatDecimal, formatRupiah, formatShare } from '../../../../../../shared/money'

export function cellText(cell: ReportCell): string {
  switch (cell.kind) {
    case 'text':
    case 'code':
      return cell.text
    case 'money':
      return formatRupiah(cell.value)
    case 'count':
      return formatCount(cell.value)
    case 'share':
      return formatShare(cell.part, cell.whole)
    case 'target':
      return cell.value === null ? '' : typeof cell.value === 'number' ? formatDecimal(cell.value) : cell.value
    case 'empty':
      return ''
  }
}

/** Codes and numbers never wrap; a target that is text ("Meningkat") may. */
export function staysOnOneLine(cell: ReportCell): boolean {
  return (
    cell.kind === 'code' ||
    cell.kind === 'money' ||
    cell.kind === 'count' ||
    cell.kind === 'share' ||
    (cell.kind === 'target' && typeof cell.value === 'number')
  )
}

/** The table's name column (the first text column): indented by depth, with the row's mark after the name. */
export function nameColumn(table: ReportTable): number {
  return table.columns.findIndex((column) => column.kind === 'text')
}

/** Index of the row's cell that starts at the given column, or -1 when a wider cell covers it. */
export function cellAtColumn(row: ReportRow, column: number): number {
  let start = 0
  for (let index = 0; index < row.cells.length; index++) {
    if (start === column) return index
    start += row.cells[index].colSpan ?? 1
    if (start > column) return -1
  }
  return -1
}
