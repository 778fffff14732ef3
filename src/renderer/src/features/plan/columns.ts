import type { CellClassParams, ColDef, ColGroupDef, EditableCallbackParams } from 'ag-grid-community'
import type { PerangkatDaerah, PlanRow, PlanView } from '../../../../shared/domain'
import { formatRupiah } from '../../../../shared/money'
import { CodeCellEditor, type CodeEditorParams } from './CodeCellEditor'
import { CodeCell } from './CodeCell'

export const paguColumnId = (year: number) => `pagu${year}`

/** Pagu is typed on sub kegiatan, and on a program only while it has no kegiatan. */
export function paguEditable(row: PlanRow | undefined, parents: ReadonlySet<number>): boolean {
  if (!row) return false
  return row.level === 'sub_kegiatan' || (row.level === 'program' && !parents.has(row.id))
}

const notPinned = (params: EditableCallbackParams<PlanRow>) => !params.node.rowPinned

interface ColumnContext {
  plan: PlanView
  perangkatDaerah: PerangkatDaerah[]
  parents: ReadonlySet<number>
  codeEditor: CodeEditorParams
}

/** Columns of the plan grid: PD, code (searchable picker), text from the nomenclature, pagu per year. */
export function planColumns({ plan, perangkatDaerah, parents, codeEditor }: ColumnContext): Array<ColDef<PlanRow> | ColGroupDef<PlanRow>> {
  const pdNames = new Map(perangkatDaerah.map((pd) => [pd.id, pd.name]))
  const sasaranLabels = new Map(plan.misi.flatMap((misi) => misi.sasaran.map((s) => [s.id, s.label] as const)))
  const overridden = (flag: keyof PlanRow) => (params: CellClassParams<PlanRow>) => params.data?.[flag] === true
  return [
    {
      colId: 'perangkatDaerah',
      headerName: 'Perangkat Daerah',
      field: 'perangkatDaerahId',
      pinned: 'left',
      width: 170,
      editable: (params) => notPinned(params) && params.data?.level === 'program',
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: perangkatDaerah.map((pd) => pd.id) },
      valueFormatter: (params) => (params.node?.rowPinned ? 'TOTAL' : params.data?.level === 'program' ? (pdNames.get(params.value as number) ?? '') : ''),
      filterValueGetter: (params) => pdNames.get(params.data?.perangkatDaerahId ?? 0) ?? ''
    },
    {
      colId: 'code',
      headerName: 'Kode',
      field: 'code',
      pinned: 'left',
      width: 190,
      editable: notPinned,
      cellRenderer: CodeCell,
      cellEditor: CodeCellEditor,
      cellEditorParams: codeEditor,
      cellEditorPopup: true,
      cellEditorPopupPosition: 'under',
      // The picker's list uses these keys while it is open.
      suppressKeyboardEvent: (params) => params.editing && ['ArrowUp', 'ArrowDown', 'Enter', 'Tab'].includes(params.event.key)
    },
    {
      colId: 'name',
      headerName: 'Nama',
      field: 'name',
      width: 300,
      editable: notPinned,
      headerTooltip: 'Dari nomenklatur; isi untuk mengganti, kosongkan untuk kembali ke nomenklatur',
      cellClassRules: { 'cell-overridden': overridden('nameOverridden') }
    },
    {
      headerName: 'Pagu indikatif (Rp)',
      children: plan.targetYears.map(
        (year): ColDef<PlanRow> => ({
          colId: paguColumnId(year),
          headerName: String(year),
          width: 150,
          filter: false,
          type: 'rightAligned',
          editable: (params) => notPinned(params) && paguEditable(params.data, parents),
          cellEditor: 'agTextCellEditor',
          cellClassRules: { 'cell-rollup': (params) => !params.node.rowPinned && !paguEditable(params.data, parents) },
          valueGetter: (params) => (params.data && paguEditable(params.data, parents) ? (params.data.pagu[year] ?? 0) : (params.data?.total[year] ?? 0)),
          valueFormatter: (params) => formatRupiah(Number(params.value ?? 0))
        })
      )
    },
    {
      colId: 'sasaran',
      headerName: 'Sasaran',
      width: 110,
      valueGetter: (params) => (params.data?.sasaranIds ?? []).map((id) => sasaranLabels.get(id) ?? '?').join(', ')
    },
    { colId: 'indikator', headerName: 'Indikator (tolok ukur)', field: 'indikator', width: 260, editable: notPinned, cellClassRules: { 'cell-overridden': overridden('indikatorOverridden') } },
    { colId: 'satuan', headerName: 'Satuan', field: 'satuan', width: 100, editable: notPinned, cellClassRules: { 'cell-overridden': overridden('satuanOverridden') } },
    {
      colId: 'codeStatus',
      headerName: 'Keterangan kode',
      width: 320,
      valueGetter: (params) => (params.node?.rowPinned || params.data?.codeStatus.valid ? '' : (params.data?.codeStatus.reason ?? '')),
      cellClass: 'cell-flag-reason'
    }
  ]
}

/** The pinned TOTAL row: the programs' totals, so every rupiah is counted once. */
export function totalRow(rows: PlanRow[], years: number[]): PlanRow {
  const total: Record<number, number> = {}
  const programs = rows.filter((row) => row.level === 'program')
  for (const year of years) total[year] = programs.reduce((sum, row) => sum + (row.total[year] ?? 0), 0)
  return {
    id: 0,
    level: 'program',
    parentId: null,
    perangkatDaerahId: 0,
    code: '',
    name: `${programs.length} program`,
    nameOverridden: false,
    indikator: '',
    indikatorOverridden: false,
    satuan: '',
    satuanOverridden: false,
    pagu: total,
    total,
    sasaranIds: [],
    codeStatus: { valid: true }
  }
}
