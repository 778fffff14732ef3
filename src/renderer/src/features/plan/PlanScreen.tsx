import { useCallback, useState } from 'react'
import type { PerangkatDaerah, PlanRow, PlanView } from '../../../../shared/domain'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'
import { useLoad } from '../../useLoad'
import { AddChildDialog } from './AddChildDialog'
import { AddProgramForm } from './AddProgramForm'
import { PlanGrid } from './PlanGrid'
import { SasaranLinkPanel } from './SasaranLinkPanel'

interface ScreenData {
  plan: PlanView
  perangkatDaerah: PerangkatDaerah[]
  rows: PlanRow[]
}

const loadAll = async (): Promise<ScreenData> => {
  const [plan, perangkatDaerah, rows] = await Promise.all([call('getPlan', {}), call('listPerangkatDaerah', {}), call('listPlanRows', {})])
  return { plan, perangkatDaerah, rows }
}

const LEVEL_LABEL = { program: 'program', kegiatan: 'kegiatan', sub_kegiatan: 'sub kegiatan' } as const

export function PlanScreen() {
  const screen = useLoad(loadAll)
  const notice = useNotice()
  const [selectedId, setSelectedId] = useState<number>()
  const [addingUnder, setAddingUnder] = useState<PlanRow>()

  const reloadRows = useCallback(async () => {
    if (!screen.data) return
    screen.setData({ ...screen.data, rows: await call('listPlanRows', {}) })
  }, [screen])
  const replaceRows = useCallback(
    (saved: PlanRow[]) => {
      if (!screen.data) return
      const byId = new Map(saved.map((row) => [row.id, row]))
      screen.setData({ ...screen.data, rows: screen.data.rows.map((row) => byId.get(row.id) ?? row) })
    },
    [screen]
  )

  if (screen.error) return <p role="alert">{screen.error}</p>
  if (!screen.data) return <p aria-busy="true">Memuat rencana…</p>
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
      notice.showInfo(`${selected.code} dihapus.`)
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }

  const afterCreate = async (row: PlanRow) => {
    await reloadRows()
    setSelectedId(row.id)
  }

  return (
    <section className="program-screen" aria-labelledby="program-title">
      <h1 id="program-title">Program &amp; Anggaran</h1>
      <AddProgramForm perangkatDaerah={perangkatDaerah} onCreated={(row) => void afterCreate(row)} />
      <div className="toolbar">
        <span className="muted">
          {rows.length} baris{flagged > 0 ? ` · ${flagged} kode ditandai` : ''} · ketik atau F2 untuk mengubah sel, Enter untuk menyimpan, Esc untuk batal
        </span>
        <button type="button" disabled={selected?.level !== 'program'} onClick={() => setAddingUnder(selected)}>
          Tambah kegiatan
        </button>
        <button type="button" disabled={selected?.level !== 'kegiatan'} onClick={() => setAddingUnder(selected)}>
          Tambah sub kegiatan
        </button>
        <button type="button" disabled={!selected} onClick={() => void remove()}>
          Hapus baris terpilih
        </button>
      </div>
      <div className="program-layout">
        <PlanGrid rows={rows} perangkatDaerah={perangkatDaerah} plan={plan} selectedId={selectedId} onSelect={setSelectedId} onRowsSaved={replaceRows} />
        <SasaranLinkPanel plan={plan} row={selected} onRowSaved={(row) => replaceRows([row])} />
      </div>
      {addingUnder && <AddChildDialog parent={addingUnder} onCreated={(row) => void afterCreate(row)} onClose={() => setAddingUnder(undefined)} />}
    </section>
  )
}
