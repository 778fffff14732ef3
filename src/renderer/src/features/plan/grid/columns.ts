import type { CellClassParams, ColDef, ColGroupDef, EditableCallbackParams, ITooltipParams, SuppressKeyboardEventParams } from 'ag-grid-community'
import type { PerangkatDaerah, RpjmdView, TargetValue } from '../../../../../shared/domain'
import { formatDecimal, formatRupiah } from '../../../../../shared/money'
import { CodeCellEditor, type CodeEditorParams } from './CodeCellEditor'
import { CodeCell } from './CodeCell'
import type { GridRow } from '../model/gridRows'
import { paguYears } from '../model/planYears'
import { PlanTextEditor, type PlanEditorParams } from './PlanTextEditor'

/** Pagu is typed on sub kegiatan, and on a program only while it has no kegiatan. */
export function paguEditable(row: GridRow | undefined): boolean {
  if (!row || row.kind !== 'plan') return false
  return row.level === 'sub_kegiatan' || (row.level === 'program' && !row.hasChildren)
}

/**
 * Tab while editing saves and moves to the next cell without editing it, as in Excel. (AG Grid
 * would open the next cell's editor with its value, so typing would append to it.)
 */
function tabSavesAndMoves(params: SuppressKeyboardEventParams<GridRow>): boolean {
  if (!params.editing || params.event.key !== 'Tab' || params.event.type !== 'keydown') return false
  params.event.preventDefault()
  params.api.stopEditing()
  if (params.event.shiftKey) params.api.tabToPreviousCell()
  else params.api.tabToNextCell()
  return true
}

const isPlanRow = (params: EditableCallbackParams<GridRow>) => !params.node.rowPinned && params.data?.kind === 'plan'

export interface ColumnContext {
  plan: RpjmdView
  perangkatDaerah: PerangkatDaerah[]
  codeEditor: CodeEditorParams
  textEditor: PlanEditorParams
  /** rowKey|field -> why the last save refused the cell */
  cellErrors: { get: (key: string) => string | undefined; any: () => boolean }
  /**
   * Editable cells explain a refusal on hover. Only while a cell is refused: AG Grid gives every
   * cell of a column with a tooltip its own tooltip handler, about 50 ms per screen of rows drawn.
   */
  errorTooltips: boolean
  /** Non-blocking marks of a row (no sasaran, no pagu, a year without target). */
  warnings: { has: (planRowId: number) => boolean; texts: (planRowId: number) => string[] }
  inRange: (params: CellClassParams<GridRow>) => boolean
  lokasiNames: ReadonlyMap<number, string>
  sumberDanaNames: ReadonlyMap<number, string>
}

const showTarget = (value: TargetValue | undefined) => (value === undefined ? '' : typeof value === 'number' ? formatDecimal(value) : value)

/** Columns of the plan grid; each editable column's id is the field the batch API takes. */
export function planColumns({
  plan,
  perangkatDaerah,
  codeEditor,
  textEditor,
  cellErrors,
  errorTooltips,
  warnings,
  inRange,
  lokasiNames,
  sumberDanaNames
}: ColumnContext): Array<ColDef<GridRow> | ColGroupDef<GridRow>> {
  const pdNames = new Map(perangkatDaerah.map((pd) => [pd.id, pd.name]))
  const sasaranLabels = new Map(plan.misi.flatMap((misi) => misi.sasaran.map((s) => [s.id, s.label] as const)))
  const errorOf = (params: CellClassParams<GridRow> | ITooltipParams<GridRow>) =>
    cellErrors.any() && params.data && params.column
      ? cellErrors.get(`${params.data.key}|${'getColId' in params.column ? params.column.getColId() : ''}`)
      : undefined
  const classRules = (overrideFlag?: 'nameOverridden' | 'indikatorOverridden' | 'satuanOverridden') => ({
    'cell-error': (params: CellClassParams<GridRow>) => errorOf(params) !== undefined,
    'cell-in-range': inRange,
    ...(overrideFlag ? { 'cell-overridden': (params: CellClassParams<GridRow>) => params.data?.[overrideFlag] === true } : {})
  })
  const editableText = (params: EditableCallbackParams<GridRow>) => isPlanRow(params)
  const base = {
    ...(errorTooltips ? { tooltipValueGetter: (params: ITooltipParams<GridRow>) => errorOf(params) } : {}),
    cellEditor: PlanTextEditor,
    cellEditorParams: textEditor,
    suppressKeyboardEvent: tabSavesAndMoves
  }
  const lastYear = plan.period.lastYear + 1
  return [
    {
      ...base,
      colId: 'code',
      headerName: 'Kode',
      field: 'code',
      pinned: 'left',
      width: 210,
      editable: editableText,
      cellRenderer: CodeCell,
      // The fold button is not a click on the cell: the focus and the selected range stay where they are.
      cellRendererParams: {
        suppressMouseEventHandling: (params: { event: Event }) => params.event.target instanceof Element && params.event.target.closest('.fold') !== null
      },
      cellEditor: CodeCellEditor,
      cellEditorParams: codeEditor,
      cellEditorPopup: true,
      cellEditorPopupPosition: 'under',
      cellClassRules: classRules(),
      // The picker's list uses these keys while it is open.
      suppressKeyboardEvent: (params) => params.editing && ['ArrowUp', 'ArrowDown', 'Enter', 'Tab'].includes(params.event.key)
    },
    {
      ...base,
      colId: 'name',
      headerName: 'Nama',
      field: 'name',
      pinned: 'left',
      width: 300,
      editable: editableText,
      cellClassRules: {
        ...classRules('nameOverridden'),
        'cell-warning': (params) => params.data?.kind === 'plan' && !params.node.rowPinned && warnings.has(params.data.id)
      },
      // A refusal of the cell first; else the row's warnings, so the mark explains itself on hover.
      tooltipValueGetter: (params) =>
        errorOf(params) ??
        (params.data?.kind === 'plan' && !params.node?.rowPinned && warnings.has(params.data.id)
          ? `Peringatan: ${warnings.texts(params.data.id).join(' ')}`
          : undefined)
    },
    {
      colId: 'perangkatDaerah',
      headerName: 'Perangkat Daerah',
      width: 170,
      hide: true,
      valueGetter: (params) => (params.data && !params.node?.rowPinned ? (pdNames.get(params.data.perangkatDaerahId) ?? '') : '')
    },
    {
      headerName: 'Pagu indikatif (Rp)',
      children: paguYears(plan).map((year): ColDef<GridRow> => ({
        ...base,
        colId: `pagu:${year}`,
        headerName: year === lastYear ? `Prakiraan maju ${year}` : String(year),
        // Wide enough for a city's TOTAL in bold (Rp 1.100.000.000.000) without an ellipsis.
        width: year === lastYear ? 195 : 185,
        type: 'rightAligned',
        editable: (params) => isPlanRow(params) && paguEditable(params.data),
        cellClassRules: { ...classRules(), 'cell-rollup': (params) => !params.node.rowPinned && !paguEditable(params.data) },
        valueGetter: (params) => (params.data && paguEditable(params.data) ? (params.data.pagu[year] ?? 0) : (params.data?.total[year] ?? 0)),
        valueFormatter: (params) => formatRupiah(Number(params.value ?? 0))
      }))
    },
    {
      colId: 'sasaran',
      headerName: 'Sasaran',
      width: 110,
      cellClassRules: classRules(),
      valueGetter: (params) => (params.data?.sasaranIds ?? []).map((id) => sasaranLabels.get(id) ?? '?').join(', ')
    },
    {
      ...base,
      colId: 'lokasi',
      headerName: 'Lokasi',
      width: 170,
      editable: editableText,
      cellClassRules: classRules(),
      headerTooltip: 'Nama atau kode lokasi dari Data Induk, dipisah titik koma (mis. Moti; Pulau Hiri)',
      valueGetter: (params) => (params.data?.lokasiIds ?? []).map((id) => lokasiNames.get(id) ?? '?').join('; ')
    },
    {
      ...base,
      colId: 'sumberDana',
      headerName: 'Sumber dana',
      width: 140,
      editable: editableText,
      cellClassRules: classRules(),
      headerTooltip: 'Kode atau nama sumber dana dari Data Induk, dipisah titik koma (mis. PAD; DAU)',
      valueGetter: (params) => (params.data?.sumberDanaIds ?? []).map((id) => sumberDanaNames.get(id) ?? '?').join('; ')
    },
    {
      ...base,
      colId: 'indikator',
      headerName: 'Indikator (tolok ukur)',
      field: 'indikator',
      width: 260,
      editable: editableText,
      cellClassRules: classRules('indikatorOverridden')
    },
    { ...base, colId: 'satuan', headerName: 'Satuan', field: 'satuan', width: 100, editable: editableText, cellClassRules: classRules('satuanOverridden') },
    {
      headerName: 'Target',
      children: paguYears(plan).map((year): ColDef<GridRow> => ({
        ...base,
        colId: `target:${year}`,
        headerName: String(year),
        width: 100,
        type: 'rightAligned',
        editable: editableText,
        cellClassRules: classRules(),
        valueGetter: (params) => params.data?.targets[year],
        valueFormatter: (params) => showTarget(params.value as TargetValue | undefined)
      }))
    },
    {
      colId: 'codeStatus',
      headerName: 'Keterangan kode',
      width: 320,
      valueGetter: (params) => (params.node?.rowPinned || params.data?.codeStatus.valid ? '' : (params.data?.codeStatus.reason ?? '')),
      cellClass: 'cell-flag-reason',
      cellClassRules: classRules()
    }
  ]
}

export const TOTAL_ROW_KEY = 'total'

/** The pinned TOTAL row for the rows shown. */
export function totalRow(total: Record<number, number>, label: string): GridRow {
  return {
    key: TOTAL_ROW_KEY,
    kind: 'pd',
    depth: 0,
    hasChildren: false,
    id: 0,
    level: 'program',
    parentId: null,
    perangkatDaerahId: 0,
    code: 'TOTAL',
    name: label,
    nameOverridden: false,
    indikator: '',
    indikatorOverridden: false,
    satuan: '',
    satuanOverridden: false,
    pagu: total,
    total,
    targets: {},
    sasaranIds: [],
    lokasiIds: [],
    sumberDanaIds: [],
    codeStatus: { valid: true }
  }
}
