// Excel-like cell ranges for AG Grid Community, which has no range selection, clipboard or fill
// (Enterprise only): Shift+click, drag, Shift+arrow, Ctrl+A, copy, paste, Ctrl+D and Delete.
// The grid never changes its own data: every change goes to `onEdits` as one batch.
import type { CellClassParams, CellClickedEvent, CellFocusedEvent, CellMouseDownEvent, CellMouseOverEvent, Column, GridApi, RowPinnedType } from 'ag-grid-community'
import type { AgGridReactProps } from 'ag-grid-react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { parseTsv, toHtml, toTsv } from './clipboardText'
import { clearEdits, fillDownEdits, pasteEdits, pastedRange, type SkippedCell } from './pasteTargets'
import { cellCount, cellRange, clampRange, contains, extend, normalize, rowsOf, samePos, sameRange, wholeRange } from './rangeModel'
import type { CellEdit, CellPos, CellRange, Direction } from './rangeModel'
import { rangeStatus } from './selectionStats'
import './range.css'

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
  /** What a copy puts on the clipboard, formatted as shown; Ctrl+D copies it too. */
  displayText: (rowIndex: number, colId: string) => string
  /** For the status text: numbers stay numbers; anything else only counts as a cell. */
  rawValue: (rowIndex: number, colId: string) => unknown
  /** One batch per action: the caller parses the texts as typed input and sends ONE API call. */
  onEdits: (edits: GridCellEdit[], kind: EditKind) => Promise<void>
  /** Rows of a paste that fell below the last row, after the rest was sent. */
  onOverflow?: (rows: number, block: string[][], start: CellPos) => void
  /** Pasted cells that were not sent (read-only column, past the last column). */
  onSkipped?: (skipped: SkippedCell[]) => void
}

export interface RangeSelection {
  range: CellRange | undefined
  /** True for the cells of a range of two or more cells (a single cell is just the grid's focus). */
  isSelected(rowIndex: number, colId: string): boolean
  /** For every selectable column: `cellClassRules: { [RANGE_CLASS]: cellClassRule, ...own rules }`. */
  cellClassRule: (params: CellClassParams) => boolean
  statusText: string
  /** Spread onto <AgGridReact>; compose with the grid's own onCellFocused/onCellClicked if any. */
  gridProps: Partial<AgGridReactProps>
  select(range: CellRange | undefined): void
  /** Pastes a block from `start` (e.g. again after adding the rows onOverflow asked for). */
  paste(block: string[][], start: CellPos): Promise<void>
}

export const RANGE_CLASS = 'cell-in-range'
const ARROWS: Partial<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' }

/** Keyboard focus is on a cell of this grid and no cell editor is open. */
function gridCellFocused(api: GridApi): boolean {
  if (api.isDestroyed()) return false
  const active = document.activeElement
  if (!(active instanceof HTMLElement) || !active.closest('.ag-cell')) return false
  return active.closest(`[grid-id="${CSS.escape(api.getGridId())}"]`) !== null && api.getEditingCells().length === 0
}

function toPos(pinned: RowPinnedType | undefined, rowIndex: number | null, column: Column | string | null, order: string[]): CellPos | undefined {
  if (pinned || rowIndex === null || column === null) return undefined
  const colId = typeof column === 'string' ? column : column.getColId()
  return order.includes(colId) ? { rowIndex, colId } : undefined
}

const isMouse = (event: Event | null | undefined): event is MouseEvent => typeof MouseEvent !== 'undefined' && event instanceof MouseEvent

export function useRangeSelection(options: RangeSelectionOptions): RangeSelection {
  const [range, setRange] = useState<CellRange>()
  const rangeRef = useRef<CellRange | undefined>(undefined)
  const optionsRef = useRef(options)
  optionsRef.current = options
  const seenApi = useRef<GridApi | undefined>(undefined)
  const dragAnchor = useRef<CellPos | undefined>(undefined)
  // Cells we focused ourselves (Shift+arrow); the grid reports focus asynchronously.
  const ownFocus = useRef<Array<{ pos: CellPos; at: number }>>([])

  const core = useMemo(() => {
    const api = () => {
      const current = optionsRef.current.api ?? seenApi.current
      return current && !current.isDestroyed() ? current : undefined
    }
    const rowCount = () => api()?.getDisplayedRowCount() ?? 0
    const select = (next: CellRange | undefined) => {
      const prev = rangeRef.current
      if (sameRange(prev, next)) return
      rangeRef.current = next
      setRange(next)
      const order = optionsRef.current.columnOrder()
      const columns = [...new Set([prev, next].flatMap((r) => (r ? normalize(r, order).colIds : [])))]
      // A plain refresh re-applies cellClassRules without re-rendering unchanged cells.
      if (columns.length > 0) api()?.refreshCells({ columns })
    }
    /** The range cut to the displayed rows, or the focused cell when there is no range. */
    const current = (): CellRange | undefined => {
      const grid = api()
      if (!grid) return undefined
      const count = grid.getDisplayedRowCount()
      if (rangeRef.current) return clampRange(rangeRef.current, count)
      const focused = grid.getFocusedCell()
      const pos = focused && toPos(focused.rowPinned, focused.rowIndex, focused.column, optionsRef.current.columnOrder())
      return pos && pos.rowIndex < count ? cellRange(pos) : undefined
    }
    const send = async (edits: CellEdit[], kind: EditKind) => {
      const grid = api()
      const withIds: GridCellEdit[] = []
      for (const edit of edits) {
        const rowId = grid?.getDisplayedRowAtIndex(edit.rowIndex)?.id
        if (rowId !== undefined) withIds.push({ ...edit, rowId })
      }
      if (withIds.length > 0) await optionsRef.current.onEdits(withIds, kind)
    }
    const paste = async (block: string[][], start: CellPos, selected?: CellRange) => {
      const { columnOrder, editable, onOverflow, onSkipped } = optionsRef.current
      const order = columnOrder()
      const result = pasteEdits(block, start, order, editable, rowCount(), selected)
      const landed = pastedRange(result, start, order)
      if (landed) select(landed)
      if (result.skipped.length > 0) onSkipped?.(result.skipped)
      await send(result.edits, 'paste')
      if (result.overflowRows > 0) onOverflow?.(result.overflowRows, block, start)
    }
    const extendBy = (from: CellRange, direction: Direction) => {
      const grid = api()
      const next = extend(from, direction, rowCount(), optionsRef.current.columnOrder())
      if (!grid || sameRange(next, from)) return
      select(next)
      ownFocus.current.push({ pos: next.focus, at: Date.now() })
      grid.ensureIndexVisible(next.focus.rowIndex)
      grid.ensureColumnVisible(next.focus.colId)
      grid.setFocusedCell(next.focus.rowIndex, next.focus.colId)
    }
    // Stable, so column defs that use them need not be rebuilt; they read the latest range.
    const isSelected = (rowIndex: number, colId: string) => {
      const selected = rangeRef.current
      const order = optionsRef.current.columnOrder()
      return selected !== undefined && cellCount(selected, order) > 1 && contains(selected, { rowIndex, colId }, order)
    }
    const cellClassRule = (params: CellClassParams) => !params.node.rowPinned && params.node.rowIndex !== null && isSelected(params.node.rowIndex, params.column.getColId())
    return { api, rowCount, select, current, send, paste, extendBy, isSelected, cellClassRule }
  }, [])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const grid = core.api()
      if (!grid || event.altKey || !gridCellFocused(grid)) return
      const selected = core.current()
      if (!selected) return
      const { columnOrder, editable, displayText } = optionsRef.current
      const order = columnOrder()
      const mod = event.ctrlKey || event.metaKey
      const key = event.key.toLowerCase()
      const direction = ARROWS[event.key]
      if (direction && event.shiftKey && !mod) core.extendBy(selected, direction)
      else if (event.key === 'Delete' && !mod && !event.shiftKey) void core.send(clearEdits(selected, order, editable), 'clear')
      else if (key === 'd' && mod && !event.shiftKey) void core.send(fillDownEdits(selected, order, displayText, editable), 'fill')
      else if (key === 'a' && mod && !event.shiftKey) core.select(wholeRange(core.rowCount(), order) ?? selected)
      else return
      // AG Grid skips a keydown whose default was prevented, so it neither moves nor clears.
      event.preventDefault()
    }
    /** The range a clipboard event is for, while a cell of this grid has the focus. */
    const target = (event: ClipboardEvent) => {
      const grid = core.api()
      return grid && event.clipboardData && gridCellFocused(grid) ? core.current() : undefined
    }
    const onCopy = (event: ClipboardEvent) => {
      const selected = target(event)
      if (!selected || !event.clipboardData) return
      const { columnOrder, displayText, rawValue } = optionsRef.current
      const order = columnOrder()
      const texts = rowsOf(selected, order, displayText)
      const numbers = rowsOf(selected, order, (rowIndex, colId) => typeof rawValue(rowIndex, colId) === 'number')
      event.clipboardData.setData('text/plain', toTsv(texts))
      event.clipboardData.setData('text/html', toHtml(texts, (r, c) => !numbers[r][c]))
      event.preventDefault()
    }
    const onPaste = (event: ClipboardEvent) => {
      const selected = target(event)
      if (!selected) return
      const block = parseTsv(event.clipboardData?.getData('text/plain') ?? '')
      const n = normalize(selected, optionsRef.current.columnOrder())
      if (block.length === 0 || n.colIds.length === 0) return
      event.preventDefault()
      void core.paste(block, { rowIndex: n.top, colId: n.colIds[0] }, selected)
    }
    // Capture phase: the keys are handled before AG Grid sees them.
    const controller = new AbortController()
    document.addEventListener('keydown', onKeyDown, { capture: true, signal: controller.signal })
    document.addEventListener('copy', onCopy, { signal: controller.signal })
    document.addEventListener('paste', onPaste, { signal: controller.signal })
    return () => controller.abort()
  }, [core])

  const gridProps = useMemo((): Partial<AgGridReactProps> => {
    const posOf = (event: { api: GridApi; rowPinned: RowPinnedType; rowIndex: number | null; column: Column | string | null }) => {
      seenApi.current = event.api
      return toPos(event.rowPinned, event.rowIndex, event.column, optionsRef.current.columnOrder())
    }
    return {
      onCellFocused: (event: CellFocusedEvent) => {
        const pos = posOf(event)
        const selected = rangeRef.current
        const now = Date.now()
        ownFocus.current = ownFocus.current.filter((entry) => now - entry.at < 1000)
        const own = ownFocus.current.findIndex((entry) => samePos(entry.pos, pos))
        if (own >= 0) ownFocus.current.splice(0, own + 1)
        else if (!pos) core.select(undefined)
        else if (selected && isMouse(event.sourceEvent) && event.sourceEvent.shiftKey) core.select({ anchor: selected.anchor, focus: pos })
        else core.select(cellRange(pos))
      },
      onCellClicked: (event: CellClickedEvent) => {
        // A click lands on one cell only when the mouse did not drag to another cell.
        const pos = posOf(event)
        const selected = rangeRef.current
        if (pos) core.select(selected && isMouse(event.event) && event.event.shiftKey ? { anchor: selected.anchor, focus: pos } : cellRange(pos))
      },
      onCellMouseDown: (event: CellMouseDownEvent) => {
        const primary = isMouse(event.event) && event.event.button === 0 && !event.event.shiftKey
        dragAnchor.current = primary ? posOf(event) : undefined
      },
      onCellMouseOver: (event: CellMouseOverEvent) => {
        const anchor = dragAnchor.current
        const pos = anchor && posOf(event)
        if (anchor && (!isMouse(event.event) || (event.event.buttons & 1) === 0)) dragAnchor.current = undefined
        else if (anchor && pos) core.select({ anchor, focus: pos })
      }
    }
  }, [core])

  const shown = range && clampRange(range, core.rowCount())
  const statusText = shown ? rangeStatus(shown, options.columnOrder(), options.rawValue) : ''
  return { range, isSelected: core.isSelected, cellClassRule: core.cellClassRule, statusText, gridProps, select: core.select, paste: core.paste }
}
