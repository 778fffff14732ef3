import { useState } from 'react'
import { call } from '../../api/client'
import { useLoad } from '../../useLoad'
import { MisiSection } from './MisiSection'

const loadRpjmd = () => call('getRpjmd', {})

export function RpjmdScreen() {
  const plan = useLoad(loadRpjmd)
  const [expanded, setExpanded] = useState<Set<number>>(new Set())

  if (plan.error) return <p role="alert">{plan.error}</p>
  if (!plan.data) return <p aria-busy="true">Memuat RPJMD…</p>
  const { period, misi, targetYears } = plan.data

  const toggle = (misiId: number) =>
    setExpanded((current) => {
      const next = new Set(current)
      if (next.has(misiId)) next.delete(misiId)
      else next.add(misiId)
      return next
    })

  return (
    <section className="rpjmd" aria-labelledby="rpjmd-title">
      <h1 id="rpjmd-title">{period.name}</h1>
      <p className="period-years">
        Kondisi awal {period.firstYear}; target {targetYears[0]}–{period.lastYear}
      </p>
      <div className="visi" data-testid="visi">
        <span className="label">Visi</span>
        <p>“{period.visi}”</p>
        {period.motto && <p className="motto">{period.motto}</p>}
      </div>
      <div className="toolbar">
        <h2>Misi ({misi.length})</h2>
        <button type="button" onClick={() => setExpanded(new Set(misi.map((entry) => entry.id)))}>
          Buka semua
        </button>
        <button type="button" onClick={() => setExpanded(new Set())}>
          Tutup semua
        </button>
      </div>
      <ol className="misi-list">
        {misi.map((entry) => (
          <MisiSection
            key={entry.id}
            misi={entry}
            period={period}
            targetYears={targetYears}
            expanded={expanded.has(entry.id)}
            onToggle={() => toggle(entry.id)}
            onChanged={plan.reload}
          />
        ))}
      </ol>
    </section>
  )
}
