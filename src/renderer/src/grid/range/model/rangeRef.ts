// A range kept by row identity (the grid's row id) and column id instead of display index, so
// folding a branch, a filter, or rows added or removed by an edit never make it point at other
// rows. The rectangle is derived from the current display order whenever it is needed.
// Pure: no DOM and no AG Grid, so it is unit tested in node.
import { normalize, type CellPos, type CellRange } from './rangeModel'

export interface CellRef {
  rowId: string
  colId: string
}

export interface RangeRef {
  anchor: CellRef
  focus: CellRef
}

export function sameRef(a: RangeRef | undefined, b: RangeRef | undefined): boolean {
  if (!a || !b) return a === b
  return sameCell(a.anchor, b.anchor) && sameCell(a.focus, b.focus)
}

export function sameCell(a: CellRef | undefined, b: CellRef | undefined): boolean {
  return a?.rowId === b?.rowId && a?.colId === b?.colId
}

/** The cell of a displayed position; undefined when no row is displayed there. */
export function cellRefOf(pos: CellPos, rowIdAt: (rowIndex: number) => string | undefined): CellRef | undefined {
  const rowId = rowIdAt(pos.rowIndex)
  return rowId === undefined ? undefined : { rowId, colId: pos.colId }
}

/** A range of displayed positions by row ids; undefined when an end has no displayed row. */
export function refOf(range: CellRange, rowIdAt: (rowIndex: number) => string | undefined): RangeRef | undefined {
  const anchor = cellRefOf(range.anchor, rowIdAt)
  const focus = cellRefOf(range.focus, rowIdAt)
  return anchor && focus ? { anchor, focus } : undefined
}

/**
 * The range in the current display order. Undefined when the row or the column of either end is
 * no longer displayed (folded away, filtered out, deleted, column hidden): the caller then clears
 * the range rather than letting it cover other rows.
 */
export function resolveRef(ref: RangeRef, indexOf: (rowId: string) => number | undefined, columnOrder: readonly string[]): CellRange | undefined {
  const anchor = indexOf(ref.anchor.rowId)
  const focus = indexOf(ref.focus.rowId)
  if (anchor === undefined || focus === undefined) return undefined
  if (!columnOrder.includes(ref.anchor.colId) || !columnOrder.includes(ref.focus.colId)) return undefined
  return { anchor: { rowIndex: anchor, colId: ref.anchor.colId }, focus: { rowIndex: focus, colId: ref.focus.colId } }
}

/** The columns a range covers, for the per-cell check; empty for a single cell (only the grid's focus). */
export function highlightColumns(range: CellRange, columnOrder: string[]): ReadonlySet<string> {
  const n = normalize(range, columnOrder)
  const single = n.top === n.bottom && n.colIds.length === 1
  return new Set(single ? [] : n.colIds)
}

/**
 * The per-cell check of the highlight: the row lies between the ends' current indexes (null when
 * an end is not displayed) and the column is one of the range's.
 */
export function coversCell(
  anchorIndex: number | null,
  focusIndex: number | null,
  columns: ReadonlySet<string>,
  rowIndex: number | null,
  colId: string
): boolean {
  if (anchorIndex === null || focusIndex === null || rowIndex === null) return false
  if (rowIndex < Math.min(anchorIndex, focusIndex) || rowIndex > Math.max(anchorIndex, focusIndex)) return false
  return columns.has(colId)
}
