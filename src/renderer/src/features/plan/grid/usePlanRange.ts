import type { GridApi, IRowNode } from 'ag-grid-community'
import { useCallback, useRef } from 'react'
import { formatCount } from '../../../../../shared/money'
import { useNotice } from '../../../components/Notice'
import { useRangeSelection, type EditKind as RangeKind, type GridCellEdit } from '../../../grid/range/useRangeSelection'
import type { CellPos } from '../../../grid/range/model/rangeModel'
import type { SkippedCell } from '../../../grid/range/model/pasteTargets'
import type { GridRow } from '../model/gridRows'
import type { ApplyEdits } from '../usePlanEdits'

interface Options {
  api: GridApi<GridRow> | undefined
  applyEdits: ApplyEdits
  onOverflow: (rows: number, block: string[][], start: CellPos) => void
}

function isEditable(api: GridApi<GridRow>, node: IRowNode<GridRow> | undefined, colId: string): boolean {
  const column = api.getColumn(colId)
  if (!node?.data || node.data.kind !== 'plan' || !column) return false
  return column.isCellEditable(node)
}

/** A row keeps its code: Delete and Ctrl+X empty the other cells of a range and leave codes as they are. */
export const CODE_KEPT = 'Kode wajib diisi dan tidak dikosongkan. Untuk membuang baris, pakai "Hapus baris terpilih".'

/** Said with a paste whose block had cells that fell where nothing can be typed: they are not lost silently. */
export function skippedNote(count: number): string | undefined {
  if (count === 0) return undefined
  return `${formatCount(count)} sel dari blok tidak ditempel: jatuh pada sel yang tidak dapat diubah (total kegiatan/program, baris perangkat daerah, kolom hitungan) atau di luar kolom terakhir.`
}

/** What the status bar shows while no range of two or more cells is selected. */
export const RANGE_HINT = 'Shift+panah atau Shift+klik memilih rentang · Ctrl+C salin · Ctrl+X potong · Ctrl+V tempel · Ctrl+D isi ke bawah · Delete hapus isi'

/** Excel-like ranges on the plan grid: every paste, fill, clear or cut is one batch of cell edits. */
export function usePlanRange({ api, applyEdits, onOverflow }: Options) {
  const notice = useNotice()
  const node = useCallback((rowIndex: number) => api?.getDisplayedRowAtIndex(rowIndex), [api])
  const onEdits = useCallback(
    async (edits: GridCellEdit[], kind: RangeKind, skipped: SkippedCell[]) => {
      const batch = edits.filter((edit) => /^\d+$/.test(edit.rowId)).map((edit) => ({ planRowId: Number(edit.rowId), field: edit.colId, text: edit.text }))
      const outcome = await applyEdits(kind, batch, skippedNote(skipped.length))
      // A refused batch: its first bad cell is brought into view (the message names its row, column and year).
      const first = outcome.saved ? undefined : outcome.refused[0]
      const rowNode = first && api?.getRowNode(String(first.planRowId))
      if (first && rowNode) {
        api?.ensureNodeVisible(rowNode)
        api?.ensureColumnVisible(first.field)
      }
    },
    [api, applyEdits]
  )
  const editable = (rowIndex: number, colId: string) => (api ? isEditable(api, node(rowIndex), colId) : false)
  const cellValue = (rowIndex: number, colId: string): unknown => {
    const rowNode = node(rowIndex)
    return api && rowNode ? api.getCellValue({ rowNode, colKey: colId }) : undefined
  }
  const selection = useRangeSelection({
    api: api as GridApi | undefined,
    columnOrder: () => api?.getAllDisplayedColumns().map((column) => column.getColId()) ?? [],
    editable,
    // A row keeps its code: Delete and Ctrl+X leave it (CODE_KEPT).
    clearable: (rowIndex, colId) => colId !== 'code' && editable(rowIndex, colId),
    onNothingCleared: () => notice.showError(CODE_KEPT),
    displayText: (rowIndex, colId) => {
      const rowNode = node(rowIndex)
      if (!api || !rowNode) return ''
      // Money goes out as plain digits: Excel in any locale and Selaras itself read them the same.
      const value: unknown = api.getCellValue({ rowNode, colKey: colId, useFormatter: !colId.startsWith('pagu:') })
      return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
    },
    // The status bar leaves PD headings out of its sum (their rows are summed already); a copy
    // gives their totals to the spreadsheet as numbers like any other.
    rawValue: (rowIndex, colId) => (node(rowIndex)?.data?.kind === 'plan' ? cellValue(rowIndex, colId) : undefined),
    copiedNumber: cellValue,
    onEdits,
    onOverflow
  })
  // The status bar shows statusText when it is not empty, so the hint comes from here.
  // A stable function (the grid calls it after each save), not the selection's method.
  const latest = useRef(selection)
  latest.current = selection
  const refreshStatus = useCallback(() => latest.current.refreshStatus(), [])
  return { ...selection, refreshStatus, statusText: selection.statusText || RANGE_HINT }
}
