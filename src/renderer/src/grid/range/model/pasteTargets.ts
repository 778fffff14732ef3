// Which cells a paste, a fill down (Ctrl+D) or a clear (Delete) changes, as text edits.
// Pure: the caller parses each text the way typed input is parsed and sends one batch.
import { cellCount, normalize, type CellEdit, type CellPos, type CellRange } from './rangeModel'

export const NOT_EDITABLE = 'Kolom ini tidak dapat diubah.'
export const PAST_LAST_COLUMN = 'Melewati kolom terakhir.'

export type Editable = (rowIndex: number, colId: string) => boolean

export interface SkippedCell {
  rowIndex: number
  /** Empty for a pasted cell that falls past the last column. */
  colId: string
  reason: string
  /** What the block held for this cell. */
  text: string
}

export interface PasteResult {
  edits: CellEdit[]
  /** Block rows that fall below the last row (the caller may offer to add rows). */
  overflowRows: number
  skipped: SkippedCell[]
}

/**
 * Places a pasted block. It expands from `start` (the range's top left). When a multi-cell
 * `range` is selected and the block fits it a whole number of times (a single cell always
 * does), the block is repeated over the range instead, as Excel does.
 */
export function pasteEdits(block: string[][], start: CellPos, columnOrder: string[], editable: Editable, rowCount: number, range?: CellRange): PasteResult {
  const result: PasteResult = { edits: [], overflowRows: 0, skipped: [] }
  const blockRows = block.length
  const blockCols = block.reduce((max, row) => Math.max(max, row.length), 0)
  if (blockRows === 0 || blockCols === 0) return result
  const tiled = range ? tiling(block, blockCols, range, columnOrder) : undefined
  const startCol = tiled ? tiled.leftIndex : columnOrder.indexOf(start.colId)
  const top = tiled ? tiled.top : start.rowIndex
  if (startCol < 0) return result
  const rows = tiled ? tiled.rows : blockRows
  const cols = tiled ? tiled.cols : blockCols
  for (let r = 0; r < rows; r++) {
    const rowIndex = top + r
    if (rowIndex >= rowCount) {
      result.overflowRows++
      continue
    }
    const source = block[r % blockRows]
    for (let c = 0; c < (tiled ? cols : source.length); c++) {
      const colId = columnOrder[startCol + c]
      const text = source[c % blockCols] ?? ''
      if (colId === undefined) result.skipped.push({ rowIndex, colId: '', reason: PAST_LAST_COLUMN, text })
      else if (!editable(rowIndex, colId)) result.skipped.push({ rowIndex, colId, reason: NOT_EDITABLE, text })
      else result.edits.push({ rowIndex, colId, text })
    }
  }
  return result
}

/** The cells a paste landed on, from `start`, to select afterwards; undefined for one cell. */
export function pastedRange(result: PasteResult, start: CellPos, columnOrder: string[]): CellRange | undefined {
  let bottom = start.rowIndex
  let right = columnOrder.indexOf(start.colId)
  let cells = 0
  const indexOf = new Map(columnOrder.map((colId, index) => [colId, index]))
  for (const list of [result.edits, result.skipped]) {
    for (const cell of list) {
      const index = indexOf.get(cell.colId)
      if (index === undefined) continue
      cells++
      if (cell.rowIndex > bottom) bottom = cell.rowIndex
      if (index > right) right = index
    }
  }
  return cells > 1 && right >= 0 ? { anchor: start, focus: { rowIndex: bottom, colId: columnOrder[right] } } : undefined
}

/** The range's size when the block repeats over it exactly; undefined to paste the block as is. */
function tiling(block: string[][], blockCols: number, range: CellRange, columnOrder: string[]) {
  if (cellCount(range, columnOrder) <= 1) return undefined
  if (block.some((row) => row.length !== blockCols)) return undefined
  const n = normalize(range, columnOrder)
  const rows = n.bottom - n.top + 1
  const cols = n.colIds.length
  if (rows % block.length !== 0 || cols % blockCols !== 0) return undefined
  return { top: n.top, leftIndex: n.leftIndex, rows, cols }
}

/**
 * Ctrl+D: the range's top row is copied into the rows below it. A one-row range takes the row
 * above it instead, as Excel does (nothing happens on the first row).
 */
export function fillDownEdits(range: CellRange, columnOrder: string[], valueAt: (rowIndex: number, colId: string) => string, editable: Editable): CellEdit[] {
  const n = normalize(range, columnOrder)
  const oneRow = n.top === n.bottom
  const sourceRow = oneRow ? n.top - 1 : n.top
  if (sourceRow < 0) return []
  const texts = n.colIds.map((colId) => valueAt(sourceRow, colId))
  const edits: CellEdit[] = []
  for (let rowIndex = oneRow ? n.top : n.top + 1; rowIndex <= n.bottom; rowIndex++) {
    n.colIds.forEach((colId, c) => {
      if (editable(rowIndex, colId)) edits.push({ rowIndex, colId, text: texts[c] })
    })
  }
  return edits
}

/** Delete: every editable cell of the range becomes empty. */
export function clearEdits(range: CellRange, columnOrder: string[], editable: Editable): CellEdit[] {
  const n = normalize(range, columnOrder)
  const edits: CellEdit[] = []
  for (let rowIndex = n.top; rowIndex <= n.bottom; rowIndex++) {
    for (const colId of n.colIds) if (editable(rowIndex, colId)) edits.push({ rowIndex, colId, text: '' })
  }
  return edits
}
