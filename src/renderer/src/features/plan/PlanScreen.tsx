import { flushSync } from 'react-dom'
import { useCallback, useRef, useState } from 'react'
import { listChoicesOf } from '../../../../shared/listCells'
import { formatCount } from '../../../../shared/money'
import { call } from '../../api/client'
import { useLoad, type Loaded } from '../../useLoad'
import { AddChildDialog } from './forms/AddChildDialog'
import { AddProgramForm } from './forms/AddProgramForm'
import { ColumnMenu } from './forms/ColumnMenu'
import { MisiTotalsStrip } from './panels/MisiTotalsStrip'
import { foldableKeys } from './model/gridRows'
import { PlanFilters } from './forms/PlanFilters'
import { PlanGrid } from './grid/PlanGrid'
import { PlanLoading, type PlanLoadStage } from './PlanLoading'
import { PlanStore } from './model/planStore'
import { SidePanel } from './panels/SidePanel'
import { usePlanWorkspace, type ScreenData } from './usePlanWorkspace'

/** A frame for the loading view to show its new step before the long task that follows. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)))

const loadAll = async (onStage: (stage: PlanLoadStage) => void): Promise<ScreenData> => {
  // The undo state comes with the plan, in the same round of reads: no edit waits for it.
  const [plan, perangkatDaerah, rows, lokasi, sumberDana, undoState] = await Promise.all([
    call('getRpjmd', {}),
    call('listPerangkatDaerah', {}),
    call('listPlanRows', {}),
    call('listLokasi', {}),
    call('listReferenceItems', { list: 'sumber_dana' }),
    call('getUndoState', {})
  ])
  // Drawn now and painted before the store is built (one long task at scale 10).
  flushSync(() => onStage({ step: 'build', rowCount: rows.length }))
  await nextPaint()
  return {
    plan,
    perangkatDaerah,
    store: new PlanStore(rows, plan),
    lokasiNames: new Map(lokasi.map((entry) => [entry.id, entry.name])),
    sumberDanaNames: new Map(sumberDana.map((item) => [item.id, item.code || item.name])),
    listChoices: listChoicesOf(lokasi, sumberDana),
    undoState
  }
}

export function PlanScreen() {
  const [stage, setStage] = useState<PlanLoadStage>({ step: 'read' })
  const load = useCallback(() => loadAll(setStage), [])
  const screen = useLoad(load)
  if (screen.error) return <p role="alert">{screen.error}</p>
  if (!screen.data) return <PlanLoading stage={stage} />
  return <PlanContent data={screen.data} setData={screen.setData} />
}

/** The plan screen's layout; its state and actions are usePlanWorkspace's. */
function PlanContent(props: { data: ScreenData; setData: Loaded<ScreenData>['setData'] }) {
  const sectionRef = useRef<HTMLElement>(null)
  const work = usePlanWorkspace(props, sectionRef)
  const { plan, perangkatDaerah, store, view, edits, selected } = work
  const flagged = store.flaggedCount
  const shown = formatCount(view.shownCount)
  return (
    <section className="program-screen" aria-labelledby="program-title" ref={sectionRef}>
      <h1 id="program-title">Program &amp; Anggaran</h1>
      <AddProgramForm perangkatDaerah={perangkatDaerah} onCreated={work.onRowCreated} />
      <PlanFilters plan={plan} perangkatDaerah={perangkatDaerah} filter={work.filter} onChange={work.setFilter} />
      <MisiTotalsStrip store={store} plan={plan} />
      <div className="toolbar">
        <span className="muted">
          {shown} dari {formatCount(store.size)} baris{flagged > 0 ? ` · ${formatCount(flagged)} kode ditandai` : ''}
          {view.filtered && (
            <span
              className="filter-totals-note"
              data-testid="filter-totals-note"
              title="Jumlah PD, program, kegiatan dan TOTAL dihitung dari baris yang tampil"
            >
              {' '}
              · Jumlah mengikuti saringan
            </span>
          )}
          <span className="toolbar-hint"> · F2 atau ketik untuk mengubah · Alt+→/← buka/tutup cabang</span>
        </span>
        <button type="button" onClick={() => work.setCollapsed(new Set())}>
          Buka semua
        </button>
        <button type="button" onClick={() => work.setCollapsed(new Set(foldableKeys(store.rows)))}>
          Tutup semua
        </button>
        <button type="button" disabled={!edits.undoState.undo} title={edits.undoState.undo ?? undefined} onClick={() => void edits.undo()}>
          Batalkan (Ctrl+Z)
        </button>
        <button type="button" disabled={!edits.undoState.redo} title={edits.undoState.redo ?? undefined} onClick={() => void edits.redo()}>
          Ulangi (Ctrl+Y)
        </button>
        <button type="button" disabled={!work.kegiatanParent} onClick={() => work.openAdd(work.kegiatanParent)}>
          Tambah kegiatan
        </button>
        <button type="button" disabled={!work.subKegiatanParent} onClick={() => work.openAdd(work.subKegiatanParent)}>
          Tambah sub kegiatan
        </button>
        <button type="button" disabled={!selected} onClick={() => void work.remove()}>
          Hapus baris terpilih
        </button>
        <ColumnMenu api={work.gridApi} />
      </div>
      <div className="program-layout">
        <PlanGrid
          gridRows={view.gridRows}
          store={store}
          total={view.total}
          totalLabel={view.filtered ? `${shown} baris tersaring` : `${shown} baris`}
          perangkatDaerah={perangkatDaerah}
          plan={plan}
          tree={work.tree}
          selectedId={work.selectedId}
          onSelect={work.selectRow}
          cellErrors={edits.cellErrors}
          applyEdits={work.applyEdits}
          focusRequest={work.focusRequest}
          onGridApi={work.setGridApi}
          onOverflow={(count, block, start) => void work.onOverflow(count, block, start)}
          lokasiNames={props.data.lokasiNames}
          sumberDanaNames={props.data.sumberDanaNames}
          listChoices={props.data.listChoices}
        />
        <SidePanel plan={plan} row={selected} store={store} changeLog={edits.undoState} onLinkSaved={edits.show} onPickRow={work.revealRow} />
      </div>
      {work.adding && <AddChildDialog parent={work.adding.parent} onCreated={work.onChildCreated} onClose={work.closeAdd} />}
    </section>
  )
}
