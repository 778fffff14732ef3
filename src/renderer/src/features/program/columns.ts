import type { ColDef, ColGroupDef, EditableCallbackParams } from 'ag-grid-community'
import type { PerangkatDaerah, PlanView, ProgramRow } from '../../../../shared/domain'
import { formatRupiah } from '../../../../shared/money'

export const paguColumnId = (year: number) => `pagu${year}`

const notPinned = (params: EditableCallbackParams<ProgramRow>) => !params.node.rowPinned

/** Columns of the program grid; pagu cells show id-ID numbers and are edited as text. */
export function programColumns(
  plan: PlanView,
  perangkatDaerah: PerangkatDaerah[]
): Array<ColDef<ProgramRow> | ColGroupDef<ProgramRow>> {
  const pdNames = new Map(perangkatDaerah.map((pd) => [pd.id, pd.name]))
  const sasaranLabels = new Map(plan.misi.flatMap((misi) => misi.sasaran.map((s) => [s.id, s.label] as const)))
  return [
    {
      colId: 'perangkatDaerah',
      headerName: 'Perangkat Daerah',
      field: 'perangkatDaerahId',
      pinned: 'left',
      width: 190,
      editable: notPinned,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: perangkatDaerah.map((pd) => pd.id) },
      valueFormatter: (params) => (params.node?.rowPinned ? 'TOTAL' : (pdNames.get(params.value as number) ?? '')),
      filterValueGetter: (params) => pdNames.get(params.data?.perangkatDaerahId ?? 0) ?? ''
    },
    { colId: 'code', headerName: 'Kode', field: 'code', pinned: 'left', width: 95, editable: notPinned },
    { colId: 'name', headerName: 'Nama Program', field: 'name', width: 260, editable: notPinned },
    {
      headerName: 'Pagu indikatif (Rp)',
      children: plan.targetYears.map(
        (year): ColDef<ProgramRow> => ({
          colId: paguColumnId(year),
          headerName: String(year),
          width: 150,
          filter: false,
          type: 'rightAligned',
          editable: notPinned,
          cellEditor: 'agTextCellEditor',
          valueGetter: (params) => params.data?.pagu[year] ?? 0,
          valueFormatter: (params) => formatRupiah(Number(params.value ?? 0))
        })
      )
    },
    {
      colId: 'sasaran',
      headerName: 'Sasaran',
      width: 130,
      valueGetter: (params) =>
        (params.data?.sasaranIds ?? []).map((id) => sasaranLabels.get(id) ?? '?').join(', ')
    }
  ]
}

/** The pinned TOTAL row: every year's pagu summed over the rows shown. */
export function totalRow(programs: ProgramRow[], years: number[]): ProgramRow {
  const pagu: Record<number, number> = {}
  for (const year of years) pagu[year] = programs.reduce((sum, program) => sum + (program.pagu[year] ?? 0), 0)
  return { id: 0, perangkatDaerahId: 0, code: '', name: `${programs.length} program`, pagu, sasaranIds: [] }
}
