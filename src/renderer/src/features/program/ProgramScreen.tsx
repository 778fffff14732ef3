import { useCallback, useState } from 'react'
import type { PerangkatDaerah, PlanView, ProgramRow } from '../../../../shared/domain'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'
import { useLoad } from '../../useLoad'
import { AddProgramForm } from './AddProgramForm'
import { ProgramGrid } from './ProgramGrid'
import { SasaranLinkPanel } from './SasaranLinkPanel'

interface ScreenData {
  plan: PlanView
  perangkatDaerah: PerangkatDaerah[]
  programs: ProgramRow[]
}

const loadAll = async (): Promise<ScreenData> => {
  const [plan, perangkatDaerah, programs] = await Promise.all([
    call('getPlan', {}),
    call('listPerangkatDaerah', {}),
    call('listPrograms', {})
  ])
  return { plan, perangkatDaerah, programs }
}

export function ProgramScreen() {
  const screen = useLoad(loadAll)
  const notice = useNotice()
  const [selectedId, setSelectedId] = useState<number>()

  const setPrograms = useCallback(
    (update: (programs: ProgramRow[]) => ProgramRow[]) => {
      if (screen.data) screen.setData({ ...screen.data, programs: update(screen.data.programs) })
    },
    [screen]
  )
  const replaceProgram = useCallback(
    (program: ProgramRow) => setPrograms((programs) => programs.map((row) => (row.id === program.id ? program : row))),
    [setPrograms]
  )

  if (screen.error) return <p role="alert">{screen.error}</p>
  if (!screen.data) return <p aria-busy="true">Memuat program…</p>
  const { plan, perangkatDaerah, programs } = screen.data
  const selected = programs.find((program) => program.id === selectedId)

  const remove = async () => {
    if (!selected || !window.confirm(`Hapus program ${selected.code} ${selected.name}?`)) return
    try {
      await call('deleteProgram', { programId: selected.id })
      setPrograms((rows) => rows.filter((row) => row.id !== selected.id))
      setSelectedId(undefined)
      notice.showInfo(`Program ${selected.code} dihapus.`)
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }

  return (
    <section className="program-screen" aria-labelledby="program-title">
      <h1 id="program-title">Program &amp; Anggaran</h1>
      <AddProgramForm
        perangkatDaerah={perangkatDaerah}
        onCreated={(program) => {
          setPrograms((rows) => [...rows, program])
          setSelectedId(program.id)
        }}
      />
      <div className="toolbar">
        <span className="muted">
          {programs.length} program · ketik atau F2 untuk mengubah sel, Enter untuk menyimpan, Esc untuk batal
        </span>
        <button type="button" disabled={!selected} onClick={() => void remove()}>
          Hapus program terpilih
        </button>
      </div>
      <div className="program-layout">
        <ProgramGrid
          programs={programs}
          perangkatDaerah={perangkatDaerah}
          plan={plan}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onProgramSaved={replaceProgram}
        />
        <SasaranLinkPanel plan={plan} program={selected} onProgramSaved={replaceProgram} />
      </div>
    </section>
  )
}
