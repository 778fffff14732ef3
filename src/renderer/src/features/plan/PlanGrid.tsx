import { AgGridReact } from 'ag-grid-react'
import type { CellEditRequestEvent, GridApi } from 'ag-grid-community'
import { useEffect, useMemo, useRef } from 'react'
import type { PerangkatDaerah, PlanRow, PlanView } from '../../../../shared/domain'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'
import { gridLocaleText, gridTheme } from '../../grid/setup'
import type { CodeSearchScope } from './useCodeSearch'
import { planColumns, totalRow } from './columns'
import { changesForEdit } from './edits'

interface Props {
  rows: PlanRow[]
  perangkatDaerah: PerangkatDaerah[]
  plan: PlanView
  selectedId: number | undefined
  onSelect(id: number | undefined): void
  onRowsSaved(rows: PlanRow[]): void
}

/** The picker searches the level of the row, under its parent's code, for its PD. */
function scopeFor(rows: PlanRow[]) {
  const byId = new Map(rows.map((row) => [row.id, row]))
  return (row: PlanRow): CodeSearchScope => ({
    level: row.level,
    parentCode: row.parentId === null ? undefined : byId.get(row.parentId)?.code,
    perangkatDaerahId: row.perangkatDaerahId
  })
}

/**
 * Plan rows in AG Grid. The grid never changes its own data (readOnlyEdit): each edit is
 * sent to the API and the rows it affected are replaced by what the database returned.
 */
export function PlanGrid({ rows, perangkatDaerah, plan, selectedId, onSelect, onRowsSaved }: Props) {
  const notice = useNotice()
  const parents = useMemo(() => new Set(rows.flatMap((row) => (row.parentId === null ? [] : [row.parentId]))), [rows])
  const columnDefs = useMemo(
    () => planColumns({ plan, perangkatDaerah, parents, codeEditor: { scopeFor: scopeFor(rows) } }),
    [plan, perangkatDaerah, parents, rows]
  )
  const gridApi = useRef<GridApi<PlanRow>>(undefined)
  // A row chosen outside the grid (just added) becomes the grid's selected row too.
  useEffect(() => {
    const node = selectedId === undefined ? undefined : gridApi.current?.getRowNode(String(selectedId))
    if (node && !node.isSelected()) {
      node.setSelected(true, true)
      gridApi.current?.ensureNodeVisible(node)
    }
  }, [selectedId, rows])
  const pinnedBottomRowData = useMemo(() => [totalRow(rows, plan.targetYears)], [rows, plan.targetYears])

  const onCellEditRequest = async (event: CellEditRequestEvent<PlanRow>) => {
    const row = event.data
    if (!row) return
    const changes = changesForEdit(event.column.getColId(), event.newValue)
    if (!changes.ok) {
      notice.showError(changes.message)
      return
    }
    if (changes.value === null) return
    try {
      onRowsSaved(await call('updatePlanRow', { planRowId: row.id, changes: changes.value }))
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }

  return (
    <div className="grid-wrap" data-testid="program-grid">
      <AgGridReact<PlanRow>
        theme={gridTheme}
        localeText={gridLocaleText}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={{ resizable: true, sortable: false, filter: true }}
        getRowId={(params) => String(params.data.id)}
        onGridReady={(event) => {
          gridApi.current = event.api
        }}
        rowClassRules={{
          'row-program': (params) => params.data?.level === 'program' && !params.node.rowPinned,
          'row-kegiatan': (params) => params.data?.level === 'kegiatan',
          'row-flagged': (params) => params.data?.codeStatus.valid === false
        }}
        pinnedBottomRowData={pinnedBottomRowData}
        readOnlyEdit
        // Few columns; rendering them all keeps every cell reachable by keyboard and tests.
        suppressColumnVirtualisation
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onRowSelected={(event) => {
          if (event.node.isSelected()) onSelect(event.data?.id)
          else if (event.data?.id === selectedId) onSelect(undefined)
        }}
        onCellFocused={(event) => {
          if (event.rowPinned || event.rowIndex === null || event.rowIndex === undefined) return
          event.api.getDisplayedRowAtIndex(event.rowIndex)?.setSelected(true, true)
        }}
        onCellEditRequest={(event) => void onCellEditRequest(event)}
      />
    </div>
  )
}
