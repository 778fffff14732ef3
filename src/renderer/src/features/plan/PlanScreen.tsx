import type { GridApi } from 'ag-grid-community'
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'
import type { PerangkatDaerah, PlanRow, PlanView } from '../../../../shared/domain'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'
import { useLoad } from '../../useLoad'
import { AddChildDialog } from './AddChildDialog'
import { AddProgramForm } from './AddProgramForm'
import { ColumnMenu } from './ColumnMenu'
import { MisiTotalsStrip } from './MisiTotalsStrip'
import { paguYears } from './columns'
import { buildGridRows, filterRows, foldableKeys, visibleTotal, type GridRow, type PlanFilter } from './gridRows'
import { PlanFilters } from './PlanFilters'
import { PlanGrid } from './PlanGrid'
import { SidePanel } from './SidePanel'
import { usePlanEdits } from './usePlanEdits'
import { planWarnings } from './warnings'

interface ScreenData {
  plan: PlanView
  perangkatDaerah: PerangkatDaerah[]
  rows: PlanRow[]
  lokasiNames: ReadonlyMap<number, string>
  sumberDanaNames: ReadonlyMap<number, string>
}

const loadAll = async (): Promise<ScreenData> => {
  const [plan, perangkatDaerah, rows, lokasi, sumberDana] = await Promise.all([
    call('getPlan', {}),
    call('listPerangkatDaerah', {}),
    call('listPlanRows', {}),
    call('listLokasi', {}),
    call('listReferenceItems', { list: 'sumber_dana' })
  ])
  return {
    plan,
    perangkatDaerah,
    rows,
    lokasiNames: new Map(lokasi.map((entry) => [entry.id, entry.name])),
    sumberDanaNames: new Map(sumberDana.map((item) => [item.id, item.code || item.name]))
  }
}

const LEVEL_LABEL = { program: 'program', kegiatan: 'kegiatan', sub_kegiatan: 'sub kegiatan' } as const
const isTextField = (target: EventTarget | null) => target instanceof HTMLElement && (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable)

export function PlanScreen() {
  const screen = useLoad(loadAll)
  const notice = useNotice()
  const [selectedId, setSelectedId] = useState<number>()
  const [addingUnder, setAddingUnder] = useState<PlanRow>()
  const [filter, setFilter] = useState<PlanFilter>({})
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const [gridApi, setGridApi] = useState<GridApi<GridRow>>()
  const [historyVersion, setHistoryVersion] = useState(0)

  const replaceRows = useCallback(
    (saved: PlanRow[]) => {
      setHistoryVersion((version) => version + 1)
      if (!screen.data || saved.length === 0) return
      const byId = new Map(saved.map((row) => [row.id, row]))
      screen.setData({ ...screen.data, rows: screen.data.rows.map((row) => byId.get(row.id) ?? row) })
    },
    [screen]
  )
  const reloadRows = useCallback(async () => {
    if (screen.data) screen.setData({ ...screen.data, rows: await call('listPlanRows', {}) })
  }, [screen])
  const edits = usePlanEdits(replaceRows, reloadRows)

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
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTextField(event.target) || (gridApi?.getEditingCells().length ?? 0) > 0) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) void undo()
      else if (key === 'y' || (key === 'z' && event.shiftKey)) void redo()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo, gridApi])

  // The grid, its totals and the warnings follow a moment later than the misi strip: an
  // edit's effect on the misi totals shows at once, the 30.000-row work comes next.
  const deferredData = useDeferredValue(screen.data)
  const view = useMemo(() => {
    if (!deferredData) return undefined
    const { plan, perangkatDaerah, rows } = deferredData
    const years = paguYears(plan)
    const shown = filterRows(rows, filter, plan)
    return {
      gridRows: buildGridRows(shown, perangkatDaerah, collapsed, years),
      total: visibleTotal(shown, years),
      shownCount: shown.length,
      warnings: planWarnings(rows, plan.targetYears)
    }
  }, [deferredData, filter, collapsed])

  if (screen.error) return <p role="alert">{screen.error}</p>
  if (!screen.data || !view) return <p aria-busy="true">Memuat rencana…</p>
  const { plan, perangkatDaerah, rows } = screen.data
  const selected = rows.find((row) => row.id === selectedId)
  const flagged = rows.filter((row) => !row.codeStatus.valid).length

  const remove = async () => {
    if (!selected) return
    const below = rows.filter((row) => row.parentId === selected.id).length
    const extra = below > 0 ? ` beserta ${below} baris di bawahnya` : ''
    if (!window.confirm(`Hapus ${LEVEL_LABEL[selected.level]} ${selected.code} ${selected.name}${extra}?`)) return
    try {
      await call('deletePlanRow', { planRowId: selected.id })
      setSelectedId(undefined)
      await reloadRows()
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
    const parent = last && last.parentId !== null ? rows.find((row) => row.id === last.parentId) : undefined
    if (start.colId !== 'code' || last?.level !== 'sub_kegiatan' || !parent || !gridApi) {
      notice.showError(`${count} baris tempelan melewati baris terakhir dan tidak disimpan. Untuk menambah baris, tempel mulai dari kolom Kode di bawah sebuah sub kegiatan.`)
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
        .filter((cell) => cell.field && /^(name|indikator|satuan|lokasi|sumberDana|(pagu|target):\d{4})$/.test(cell.field))
    }))
    try {
      const result = await call('createPlanRows', { parentId: parent.id, rows: newRows })
      await reloadRows()
      edits.refreshUndoState()
      notice.showInfo(`${result.description}.`)
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }

  const afterCreate = async (row: PlanRow) => {
    await reloadRows()
    edits.refreshUndoState()
    setSelectedId(row.id)
  }

  return (
    <section className="program-screen" aria-labelledby="program-title">
      <h1 id="program-title">Program &amp; Anggaran</h1>
      <AddProgramForm perangkatDaerah={perangkatDaerah} onCreated={(row) => void afterCreate(row)} />
      <PlanFilters plan={plan} perangkatDaerah={perangkatDaerah} filter={filter} onChange={setFilter} />
      <MisiTotalsStrip rows={rows} plan={plan} />
      <div className="toolbar">
        <span className="muted">
          {view.shownCount} dari {rows.length} baris{flagged > 0 ? ` · ${flagged} kode ditandai` : ''} · F2 atau ketik untuk mengubah · Alt+→/← buka/tutup cabang
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
        <button type="button" disabled={selected?.level !== 'program'} onClick={() => setAddingUnder(selected)}>
          Tambah kegiatan
        </button>
        <button type="button" disabled={selected?.level !== 'kegiatan'} onClick={() => setAddingUnder(selected)}>
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
          allRows={rows}
          total={view.total}
          totalLabel={`${view.shownCount} baris`}
          perangkatDaerah={perangkatDaerah}
          plan={plan}
          tree={tree}
          selectedId={selectedId}
          onSelect={setSelectedId}
          cellErrors={edits.cellErrors}
          applyEdits={edits.apply}
          onGridApi={setGridApi}
          onOverflow={(count, block, start) => void onOverflow(count, block, start)}
          lokasiNames={screen.data.lokasiNames}
          sumberDanaNames={screen.data.sumberDanaNames}
        />
        <SidePanel plan={plan} row={selected} warnings={view.warnings} historyVersion={historyVersion} onRowSaved={(row) => replaceRows([row])} onPickRow={setSelectedId} />
      </div>
      {addingUnder && <AddChildDialog parent={addingUnder} onCreated={(row) => void afterCreate(row)} onClose={() => setAddingUnder(undefined)} />}
    </section>
  )
}
