import { call } from '../../api/client'
import { useLoad } from '../../useLoad'
import { GapLists } from './GapLists'
import { MisiBudgetChart } from './MisiBudgetChart'
import { MisiBudgetTable } from './MisiBudgetTable'

const loadView = () => call('getKeselarasan', {})

export function KeselarasanScreen() {
  const view = useLoad(loadView)
  if (view.error) return <p role="alert">{view.error}</p>
  if (!view.data) return <p aria-busy="true">Menghitung keselarasan…</p>
  return (
    <section className="keselarasan" aria-labelledby="keselarasan-title">
      <h1 id="keselarasan-title">Keselarasan Misi dan Anggaran</h1>
      <p className="muted">
        Pagu per misi adalah jumlah pagu baris rencana yang terkait dengan sasaran misi itu (kaitan pada program berlaku juga untuk kegiatan dan sub
        kegiatannya). Pagu yang melayani beberapa misi dihitung pada setiap misi (ditandai *), tetapi hanya sekali dalam total.
      </p>
      <MisiBudgetTable view={view.data} />
      <MisiBudgetChart view={view.data} />
      <GapLists view={view.data} />
    </section>
  )
}
