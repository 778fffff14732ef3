import { useMemo, useState } from 'react'
import { formatCount } from '../../../../../shared/money'
import { WARNING_KINDS, type PlanWarning, type WarningKind } from '../../../../../shared/planWarnings'

/** Rows of the list drawn at a time: a plan at scale 10 has some 26.000 marks, and drawing them all took seconds. */
export const WARNING_PAGE = 100

/** Non-blocking marks, counted by kind and listed a page at a time; choosing one jumps to its row. */
export function WarningsPanel({ warnings, onPick }: { warnings: PlanWarning[]; onPick: (planRowId: number) => void }) {
  const [kind, setKind] = useState<WarningKind | undefined>()
  const [shown, setShown] = useState(WARNING_PAGE)
  const counts = useMemo(() => {
    const byKind = new Map<WarningKind, number>()
    for (const warning of warnings) byKind.set(warning.kind, (byKind.get(warning.kind) ?? 0) + 1)
    return byKind
  }, [warnings])
  const listed = useMemo(() => (kind ? warnings.filter((warning) => warning.kind === kind) : warnings), [warnings, kind])
  if (warnings.length === 0) return <p className="muted">Tidak ada peringatan.</p>
  const choose = (next: WarningKind | undefined) => {
    setKind(next)
    setShown(WARNING_PAGE)
  }
  return (
    <div className="warnings" data-testid="warnings">
      <div className="warning-kinds" role="group" aria-label="Jenis peringatan">
        <button type="button" aria-pressed={kind === undefined} onClick={() => choose(undefined)}>
          Semua ({formatCount(warnings.length)})
        </button>
        {WARNING_KINDS.map(([id, label]) => (
          <button key={id} type="button" aria-pressed={kind === id} disabled={!counts.get(id)} onClick={() => choose(id)}>
            {label} ({formatCount(counts.get(id) ?? 0)})
          </button>
        ))}
      </div>
      <ul className="warning-list">
        {listed.slice(0, shown).map((warning, index) => (
          <li key={`${warning.planRowId}-${warning.kind}-${index}`}>
            <button type="button" className="link" onClick={() => onPick(warning.planRowId)}>
              {warning.code}
            </button>{' '}
            {warning.message}
          </li>
        ))}
      </ul>
      {listed.length > shown && (
        <button type="button" onClick={() => setShown(shown + WARNING_PAGE)}>
          Tampilkan {formatCount(Math.min(WARNING_PAGE, listed.length - shown))} berikutnya (sisa {formatCount(listed.length - shown)})
        </button>
      )}
    </div>
  )
}
