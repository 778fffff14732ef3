import type { GridApi } from 'ag-grid-community'
import { flushSync } from 'react-dom'
import { useCallback, useDeferredValue, useEffect, useMemo, useReducer, useRef, useState } from 'react'
import type { PerangkatDaerah, PlanRow, PlanView } from '../../../../shared/domain'
import type { SavedCellValue } from '../../../../shared/master'
import { isNewRowCellField } from '../../../../shared/cellFields'
import { formatCount } from '../../../../shared/money'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'
import { useLoad, type Loaded } from '../../useLoad'
import { AddChildDialog } from './AddChildDialog'
import { AddProgramForm } from './AddProgramForm'
import { ColumnMenu } from './ColumnMenu'
import { MisiTotalsStrip } from './MisiTotalsStrip'
import { foldableKeys, type GridRow, type PlanFilter } from './gridRows'
import { PlanFilters } from './PlanFilters'
import { PlanGrid, type FocusRequest } from './PlanGrid'
import { PlanLoading, type PlanLoadStage } from './PlanLoading'
import { expectedValues } from './expectedValues'
import { mergeRows } from './mergeRows'
import { PlanStore } from './planStore'
import { SidePanel } from './SidePanel'
import { useDeferredSelection } from './useDeferredSelection'
import { usePlanEdits, type CellEdits } from './usePlanEdits'
import { usePlanView } from './usePlanView'
import { unfoldAbove, useRevealRow } from './useRevealRow'

interface ScreenData {
  plan: PlanView
  perangkatDaerah: PerangkatDaerah[]
  store: PlanStore
  lokasiNames: ReadonlyMap<number, string>
  sumberDanaNames: ReadonlyMap<number, string>
}

/** A frame for the loading view to show its new step before the long task that follows. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)))

const loadAll = async (onStage: (stage: PlanLoadStage) => void): Promise<ScreenData> => {
  const [plan, perangkatDaerah, rows, lokasi, sumberDana] = await Promise.all([
    call('getPlan', {}),
    call('listPerangkatDaerah', {}),
    call('listPlanRows', {}),
    call('listLokasi', {}),
    call('listReferenceItems', { list: 'sumber_dana' })
  ])
  // Drawn now and painted before the store is built (~0,5 s at scale 10, one task).
  flushSync(() => onStage({ step: 'build', rowCount: rows.length }))
  await nextPaint()
  return {
    plan,
    perangkatDaerah,
    store: new PlanStore(rows, plan),
    lokasiNames: new Map(lokasi.map((entry) => [entry.id, entry.name])),
    sumberDanaNames: new Map(sumberDana.map((item) => [item.id, item.code || item.name]))
  }
}

const LEVEL_LABEL = { program: 'program', kegiatan: 'kegiatan', sub_kegiatan: 'sub kegiatan' } as const
const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable)

export function PlanScreen() {
  const [stage, setStage] = useState<PlanLoadStage>({ step: 'read' })
  const load = useCallback(() => loadAll(setStage), [])
  const screen = useLoad(load)
  if (screen.error) return <p role="alert">{screen.error}</p>
  if (!screen.data) return <PlanLoading stage={stage} />
  return <PlanContent data={screen.data} setData={screen.setData} />
}

function PlanContent({ data, setData }: { data: ScreenData; setData: Loaded<ScreenData>['setData'] }) {
  const notice = useNotice()
  const { plan, perangkatDaerah, store } = data
  /** The add dialog: the row it adds under, and the row (and cell) it was opened from, for the focus to return to. */
  const [adding, setAdding] = useState<{ parent: PlanRow; from: FocusRequest }>()
  const [focusRequest, setFocusRequest] = useState<FocusRequest>()
  const focusRow = useCallback((rowId: number, colId?: string) => setFocusRequest((current) => ({ rowId, colId, seq: (current?.seq ?? 0) + 1 })), [])
  const [filter, setFilter] = useState<PlanFilter>({})
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const [gridApi, setGridApi] = useState<GridApi<GridRow>>()
  const [historyVersion, bumpHistory] = useReducer((version: number) => version + 1, 0)
  // Values-only saves change the store in place; this re-renders what reads it.
  const [storeVersion, bumpStore] = useReducer((version: number) => version + 1, 0)
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
  /** Puts saved (or expected) rows and values on screen. */
  const showRows = useCallback(
    (saved: PlanRow[], removedIds: number[] = [], values?: SavedCellValue[]) => {
      if (saved.length === 0 && removedIds.length === 0 && !values?.length) return
      const current = latestStore.current
      const outcome = removedIds.length > 0 ? undefined : current.applySave({ rows: saved, values })
      if (outcome && !outcome.structural) {
        patch(outcome)
        // Drawn in this task: the totals beside the grid show with the next paint.
        flushSync(bumpStore)
        return
      }
      // Values for a row this screen does not have: the plan changed elsewhere.
      if (values) return void reloadRows()
      // Rows came, went or moved (a code or parent changed): the tree is laid out again.
      setStore(new PlanStore(mergeRows(current.rows, saved, removedIds), plan))
    },
    [patch, plan, reloadRows, setStore]
  )
  const replaceRows = useCallback(
    (saved: PlanRow[], removedIds?: number[], values?: SavedCellValue[]) => {
      bumpHistory()
      showRows(saved, removedIds, values)
    },
    [showRows]
  )
  const expectation = useMemo(
    () => ({
      predict: (cells: CellEdits) => expectedValues(cells, latestStore.current, plan.period),
      show: (values: SavedCellValue[]) => showRows([], [], values)
    }),
    [plan, showRows]
  )
  const edits = usePlanEdits(replaceRows, expectation)
  const { selectedId, setSelectedId, selectRow, applyEdits } = useDeferredSelection(edits.apply)
  const tell = useCallback((message: string) => notice.showError(message), [notice])
  const revealRow = useRevealRow({ store, isShown: view.isShown, setCollapsed, select: setSelectedId, tell })
  const { refreshUndoState } = edits
  const onRowCreated = useCallback(
    (row: PlanRow) => {
      // A row made with pagu changes the totals above it, which only a reload brings.
      const withPagu = Object.values(row.total).some((amount) => amount !== 0)
      if (withPagu) void reloadRows()
      else replaceRows([row])
      refreshUndoState()
      // Added under a folded branch (a kegiatan chosen in a folded program): its folds open.
      setCollapsed(unfoldAbove(latestStore.current, row))
      setSelectedId(row.id)
      // The grid takes the focus on the new row: the pagu typed next goes into it.
      focusRow(row.id)
    },
    [reloadRows, replaceRows, refreshUndoState, setSelectedId, focusRow]
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
  const { undo, redo } = edits
  const sectionRef = useRef<HTMLElement>(null)
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
  }, [undo, redo, gridApi])

  const rows = store.rows
  const selected = selectedId === undefined ? undefined : store.get(selectedId)
  const flagged = store.flaggedCount
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
    if (!window.confirm(`Hapus ${LEVEL_LABEL[selected.level]} ${selected.code} ${selected.name}${extra}?`)) return
    try {
      const result = await call('deletePlanRow', { planRowId: selected.id })
      setSelectedId(undefined)
      replaceRows(result.rows, result.removedIds)
      edits.refreshUndoState()
      notice.showInfo(`${selected.code} dihapus.`)
    } catch (error) {
      notice.showError(errorMessage(error))
    }
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
    try {
      const result = await call('createPlanRows', { parentId: parent.id, rows: newRows })
      replaceRows(result.rows)
      edits.refreshUndoState()
      notice.showInfo(`${result.description}.`)
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }

  return (
    <section className="program-screen" aria-labelledby="program-title" ref={sectionRef}>
      <h1 id="program-title">Program &amp; Anggaran</h1>
      <AddProgramForm perangkatDaerah={perangkatDaerah} onCreated={onRowCreated} />
      <PlanFilters plan={plan} perangkatDaerah={perangkatDaerah} filter={filter} onChange={setFilter} />
      <MisiTotalsStrip store={store} version={storeVersion} plan={plan} />
      <div className="toolbar">
        <span className="muted">
          {formatCount(view.shownCount)} dari {formatCount(store.size)} baris{flagged > 0 ? ` · ${formatCount(flagged)} kode ditandai` : ''}
          {view.filtered && (
            <span className="filter-totals-note" data-testid="filter-totals-note">
              {' '}
              · Jumlah PD, program, kegiatan dan TOTAL mengikuti saringan
            </span>
          )}
          <span className="toolbar-hint"> · F2 atau ketik untuk mengubah · Alt+→/← buka/tutup cabang</span>
        </span>
        <button type="button" onClick={() => setCollapsed(new Set())}>
          Buka semua
        </button>
        <button type="button" onClick={() => setCollapsed(new Set(foldableKeys(rows)))}>
          Tutup semua
        </button>
        <button type="button" disabled={!edits.undoState.undo} title={edits.undoState.undo ?? undefined} onClick={() => void undo()}>
          Batalkan (Ctrl+Z)
        </button>
        <button type="button" disabled={!edits.undoState.redo} title={edits.undoState.redo ?? undefined} onClick={() => void redo()}>
          Ulangi (Ctrl+Y)
        </button>
        <button type="button" disabled={!kegiatanParent} onClick={() => openAdd(kegiatanParent)}>
          Tambah kegiatan
        </button>
        <button type="button" disabled={!subKegiatanParent} onClick={() => openAdd(subKegiatanParent)}>
          Tambah sub kegiatan
        </button>
        <button type="button" disabled={!selected} onClick={() => void remove()}>
          Hapus baris terpilih
        </button>
        <ColumnMenu api={gridApi} />
      </div>
      <div className="program-layout">
        <PlanGrid
          gridRows={view.gridRows}
          store={store}
          storeVersion={storeVersion}
          total={view.total}
          totalLabel={view.filtered ? `${formatCount(view.shownCount)} baris tersaring` : `${formatCount(view.shownCount)} baris`}
          perangkatDaerah={perangkatDaerah}
          plan={plan}
          tree={tree}
          selectedId={selectedId}
          onSelect={selectRow}
          cellErrors={edits.cellErrors}
          applyEdits={applyEdits}
          focusRequest={focusRequest}
          onGridApi={setGridApi}
          onOverflow={(count, block, start) => void onOverflow(count, block, start)}
          lokasiNames={data.lokasiNames}
          sumberDanaNames={data.sumberDanaNames}
        />
        <SidePanel
          plan={plan}
          row={selected}
          store={store}
          storeVersion={storeVersion}
          historyVersion={historyVersion}
          onRowSaved={(row) => replaceRows([row])}
          onPickRow={revealRow}
        />
      </div>
      {adding && (
        <AddChildDialog
          parent={adding.parent}
          onCreated={(row) => {
            setAdding(undefined)
            onRowCreated(row)
          }}
          onClose={closeAdd}
        />
      )}
    </section>
  )
}
