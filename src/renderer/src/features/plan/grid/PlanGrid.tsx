import { AgGridReact } from 'ag-grid-react'
import type { CellFocusedEvent, CellKeyDownEvent, GetRowIdParams, GridApi, GridReadyEvent, RowClassParams, RowSelectedEvent } from 'ag-grid-community'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { PerangkatDaerah, PlanRow, RpjmdView } from '../../../../../shared/domain'
import type { CellPos } from '../../../grid/range/model/rangeModel'
import { gridLocaleText, gridTheme } from '../../../grid/setup'
import { usePlanRange } from './usePlanRange'
import type { TreeContext } from './CodeCell'
import type { CodeSearchScope } from '../forms/useCodeSearch'
import { paguEditable, planColumns, totalRow } from './columns'
import type { GridRow } from '../model/gridRows'
import type { PlanStore } from '../model/planStore'
import { groupingHintOf } from '../../../../../shared/numberInput'
import { listCellOf, parseListCell, type ListCellChoices } from '../../../../../shared/listCells'
import { isValueField, readValueCell } from '../../../../../shared/valueCells'
import type { RefusedText } from './PlanTextEditor'
import type { ApplyEdits } from '../usePlanEdits'
import { useStoreVersion } from '../useStoreVersion'

interface Props {
  gridRows: GridRow[]
  store: PlanStore
  total: Record<number, number>
  totalLabel: string
  perangkatDaerah: PerangkatDaerah[]
  plan: RpjmdView
  tree: TreeContext
  selectedId: number | undefined
  /** immediate: chosen with the mouse; a keyboard move may wait for saves in flight. */
  onSelect: (id: number | undefined, immediate?: boolean) => void
  cellErrors: ReadonlyMap<string, string>
  applyEdits: ApplyEdits
  /** A cell to give the focus to once its row is laid out (a row just added, the row a dialog was opened from). */
  focusRequest?: FocusRequest
  onGridApi?: (api: GridApi<GridRow>) => void
  onOverflow: (rows: number, block: string[][], start: CellPos) => void
  lokasiNames: ReadonlyMap<number, string>
  sumberDanaNames: ReadonlyMap<number, string>
  listChoices: ListCellChoices
}

/** `colId` left out: the row's first pagu cell where one is typed, else its name. `seq` tells two requests for one row apart. */
export interface FocusRequest {
  rowId: number
  colId?: string
  seq: number
}

/** The picker searches the level of the row, under its parent's code, for its PD. */
function scopeFor(store: PlanStore, row: PlanRow): CodeSearchScope {
  return { level: row.level, parentCode: row.parentId === null ? undefined : store.get(row.parentId)?.code, perangkatDaerahId: row.perangkatDaerahId }
}

// Grid options that never change. AG Grid re-applies any option whose object is new, and a
// new defaultColDef or rowClassRules on every render re-lays out all columns and rows.
const DEFAULT_COL_DEF = { resizable: true, sortable: false, filter: false, suppressHeaderMenuButton: true }
const ROW_SELECTION = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const
const getRowId = (params: GetRowIdParams<GridRow>) => params.data.key
const ROW_CLASS_RULES = {
  'row-pd': (params: RowClassParams<GridRow>) => params.data?.kind === 'pd' && !params.node.rowPinned,
  'row-program': (params: RowClassParams<GridRow>) => params.data?.kind === 'plan' && params.data.level === 'program',
  'row-kegiatan': (params: RowClassParams<GridRow>) => params.data?.kind === 'plan' && params.data.level === 'kegiatan',
  'row-flagged': (params: RowClassParams<GridRow>) => params.data?.codeStatus.valid === false
}

/**
 * The plan as an indented tree in AG Grid. The grid never changes its own data
 * (readOnlyEdit): each edit goes to the batch API and the rows it returns replace the old.
 */
export function PlanGrid(props: Props) {
  const { gridRows, store, total, totalLabel, perangkatDaerah, plan, tree, selectedId, onSelect, cellErrors, applyEdits } = props
  const gridApi = useRef<GridApi<GridRow>>(undefined)
  const [api, setApi] = useState<GridApi<GridRow>>()
  const range = usePlanRange({ api, applyEdits, onOverflow: props.onOverflow })
  const inRange = range.cellClassRule
  // Rows and refused cells change with every edit; the columns read them through refs so
  // the column definitions (and every rendered cell) stay as they are.
  const storeRef = useRef(store)
  storeRef.current = store
  const applyRef = useRef(applyEdits)
  applyRef.current = applyEdits
  const errorsRef = useRef(cellErrors)
  const periodRef = useRef(plan.period)
  periodRef.current = plan.period
  const listChoicesRef = useRef(props.listChoices)
  listChoicesRef.current = props.listChoices
  // A typed text the server refused: its cell's editor opens again with it and the reason.
  const refused = useRef<RefusedText>(undefined)
  const reopenRefused = useCallback((entry: RefusedText) => {
    const grid = gridApi.current
    const node = grid?.getRowNode(String(entry.planRowId))
    // The analyst is already typing in another cell: the red mark and the notice say it instead.
    if (!grid || !node || node.rowIndex === null || grid.getEditingCells().length > 0) return
    refused.current = entry
    grid.ensureColumnVisible(entry.field)
    grid.setFocusedCell(node.rowIndex, entry.field)
    grid.startEditingCell({ rowIndex: node.rowIndex, colKey: entry.field })
  }, [])
  useEffect(() => {
    errorsRef.current = cellErrors
    api?.refreshCells({ force: false })
  }, [cellErrors, api])
  const errorTooltips = cellErrors.size > 0
  /** One typed or picked cell to the edit loop; a refused text opens its editor again (`reopen`). */
  const commitCell = useCallback(
    (planRowId: number, field: string, text: string, reopen: boolean) =>
      void applyRef.current('edit', [{ planRowId, field, text }]).then((outcome) => {
        const cell = outcome.saved || !reopen ? undefined : outcome.refused.find((entry) => entry.planRowId === planRowId && entry.field === field)
        if (cell) reopenRefused({ planRowId, field, text, reason: cell.message })
      }),
    [reopenRefused]
  )
  const columnDefs = useMemo(
    () =>
      planColumns({
        plan,
        perangkatDaerah,
        // Both editors save through commitCell: a picked code as a typed text is.
        codeEditor: { scopeFor: (row) => scopeFor(storeRef.current, row), commitCode: (planRowId, code) => commitCell(planRowId, 'code', code, false) },
        textEditor: {
          commitEdit: (planRowId, field, text) => commitCell(planRowId, field, text, true),
          // The rules the server reads pagu, targets and list cells by, so such a refusal never leaves the editor.
          check: (row, field, text) => {
            const list = listCellOf(field, listChoicesRef.current)
            if (list) {
              const ids = parseListCell(text, list.choices, list.what)
              return typeof ids === 'string' ? ids : undefined
            }
            if (!isValueField(field)) return undefined
            const cell = readValueCell(field, text, row, row.hasChildren, periodRef.current, groupingHintOf(field.startsWith('pagu:') ? [text] : []))
            return typeof cell === 'string' ? cell : undefined
          },
          refusedFor: (planRowId, field) => (refused.current?.planRowId === planRowId && refused.current.field === field ? refused.current : undefined),
          clearRefused: (planRowId, field) => {
            if (refused.current?.planRowId === planRowId && refused.current.field === field) refused.current = undefined
          }
        },
        cellErrors: { get: (key: string) => errorsRef.current.get(key), any: () => errorsRef.current.size > 0 },
        errorTooltips,
        warnings: { has: (id) => storeRef.current.hasWarnings(id), texts: (id) => storeRef.current.warningsOfRow(id).map((warning) => warning.message) },
        inRange,
        lokasiNames: props.lokasiNames,
        sumberDanaNames: props.sumberDanaNames
      }),
    [plan, perangkatDaerah, inRange, errorTooltips, props.lokasiNames, props.sumberDanaNames, commitCell]
  )
  // Saved values change cells of the range without a new row model: its sums are taken again.
  const { refreshStatus } = range
  const storeVersion = useStoreVersion(store)
  useEffect(() => {
    refreshStatus()
  }, [storeVersion, refreshStatus])
  const pinnedBottomRowData = useMemo(() => [totalRow(total, totalLabel)], [total, totalLabel])

  // The selected row (the focused cell's, or one chosen outside the grid, e.g. just added) is marked in the grid.
  useEffect(() => {
    const node = selectedId === undefined ? undefined : gridApi.current?.getRowNode(String(selectedId))
    if (node && !node.isSelected()) {
      node.setSelected(true, true)
      gridApi.current?.ensureNodeVisible(node)
    }
  }, [selectedId, gridRows])

  // A requested focus waits until its row is laid out (a new row comes with the next layout, or after a reload).
  const { focusRequest } = props
  const focusedSeq = useRef(0)
  const applyFocus = useCallback(() => {
    const grid = gridApi.current
    if (!grid || !focusRequest || focusedSeq.current === focusRequest.seq) return
    const node = grid.getRowNode(String(focusRequest.rowId))
    // In the plan but not in the grid: a filter hides it. The focus is not kept for later, when
    // the filter is cleared (the folds above a new row are opened with the layout that adds it).
    if ((!node || node.rowIndex === null) && storeRef.current.get(focusRequest.rowId)) focusedSeq.current = focusRequest.seq
    if (!node || node.rowIndex === null) return
    focusedSeq.current = focusRequest.seq
    const firstPagu = grid.getAllDisplayedColumns().find((column) => column.getColId().startsWith('pagu:'))
    const colId = focusRequest.colId ?? (firstPagu && paguEditable(node.data) ? firstPagu.getColId() : 'name')
    grid.ensureNodeVisible(node)
    grid.ensureColumnVisible(colId)
    grid.setFocusedCell(node.rowIndex, colId)
  }, [focusRequest])
  useEffect(() => {
    applyFocus()
  }, [applyFocus, gridRows])

  // Alt+Right / Alt+Left open and close the focused branch, as in a tree view.
  const onCellKeyDown = useCallback(
    (event: CellKeyDownEvent<GridRow>) => {
      const key = (event.event as KeyboardEvent | undefined)?.key
      const alt = (event.event as KeyboardEvent | undefined)?.altKey
      const row = event.data
      if (!alt || !row?.hasChildren || (key !== 'ArrowRight' && key !== 'ArrowLeft')) return
      if ((key === 'ArrowLeft') !== tree.isCollapsed(row.key)) tree.toggle(row.key)
      event.event?.preventDefault()
    },
    [tree]
  )

  // Centre cells scroll under the pinned Kode and Nama (sticky cells in AG Grid's one scroll
  // viewport). Scrolling a centre cell into view (the browser's find, Playwright's click) keeps
  // it clear of them with a scroll margin of their width; pinned cells scroll nothing.
  const wrapRef = useRef<HTMLDivElement>(null)
  const padForPinned = useCallback((event: { api: GridApi<GridRow> }) => {
    const width = event.api.getAllDisplayedColumns().reduce((sum, column) => sum + (column.getPinned() === 'left' ? column.getActualWidth() : 0), 0)
    wrapRef.current?.style.setProperty('--pinned-left-width', `${width}px`)
  }, [])

  const { onGridApi } = props
  const onGridReady = useCallback(
    (event: GridReadyEvent<GridRow>) => {
      gridApi.current = event.api
      onGridApi?.(event.api)
      setApi(event.api)
      padForPinned(event)
    },
    [onGridApi, padForPinned]
  )
  const onRowSelected = useCallback(
    (event: RowSelectedEvent<GridRow>) => {
      if (event.node.isSelected() && event.data?.kind === 'plan') onSelect(event.data.id)
    },
    [onSelect]
  )
  const rangeFocused = range.gridProps.onCellFocused
  // The focused cell's row becomes the selected row through onSelect, which may wait for
  // saves in flight; the effect on selectedId then marks it in the grid (one repaint, not two).
  const onCellFocused = useCallback(
    (event: CellFocusedEvent<GridRow>) => {
      rangeFocused?.(event)
      if (event.rowPinned || event.rowIndex === null || event.rowIndex === undefined) return
      const data = event.api.getDisplayedRowAtIndex(event.rowIndex)?.data
      if (data?.kind === 'plan') onSelect(data.id, typeof MouseEvent !== 'undefined' && event.sourceEvent instanceof MouseEvent)
    },
    [rangeFocused, onSelect]
  )

  return (
    <div className="grid-wrap" data-testid="program-grid" ref={wrapRef}>
      <AgGridReact<GridRow>
        theme={gridTheme}
        localeText={gridLocaleText}
        rowData={gridRows}
        columnDefs={columnDefs}
        context={tree}
        defaultColDef={DEFAULT_COL_DEF}
        getRowId={getRowId}
        onGridReady={onGridReady}
        rowClassRules={ROW_CLASS_RULES}
        pinnedBottomRowData={pinnedBottomRowData}
        readOnlyEdit
        // Rows jump to their place on fold, filter and paste, as in Excel: sliding thousands of
        // rows costs frames, and a click during the slide can land on the row sliding past.
        animateRows={false}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        tooltipShowDelay={300}
        rowSelection={ROW_SELECTION}
        onRowSelected={onRowSelected}
        {...range.gridProps}
        onCellFocused={onCellFocused}
        onCellKeyDown={onCellKeyDown}
        onModelUpdated={applyFocus}
        onDisplayedColumnsChanged={padForPinned}
        onColumnResized={padForPinned}
      />
      <div className="plan-statusbar" role="status" aria-live="polite" data-testid="statusbar">
        {/* usePlanRange gives the keyboard hint while no range is selected. */}
        <span>{range.statusText}</span>
      </div>
    </div>
  )
}
