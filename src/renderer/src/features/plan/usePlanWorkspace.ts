import type { GridApi } from 'ag-grid-community'
import { flushSync } from 'react-dom'
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { isNewRowCellField } from '../../../../shared/cellFields'
import { LEVEL_LABEL, type PerangkatDaerah, type PlanRow, type RpjmdView } from '../../../../shared/domain'
import type { ListCellChoices } from '../../../../shared/listCells'
import { call } from '../../api/client'
import { useNotice } from '../../components/Notice'
import type { Loaded } from '../../useLoad'
import { expectedValues } from './model/expectedValues'
import type { GridRow, PlanFilter } from './model/gridRows'
import { mergeRows } from './model/mergeRows'
import type { FocusRequest } from './grid/PlanGrid'
import { PlanStore, type SavedRows } from './model/planStore'
import { useDeferredSelection } from './grid/useDeferredSelection'
import { usePlanEdits, type CellEdits } from './usePlanEdits'
import { usePlanView } from './grid/usePlanView'
import { useStoreVersion } from './useStoreVersion'
import { unfoldAbove, useRevealRow } from './grid/useRevealRow'
import type { RowResult, SavedCellValue } from '../../../../shared/edits'
import type { UndoState, WithUndoState } from '../../../../shared/changeLog'

/** What the plan screen loads before it shows anything. */
export interface ScreenData {
  plan: RpjmdView
  perangkatDaerah: PerangkatDaerah[]
  store: PlanStore
  lokasiNames: ReadonlyMap<number, string>
  sumberDanaNames: ReadonlyMap<number, string>
  /** What a lokasi or sumber dana cell may name (the shared rule checks a typed list with it). */
  listChoices: ListCellChoices
  /** What undo and redo would do, read with the plan; every step's reply brings it after that. */
  undoState: UndoState
}

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable)

/**
 * The plan screen's state and actions, for PlanScreen to lay out: the store of rows and totals,
 * what the grid shows (filter, folds), the selection and the focus, the edit loop (usePlanEdits)
 * and the row actions (add, delete, a paste past the last row, undo and redo by key).
 */
export function usePlanWorkspace({ data, setData }: { data: ScreenData; setData: Loaded<ScreenData>['setData'] }, sectionRef: RefObject<HTMLElement | null>) {
  const notice = useNotice()
  const { plan, perangkatDaerah, store } = data
  /** The add dialog: the row it adds under, and the row (and cell) it was opened from, for the focus to return to. */
  const [adding, setAdding] = useState<{ parent: PlanRow; from: FocusRequest }>()
  const [focusRequest, setFocusRequest] = useState<FocusRequest>()
  const focusRow = useCallback((rowId: number, colId?: string) => setFocusRequest((current) => ({ rowId, colId, seq: (current?.seq ?? 0) + 1 })), [])
  const [filter, setFilter] = useState<PlanFilter>({})
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const [gridApi, setGridApi] = useState<GridApi<GridRow>>()
  // The status line and the layout read the store: drawn again after a save taken in place.
  useStoreVersion(store)
  // The filter fields show each keystroke at once; the tree is laid out for the latest text
  // when the screen is free (at scale 10 one layout takes ~150 ms, so a typed word makes one or two, not one per key).
  const shownFilter = useDeferredValue(filter)
  const view = usePlanView({ store, plan, perangkatDaerah, filter: shownFilter, collapsed, gridApi })

  // The newest store, also between a save that replaced it and the render that shows it:
  // replies landing in that gap (a second undo, a slow paste) apply to it, not to the store
  // of the render in which they were sent.
  const latestStore = useRef(store)
  const setStore = useCallback(
    (next: PlanStore) => {
      latestStore.current = next
      setData((current) => current && { ...current, store: next })
    },
    [setData]
  )
  const reloadRows = useCallback(async () => {
    setStore(new PlanStore(await call('listPlanRows', {}), plan))
  }, [plan, setStore])
  const { patch } = view
  /**
   * Puts saved (or expected) rows, values and totals on screen: drawn in this task, or with
   * `drawNow` false in the render of the caller's own flushSync (a batch's notice).
   */
  const showRows = useCallback(
    (saved: SavedRows & { removedIds?: number[] }, drawNow = true) => {
      const { rows, removedIds = [], values, totals } = saved
      if (rows.length === 0 && removedIds.length === 0 && !values?.length && !totals?.length) return
      const current = latestStore.current
      // Drawn in this task: what reads the store (the totals beside the grid) shows with the next paint.
      const take = () => {
        const taken = current.applySave({ rows, values, totals })
        if (!taken.structural) patch(taken)
        return taken
      }
      const outcome = removedIds.length > 0 ? undefined : drawNow ? flushSync(take) : take()
      if (outcome && !outcome.structural) return
      // Values or totals for a row this screen does not have: the plan changed elsewhere.
      if (values || totals) return void reloadRows()
      // Rows came, went or moved (a code or parent changed): the tree is laid out again.
      setStore(new PlanStore(mergeRows(current.rows, rows, removedIds), plan))
    },
    [patch, plan, reloadRows, setStore]
  )
  const expectation = useMemo(
    () => ({
      predict: (cells: CellEdits) => expectedValues(cells, latestStore.current, plan.period),
      show: (values: SavedCellValue[]) => showRows({ rows: [], values })
    }),
    [plan, showRows]
  )
  const edits = usePlanEdits(showRows, data.undoState, expectation)
  const { selectedId, setSelectedId, selectRow, applyEdits } = useDeferredSelection(edits.apply)
  const tell = useCallback((message: string) => notice.showError(message), [notice])
  const revealRow = useRevealRow({ store, isShown: view.isShown, setCollapsed, select: setSelectedId, tell })
  const { show } = edits
  const onRowCreated = useCallback(
    (reply: RowResult & WithUndoState) => {
      // The new row with the rows above it (their totals), and what is left to undo.
      show(reply)
      const { row } = reply
      // Added under a folded branch (a kegiatan chosen in a folded program): its folds open.
      setCollapsed(unfoldAbove(latestStore.current, row))
      setSelectedId(row.id)
      // The grid takes the focus on the new row: the pagu typed next goes into it.
      focusRow(row.id)
    },
    [show, setSelectedId, focusRow]
  )

  const tree = useMemo(
    () => ({
      isCollapsed: (key: string) => collapsed.has(key),
      toggle: (key: string) =>
        setCollapsed((current) => {
          const next = new Set(current)
          if (next.has(key)) next.delete(key)
          else next.add(key)
          return next
        })
    }),
    [collapsed]
  )

  // Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) undo and redo whole steps, outside text fields.
  const { undo, redo, commit } = edits
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTextField(event.target) || (gridApi?.getEditingCells().length ?? 0) > 0) return
      // The screen stays mounted while another one is shown: its keys are not theirs.
      if (sectionRef.current?.closest('[hidden]')) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) void undo()
      else if (key === 'y' || (key === 'z' && event.shiftKey)) void redo()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo, gridApi, sectionRef])

  const rows = store.rows
  const selected = selectedId === undefined ? undefined : store.get(selectedId)
  const parentOf = (row: PlanRow | undefined) => (row?.parentId === null || row === undefined ? undefined : store.get(row.parentId))
  // A sibling is added under the same parent: a kegiatan beside a kegiatan, a sub kegiatan beside a sub kegiatan.
  const kegiatanParent = selected?.level === 'program' ? selected : selected?.level === 'kegiatan' ? parentOf(selected) : undefined
  const subKegiatanParent = selected?.level === 'kegiatan' ? selected : selected?.level === 'sub_kegiatan' ? parentOf(selected) : undefined
  const openAdd = (parent: PlanRow | undefined) => {
    if (!parent || !selected) return
    const focused = gridApi?.getFocusedCell()
    const focusedRowId = focused ? gridApi?.getDisplayedRowAtIndex(focused.rowIndex)?.data?.id : undefined
    const colId = focusedRowId === selected.id ? focused?.column.getColId() : undefined
    setAdding({ parent, from: { rowId: selected.id, colId, seq: 0 } })
  }
  const closeAdd = () => {
    if (adding) focusRow(adding.from.rowId, adding.from.colId)
    setAdding(undefined)
  }

  const remove = async () => {
    if (!selected) return
    // Everything below goes too (kegiatan and their sub kegiatan): rows come in tree order.
    const start = rows.indexOf(selected)
    const depth = (row: PlanRow) => (row.parentId === null ? 0 : row.level === 'kegiatan' ? 1 : 2)
    let end = start + 1
    while (end < rows.length && depth(rows[end]) > depth(selected)) end += 1
    const below = end - start - 1
    const extra = below > 0 ? ` beserta ${below} baris di bawahnya` : ''
    if (!window.confirm(`Hapus ${[LEVEL_LABEL[selected.level], selected.code, selected.name.trim()].filter(Boolean).join(' ')}${extra}?`)) return
    const reply = await commit(
      () => call('deletePlanRow', { planRowId: selected.id }),
      'Menghapus…',
      () => `${selected.code} dihapus.`
    )
    if (reply) setSelectedId(undefined)
  }

  // A paste past the last row: rows are added only when the block starts at the code column
  // under a sub kegiatan, so each new row has its code.
  const onOverflow = async (count: number, block: string[][], start: { colId: string }) => {
    const last = [...view.gridRows].reverse().find((row) => row.kind === 'plan')
    const parent = last && last.parentId !== null ? store.get(last.parentId) : undefined
    if (start.colId !== 'code' || last?.level !== 'sub_kegiatan' || !parent || !gridApi) {
      notice.showError(
        `${count} baris tempelan melewati baris terakhir dan tidak disimpan. Untuk menambah baris, tempel mulai dari kolom Kode di bawah sebuah sub kegiatan.`
      )
      return
    }
    if (!window.confirm(`Tempelan melewati baris terakhir. Tambahkan ${count} sub kegiatan baru di bawah kegiatan ${parent.code}?`)) return
    const columns = gridApi.getAllDisplayedColumns().map((column) => column.getColId())
    const first = columns.indexOf('code')
    const fields = columns.slice(first + 1)
    const newRows = block.slice(block.length - count).map((cells) => ({
      code: (cells[0] ?? '').trim(),
      cells: cells
        .slice(1)
        .map((text, index) => ({ field: fields[index], text }))
        .filter((cell) => cell.field !== undefined && isNewRowCellField(cell.field))
    }))
    await commit(
      () => call('createPlanRows', { parentId: parent.id, rows: newRows }),
      `Menambah ${count} baris…`,
      (reply) => `${reply.description}.`
    )
  }

  return {
    plan,
    perangkatDaerah,
    store,
    view,
    edits,
    filter,
    setFilter,
    collapsed,
    setCollapsed,
    tree,
    gridApi,
    setGridApi,
    selected,
    selectedId,
    selectRow,
    applyEdits,
    focusRequest,
    revealRow,
    onRowCreated,
    kegiatanParent,
    subKegiatanParent,
    adding,
    openAdd,
    closeAdd,
    onChildCreated: (reply: RowResult & WithUndoState) => {
      setAdding(undefined)
      onRowCreated(reply)
    },
    remove,
    showRows,
    onOverflow
  }
}
