// Excel-like cell ranges for AG Grid Community, which has no range selection, clipboard or fill
// (Enterprise only): Shift+click, drag, Shift+arrow, Ctrl+A, copy, cut, paste, Ctrl+D and Delete.
// The grid never changes its own data: every change goes to `onEdits` as one batch.
// The range is kept by row ids (getRowId) and column ids, so it stays on its rows when branches
// fold, filters change or an edit adds or removes rows; it is cleared when an end's row is gone.
import type {
  CellClassParams,
  CellClickedEvent,
  CellFocusedEvent,
  CellMouseDownEvent,
  CellMouseOverEvent,
  Column,
  GridApi,
  NavigateToNextCellParams,
  RowPinnedType
} from 'ag-grid-community'
import type { AgGridReactProps } from 'ag-grid-react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { gridCellFocused } from './gridFocus'
import { createRangeCore, type RangeSelectionOptions } from './model/rangeCore'
import { listenRangeKeys } from './rangeKeys'
import type { CellPos, CellRange } from './model/rangeModel'
import type { CellRef, RangeRef } from './model/rangeRef'
import './range.css'

export type { EditKind, GridCellEdit, RangeSelectionOptions } from './model/rangeCore'

export interface RangeSelection {
  /** The range by row id and column id; undefined when nothing is selected. */
  range: RangeRef | undefined
  /** True for the cells of a range of two or more cells (a single cell is just the grid's focus). */
  isSelected: (rowIndex: number, colId: string) => boolean
  /** For every selectable column: `cellClassRules: { [RANGE_CLASS]: cellClassRule, ...own rules }`. */
  cellClassRule: (params: CellClassParams) => boolean
  statusText: string
  /** Spread onto <AgGridReact>; compose with the grid's own onCellFocused/onCellClicked if any. */
  gridProps: Partial<AgGridReactProps>
  /** Selects displayed positions (kept by the ids of their rows from then on). */
  select: (range: CellRange | undefined) => void
  /** Pastes a block from `start` (e.g. again after adding the rows onOverflow asked for). */
  paste: (block: string[][], start: CellPos) => Promise<void>
  /** Sums the range again (after saved values changed cells in it without a new row model). */
  refreshStatus: () => void
}

export const RANGE_CLASS = 'cell-in-range'

const isMouse = (event: Event | null | undefined): event is MouseEvent => typeof MouseEvent !== 'undefined' && event instanceof MouseEvent

interface CellEventLike {
  api: GridApi
  rowPinned: RowPinnedType
  rowIndex: number | null
  column: Column | string | null
  node?: { id?: string }
}

export function useRangeSelection(options: RangeSelectionOptions): RangeSelection {
  const [range, setRange] = useState<RangeRef>()
  const [statusText, setStatusText] = useState('')
  const optionsRef = useRef(options)
  optionsRef.current = options
  const seenApi = useRef<GridApi | undefined>(undefined)
  const dragAnchor = useRef<CellRef | undefined>(undefined)

  const core = useMemo(
    () =>
      createRangeCore(
        () => optionsRef.current,
        () => seenApi.current,
        setRange,
        setStatusText,
        gridCellFocused
      ),
    []
  )

  useEffect(() => {
    const controller = new AbortController()
    listenRangeKeys(core, () => optionsRef.current, controller.signal)
    return () => {
      controller.abort()
      core.dispose()
    }
  }, [core])

  // Rows arriving, leaving or moving (fold, filter, an edit's result) and shown or hidden columns:
  // the range's end rows are looked up by id once here, not per cell.
  const { api } = options
  useEffect(() => {
    if (!api || api.isDestroyed()) return
    const sync = () => core.sync()
    api.addEventListener('modelUpdated', sync)
    api.addEventListener('displayedColumnsChanged', sync)
    return () => {
      if (api.isDestroyed()) return
      api.removeEventListener('modelUpdated', sync)
      api.removeEventListener('displayedColumnsChanged', sync)
    }
  }, [api, core])

  const gridProps = useMemo((): Partial<AgGridReactProps> => {
    /**
     * The grid reports focus and clicks a task later. If the focus has moved on since (a click
     * followed at once by Shift+arrow or Ctrl+X), the report is stale and must not reset the range.
     */
    const isStale = (event: CellEventLike): boolean => {
      const now = event.api.getFocusedCell()
      const colId = typeof event.column === 'string' ? event.column : event.column?.getColId()
      return now !== null && (now.rowIndex !== event.rowIndex || now.column.getColId() !== colId || (now.rowPinned ?? null) !== (event.rowPinned ?? null))
    }
    /** The cell of an event by its row's id; undefined on a pinned row or a column that is not selectable. */
    const cellOf = (event: CellEventLike): CellRef | undefined => {
      seenApi.current = event.api
      if (event.rowPinned || event.rowIndex === null || event.column === null) return undefined
      const colId = typeof event.column === 'string' ? event.column : event.column.getColId()
      if (!optionsRef.current.columnOrder().includes(colId)) return undefined
      const rowId = event.node?.id
      return rowId !== undefined ? { rowId, colId } : core.cellAt({ rowIndex: event.rowIndex, colId })
    }
    return {
      onCellFocused: (event: CellFocusedEvent) => {
        if (isStale(event)) return
        core.focused(cellOf(event), isMouse(event.sourceEvent) && event.sourceEvent.shiftKey)
      },
      onCellClicked: (event: CellClickedEvent) => {
        // A button inside the cell (a fold button) is not a click on the cell.
        if (event.isEventHandlingSuppressed || isStale(event)) return
        // A click lands on one cell only when the mouse did not drag to another cell.
        const cell = cellOf(event)
        if (cell) core.selectCell(cell, isMouse(event.event) && event.event.shiftKey)
      },
      onCellMouseDown: (event: CellMouseDownEvent) => {
        if (event.isEventHandlingSuppressed) return
        const primary = isMouse(event.event) && event.event.button === 0 && !event.event.shiftKey
        dragAnchor.current = primary ? cellOf(event) : undefined
      },
      // Alt+arrows are left to the grid's owner (the plan grid folds branches with them): the grid
      // must not also move the focus, which would replace the range with the next cell.
      navigateToNextCell: (params: NavigateToNextCellParams) =>
        params.event?.altKey && (params.key === 'ArrowLeft' || params.key === 'ArrowRight') ? null : params.nextCellPosition,
      onCellMouseOver: (event: CellMouseOverEvent) => {
        const anchor = dragAnchor.current
        const cell = anchor && cellOf(event)
        if (anchor && (!isMouse(event.event) || (event.event.buttons & 1) === 0)) dragAnchor.current = undefined
        else if (anchor && cell) core.select({ anchor, focus: cell })
      }
    }
  }, [core])

  return {
    range,
    isSelected: core.isSelected,
    cellClassRule: core.cellClassRule,
    statusText,
    gridProps,
    select: core.selectAt,
    paste: core.paste,
    refreshStatus: core.refreshStatus
  }
}
