import { AgGridReact } from 'ag-grid-react'
import type { CellEditRequestEvent } from 'ag-grid-community'
import { useMemo } from 'react'
import type { PerangkatDaerah, PlanView, ProgramRow } from '../../../../shared/domain'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'
import { gridLocaleText, gridTheme } from '../../grid/setup'
import { programColumns, totalRow } from './columns'
import { changesForEdit } from './edits'

interface Props {
  programs: ProgramRow[]
  perangkatDaerah: PerangkatDaerah[]
  plan: PlanView
  selectedId: number | undefined
  onSelect(id: number | undefined): void
  onProgramSaved(program: ProgramRow): void
}

/**
 * Program rows in AG Grid. The grid never changes its own data (readOnlyEdit): each edit
 * is sent to the API and the row is replaced by what the database returned.
 */
export function ProgramGrid({ programs, perangkatDaerah, plan, selectedId, onSelect, onProgramSaved }: Props) {
  const notice = useNotice()
  const columnDefs = useMemo(() => programColumns(plan, perangkatDaerah), [plan, perangkatDaerah])
  const pinnedBottomRowData = useMemo(() => [totalRow(programs, plan.targetYears)], [programs, plan.targetYears])

  const onCellEditRequest = async (event: CellEditRequestEvent<ProgramRow>) => {
    const program = event.data
    if (!program) return
    const changes = changesForEdit(event.column.getColId(), event.newValue)
    if (!changes.ok) {
      notice.showError(changes.message)
      return
    }
    if (changes.value === null) return
    try {
      const saved = await call('updateProgram', { programId: program.id, changes: changes.value })
      onProgramSaved(saved)
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }

  return (
    <div className="grid-wrap" data-testid="program-grid">
      <AgGridReact<ProgramRow>
        theme={gridTheme}
        localeText={gridLocaleText}
        rowData={programs}
        columnDefs={columnDefs}
        defaultColDef={{ resizable: true, sortable: true, filter: true }}
        getRowId={(params) => String(params.data.id)}
        pinnedBottomRowData={pinnedBottomRowData}
        readOnlyEdit
        singleClickEdit={false}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onRowSelected={(event) => {
          if (event.node.isSelected()) onSelect(event.data?.id)
          else if (event.data?.id === selectedId) onSelect(undefined)
        }}
        onCellFocused={(event) => {
          if (event.rowPinned || event.rowIndex === null || event.rowIndex === undefined) return
          const node = event.api.getDisplayedRowAtIndex(event.rowIndex)
          node?.setSelected(true, true)
        }}
        onCellEditRequest={(event) => void onCellEditRequest(event)}
      />
    </div>
  )
}
