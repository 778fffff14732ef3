import { useEffect, useState } from 'react'
import { formatCount } from '../../../../shared/money'

/** Where the first open of the plan is: at scale 10 (34.500 rows) it takes 2-3 s. */
export type PlanLoadStage = { step: 'read' } | { step: 'build'; rowCount: number }

const STAGE_TEXT = {
  read: () => 'Langkah 1 dari 2: membaca rencana dari basis data…',
  build: (rowCount: number) => `Langkah 2 dari 2: menyusun tabel ${formatCount(rowCount)} baris…`
}

/** The plan's loading view: the step, a running bar and the seconds so far, so a long open is seen to move. */
export function PlanLoading({ stage }: { stage: PlanLoadStage }) {
  const [seconds, setSeconds] = useState(0)
  useEffect(() => {
    const started = performance.now()
    const timer = setInterval(() => setSeconds(Math.floor((performance.now() - started) / 1000)), 250)
    return () => clearInterval(timer)
  }, [])
  return (
    <div className="plan-loading" role="status" aria-busy="true" data-testid="plan-loading">
      <p>{stage.step === 'read' ? STAGE_TEXT.read() : STAGE_TEXT.build(stage.rowCount)}</p>
      <progress aria-label="Memuat rencana" />
      {seconds > 0 && <small>{seconds} detik</small>}
    </div>
  )
}
