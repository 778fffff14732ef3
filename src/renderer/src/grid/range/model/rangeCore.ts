// The state behind useRangeSelection, outside React: the range by row ids, its two end rows as
// AG Grid row nodes (whose rowIndex the grid keeps current) and its columns, re-resolved on
// every range change and model update so the cell class rule stays a few comparisons per cell.
import type { CellClassParams, GridApi, IRowNode } from 'ag-grid-community'
import { pasteEdits, pastedRange, type SkippedCell } from './pasteTargets'
import { cellRange, containsCell, extend, normalize } from './rangeModel'
import type { CellEdit, CellPos, CellRange, Direction } from './rangeModel'
import { cellRefOf, coversCell, highlightColumns, refOf, resolveRef, sameCell, sameRef, type CellRef, type RangeRef } from './rangeRef'
import { rangeStatus } from './selectionStats'

/** An edit with the id (getRowId) of its row, read when the action happened. */
export interface GridCellEdit extends CellEdit {
  rowId: string
}
export type EditKind = 'paste' | 'fill' | 'clear'

export interface RangeSelectionOptions {
  api: GridApi | undefined
  /** Displayed, selectable column ids in order. */
  columnOrder: () => string[]
  editable: (rowIndex: number, colId: string) => boolean
  /**
   * Cells Delete and Ctrl+X empty (default: the editable ones). An editable cell that may not be
   * empty (a required code) is left as it is, like a read-only one.
   */
  clearable?: (rowIndex: number, colId: string) => boolean
  /** Delete or Ctrl+X found editable cells in the range but none that may be emptied. */
  onNothingCleared?: () => void
  /** What a copy puts on the clipboard, formatted as shown; Ctrl+D copies it too. */
  displayText: (rowIndex: number, colId: string) => string
  /** For the status text: numbers stay numbers; anything else only counts as a cell. */
  rawValue: (rowIndex: number, colId: string) => unknown
  /** The value a copy hands to spreadsheets as a number when it is one (default: rawValue). */
  copiedNumber?: (rowIndex: number, colId: string) => unknown
  /**
   * One batch per action: the caller parses the texts as typed input and sends ONE API call.
   * A paste also names the cells of its block that were not sent (read-only cell, past the last
   * column; blank ones left out), so the caller can say so; it may then come with no edits.
   */
  onEdits: (edits: GridCellEdit[], kind: EditKind, skipped: SkippedCell[]) => Promise<void>
  /** Rows of a paste that fell below the last row, after the rest was sent. */
  onOverflow?: (rows: number, block: string[][], start: CellPos) => void
}

/** The range's end rows and columns in the current model; only for a range of two or more cells. */
interface Highlight {
  anchor: IRowNode
  focus: IRowNode
  columns: ReadonlySet<string>
}

export type RangeCore = ReturnType<typeof createRangeCore>

export function createRangeCore(
  options: () => RangeSelectionOptions,
  seenApi: () => GridApi | undefined,
  onChange: (range: RangeRef | undefined) => void,
  onStatus: (statusText: string) => void,
  /** Whether the keyboard is on a cell of this grid (gridCellFocused; passed in so the core needs no DOM). */
  cellFocused: (api: GridApi) => boolean
) {
  let ref: RangeRef | undefined
  let highlight: Highlight | undefined
  /** The row of the grid's focused cell, so the focus can follow it when rows above change. */
  let focusedRowId: string | undefined
  // Cells we focused ourselves (Shift+arrow, focus following its row); the grid reports focus asynchronously.
  let ownFocus: Array<{ cell: CellRef; at: number }> = []

  const api = () => {
    const current = options().api ?? seenApi()
    return current && !current.isDestroyed() ? current : undefined
  }
  const rowCount = () => api()?.getDisplayedRowCount() ?? 0
  const displayedNode = (rowId: string) => {
    const node = api()?.getRowNode(rowId)
    return node && node.rowIndex !== null && !node.rowPinned ? node : undefined
  }
  const indexOf = (rowId: string) => displayedNode(rowId)?.rowIndex ?? undefined
  const rowIdAt = (rowIndex: number) => api()?.getDisplayedRowAtIndex(rowIndex)?.id
  const cellAt = (pos: CellPos) => cellRefOf(pos, rowIdAt)

  /** Resolves `next` against the current rows and columns; clears it when an end is gone. */
  const update = (next: RangeRef | undefined) => {
    const order = options().columnOrder()
    const before = highlight?.columns ?? new Set<string>()
    const shown = next && resolveRef(next, indexOf, order)
    ref = shown ? next : undefined
    const columns = shown ? highlightColumns(shown, order) : new Set<string>()
    const anchor = next && displayedNode(next.anchor.rowId)
    const focus = next && displayedNode(next.focus.rowId)
    highlight = anchor && focus && columns.size > 0 ? { anchor, focus, columns } : undefined
    // A plain refresh re-applies cellClassRules without re-rendering unchanged cells.
    const refresh = [...new Set([...before, ...columns])]
    if (refresh.length > 0) api()?.refreshCells({ columns: refresh })
    onChange(ref)
    refreshStatus()
  }
  // The status bar's figures come a task later: summing a 7.000-cell range must not hold up
  // the key or the paste that selected it. While a paste is saved there are none (its range
  // still holds the old values, and summing them would take CPU from the save); they follow
  // when it is saved, as they do after any save that changed values in place.
  let statusTimer: ReturnType<typeof setTimeout> | undefined
  let pastesInFlight = 0
  const refreshStatus = (): void => {
    clearTimeout(statusTimer)
    if (!ref || pastesInFlight > 0) return onStatus('')
    statusTimer = setTimeout(() => {
      // The screen may have closed since (the grid is destroyed).
      if (!api()) return
      const order = options().columnOrder()
      const shown = ref && resolveRef(ref, indexOf, order)
      onStatus(shown ? rangeStatus(shown, order, options().rawValue) : '')
    }, 0)
  }
  const select = (next: RangeRef | undefined) => {
    unreportedPress = undefined
    if (!sameRef(ref, next)) update(next)
  }
  /**
   * A mouse press on a cell that the grid has not reported yet (it reports a click a task
   * later). A key pressed before the report (Shift+arrow at once after the click) acts on the
   * clicked cell, not on the range from before the click, also when that cell lay in it.
   */
  let unreportedPress: { shift: boolean } | undefined
  const pressed = (shift: boolean) => {
    unreportedPress = { shift }
  }
  /** A range of displayed positions, kept by the ids of the rows at those positions now. */
  const selectAt = (range: CellRange | undefined) => select(range && refOf(range, rowIdAt))

  /** The range in the current display order, or the focused cell when there is no range. */
  const current = (): CellRange | undefined => {
    const grid = api()
    if (!grid) return undefined
    const order = options().columnOrder()
    const focused = grid.getFocusedCell()
    const cell =
      focused && !focused.rowPinned && order.includes(focused.column.getColId()) && focused.rowIndex < grid.getDisplayedRowCount()
        ? { rowIndex: focused.rowIndex, colId: focused.column.getColId() }
        : undefined
    if (unreportedPress && cell) selectCell(cellAt(cell), unreportedPress.shift)
    if (ref) {
      const shown = resolveRef(ref, indexOf, order)
      // The focused cell lies in the range, except after a move of the focus the grid has not
      // reported yet (it reports a task later): the range then starts at the focused cell.
      if (shown && (!cell || containsCell(shown, cell, order))) return shown
      if (shown && cell) selectAt(cellRange(cell))
      else update(undefined)
    }
    return cell && cellRange(cell)
  }

  const focusCell = (grid: GridApi, rowIndex: number, colId: string) => {
    const cell = cellAt({ rowIndex, colId })
    if (cell) ownFocus.push({ cell, at: Date.now() })
    grid.setFocusedCell(rowIndex, colId)
  }
  /** True (and forgotten) when the grid reports a focus we set ourselves. */
  const isOwnFocus = (cell: CellRef | undefined) => {
    const now = Date.now()
    ownFocus = ownFocus.filter((entry) => now - entry.at < 1000)
    const own = ownFocus.findIndex((entry) => sameCell(entry.cell, cell))
    if (own >= 0) ownFocus.splice(0, own + 1)
    return own >= 0
  }

  /**
   * After the grid's rows or columns changed: the range follows its rows (or is cleared when they
   * are gone) and the keyboard focus stays on its row, not on whatever row took its index.
   */
  const sync = () => {
    update(ref)
    const grid = api()
    const focused = grid?.getFocusedCell()
    if (!grid || !focused || focused.rowPinned || focusedRowId === undefined || !cellFocused(grid)) return
    const index = indexOf(focusedRowId)
    if (index !== undefined && index !== focused.rowIndex) focusCell(grid, index, focused.column.getColId())
  }

  const send = async (edits: CellEdit[], kind: EditKind, skipped: SkippedCell[] = []) => {
    const withIds: GridCellEdit[] = []
    for (const edit of edits) {
      const rowId = rowIdAt(edit.rowIndex)
      if (rowId !== undefined) withIds.push({ ...edit, rowId })
    }
    if (withIds.length > 0 || skipped.length > 0) await options().onEdits(withIds, kind, skipped)
  }
  const paste = async (block: string[][], start: CellPos, selected?: CellRange) => {
    const { columnOrder, editable, onOverflow } = options()
    const order = columnOrder()
    const result = pasteEdits(block, start, order, editable, rowCount(), selected)
    // The request goes first; selecting the pasted cells runs while it is saved.
    pastesInFlight++
    // Blank cells that fell on read-only cells lose nothing; the rest are named to the analyst.
    const lost = result.skipped.filter((cell) => cell.text.trim() !== '')
    const sending = send(result.edits, 'paste', lost).finally(() => {
      pastesInFlight--
      refreshStatus()
    })
    const landed = pastedRange(result, start, order)
    if (landed) selectAt(landed)
    await sending
    if (result.overflowRows > 0) onOverflow?.(result.overflowRows, block, start)
  }
  const extendBy = (from: CellRange, direction: Direction) => {
    const grid = api()
    const next = extend(from, direction, rowCount(), options().columnOrder())
    if (!grid || next === from) return
    selectAt(next)
    grid.ensureIndexVisible(next.focus.rowIndex)
    grid.ensureColumnVisible(next.focus.colId)
    focusCell(grid, next.focus.rowIndex, next.focus.colId)
  }

  /** A click or focus on `cell`: a new one-cell range, or with Shift the range from its anchor to it. */
  const selectCell = (cell: CellRef | undefined, shift: boolean) => {
    if (!cell) select(undefined)
    else select(ref && shift ? { anchor: ref.anchor, focus: cell } : { anchor: cell, focus: cell })
  }
  /** The grid focused a cell (undefined: a pinned row or a column that is not selectable). */
  const focused = (cell: CellRef | undefined, shift: boolean) => {
    focusedRowId = cell?.rowId
    if (!isOwnFocus(cell)) selectCell(cell, shift)
  }

  // Stable, so column defs that use them need not be rebuilt; they read the latest range.
  const isSelected = (rowIndex: number, colId: string) =>
    highlight !== undefined && coversCell(highlight.anchor.rowIndex, highlight.focus.rowIndex, highlight.columns, rowIndex, colId)
  const cellClassRule = (params: CellClassParams) =>
    !params.node.rowPinned && params.node.rowIndex !== null && isSelected(params.node.rowIndex, params.column.getColId())

  /** Stops a pending status sum (the grid is going away). */
  const dispose = () => clearTimeout(statusTimer)

  return {
    api,
    rowCount,
    cellAt,
    select,
    selectAt,
    selectCell,
    pressed,
    current,
    sync,
    send,
    paste,
    extendBy,
    focused,
    isSelected,
    cellClassRule,
    refreshStatus,
    dispose
  }
}

/** Normalized top-left of a range, where a paste into it starts. */
export function topLeft(range: CellRange, columnOrder: string[]): CellPos | undefined {
  const n = normalize(range, columnOrder)
  return n.colIds.length === 0 ? undefined : { rowIndex: n.top, colId: n.colIds[0] }
}
