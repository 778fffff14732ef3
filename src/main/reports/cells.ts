// What both writers need from a ReportTable: the header cells placed on a grid (spans as in
// HTML), and each row's cells with its footnote mark put after the name.
import type { HeaderCell, ReportCell, ReportRow, ReportTable } from '../../shared/reports/document'

export interface PlacedHeaderCell {
  /** 0-based row within the header and column within the table. */
  row: number
  col: number
  rowSpan: number
  colSpan: number
  text: string
}

/** Places header cells as a browser lays out a thead: each cell takes the next free column of its row. */
export function placeHeader(header: HeaderCell[][], columnCount: number): PlacedHeaderCell[] {
  const taken = header.map(() => new Array<boolean>(columnCount).fill(false))
  const placed: PlacedHeaderCell[] = []
  header.forEach((cells, row) => {
    let col = 0
    for (const cell of cells) {
      while (col < columnCount && taken[row][col]) col++
      if (col >= columnCount) break
      const rowSpan = Math.max(1, Math.min(cell.rowSpan ?? 1, header.length - row))
      const colSpan = Math.max(1, Math.min(cell.colSpan ?? 1, columnCount - col))
      for (let r = row; r < row + rowSpan; r++) for (let c = col; c < col + colSpan; c++) taken[r][c] = true
      placed.push({ row, col, rowSpan, colSpan, text: cell.text })
      col += colSpan
    }
  })
  return placed
}

export interface PlacedCell {
  cell: ReportCell
  col: number
  colSpan: number
}

/** A row's cells with their columns; the mark ("*") goes after the first text cell. */
export function placeRow(row: ReportRow, columnCount: number): PlacedCell[] {
  const placed: PlacedCell[] = []
  let marked = row.mark === undefined || row.mark === ''
  let col = 0
  for (const original of row.cells) {
    if (col >= columnCount) break
    let cell = original
    if (!marked && cell.kind === 'text') {
      cell = { ...cell, text: `${cell.text}${row.mark}` }
      marked = true
    }
    const colSpan = Math.max(1, Math.min(cell.colSpan ?? 1, columnCount - col))
    placed.push({ cell, col, colSpan })
    col += colSpan
  }
  return placed
}

/** The tables of a document, in order (charts and headings are not tables). */
export function tablesOf(blocks: Array<{ kind: string; table?: ReportTable }>): ReportTable[] {
  return blocks.flatMap((block) => (block.kind === 'table' && block.table ? [block.table] : []))
}

/** share cell -> the ratio a spreadsheet formats as a percentage (0 when the whole is 0). */
export const shareRatio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole)
