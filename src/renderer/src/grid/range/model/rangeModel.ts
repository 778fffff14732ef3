// A rectangular cell range over displayed row indexes and an ordered list of column ids: the
// geometry of one moment's display order. The selection itself is kept by row ids (rangeRef.ts)
// and resolved to these indexes when needed. Pure: no DOM and no AG Grid, unit tested in node.

export interface CellPos {
  rowIndex: number
  colId: string
}

/** Anchor is where the selection started, focus the end that Shift+arrow moves; either direction. */
export interface CellRange {
  anchor: CellPos
  focus: CellPos
}

export interface CellEdit {
  rowIndex: number
  colId: string
  text: string
}

export type Direction = 'up' | 'down' | 'left' | 'right'

export interface NormalizedRange {
  top: number
  bottom: number
  leftIndex: number
  rightIndex: number
  /** Column ids from left to right; empty when an end's column is no longer in the order. */
  colIds: string[]
}

export function cellRange(pos: CellPos): CellRange {
  return { anchor: pos, focus: pos }
}

export function normalize(range: CellRange, columnOrder: string[]): NormalizedRange {
  const top = Math.min(range.anchor.rowIndex, range.focus.rowIndex)
  const bottom = Math.max(range.anchor.rowIndex, range.focus.rowIndex)
  const a = columnOrder.indexOf(range.anchor.colId)
  const f = columnOrder.indexOf(range.focus.colId)
  if (a < 0 || f < 0) return { top, bottom, leftIndex: 0, rightIndex: -1, colIds: [] }
  const leftIndex = Math.min(a, f)
  const rightIndex = Math.max(a, f)
  return { top, bottom, leftIndex, rightIndex, colIds: columnOrder.slice(leftIndex, rightIndex + 1) }
}

/** The cell lies inside the range. */
export function containsCell(range: CellRange, cell: CellPos, columnOrder: string[]): boolean {
  const n = normalize(range, columnOrder)
  return cell.rowIndex >= n.top && cell.rowIndex <= n.bottom && n.colIds.includes(cell.colId)
}

/** Number of cells the range covers. */
export function cellCount(range: CellRange, columnOrder: string[]): number {
  const n = normalize(range, columnOrder)
  return (n.bottom - n.top + 1) * n.colIds.length
}

const STEP: Record<Direction, [number, number]> = { up: [-1, 0], down: [1, 0], left: [0, -1], right: [0, 1] }

/** Shift+arrow: moves the focus end one cell, clamped to the rows and columns; the anchor stays. */
export function extend(range: CellRange, direction: Direction, rowCount: number, columnOrder: string[]): CellRange {
  const colIndex = columnOrder.indexOf(range.focus.colId)
  if (colIndex < 0 || rowCount <= 0) return range
  const [rowStep, colStep] = STEP[direction]
  const rowIndex = clamp(range.focus.rowIndex + rowStep, 0, rowCount - 1)
  const colId = columnOrder[clamp(colIndex + colStep, 0, columnOrder.length - 1)]
  if (rowIndex === range.focus.rowIndex && colId === range.focus.colId) return range
  return { anchor: range.anchor, focus: { rowIndex, colId } }
}

/** Every cell, row by row from the top left. */
export function cellsOf(range: CellRange, columnOrder: string[]): CellPos[] {
  const n = normalize(range, columnOrder)
  const cells: CellPos[] = []
  for (let rowIndex = n.top; rowIndex <= n.bottom; rowIndex++) {
    for (const colId of n.colIds) cells.push({ rowIndex, colId })
  }
  return cells
}

/** The range's values row by row, e.g. the texts a copy puts on the clipboard. */
export function rowsOf<T>(range: CellRange, columnOrder: string[], valueAt: (rowIndex: number, colId: string) => T): T[][] {
  const n = normalize(range, columnOrder)
  const rows: T[][] = []
  for (let rowIndex = n.top; rowIndex <= n.bottom; rowIndex++) rows.push(n.colIds.map((colId) => valueAt(rowIndex, colId)))
  return rows
}

/** Ctrl+A: every row and column; undefined when the grid is empty. */
export function wholeRange(rowCount: number, columnOrder: string[]): CellRange | undefined {
  if (rowCount <= 0 || columnOrder.length === 0) return undefined
  return { anchor: { rowIndex: 0, colId: columnOrder[0] }, focus: { rowIndex: rowCount - 1, colId: columnOrder[columnOrder.length - 1] } }
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value))
}
