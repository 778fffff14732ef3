import type { PlanWarning } from './warnings'

/** Non-blocking marks; choosing one jumps to its row. */
export function WarningsPanel({ warnings, onPick }: { warnings: PlanWarning[]; onPick(planRowId: number): void }) {
  if (warnings.length === 0) return <p className="muted">Tidak ada peringatan.</p>
  return (
    <ul className="warning-list" data-testid="warnings">
      {warnings.map((warning, index) => (
        <li key={`${warning.planRowId}-${index}`}>
          <button type="button" className="link" onClick={() => onPick(warning.planRowId)}>
            {warning.code}
          </button>{' '}
          {warning.message}
        </li>
      ))}
    </ul>
  )
}
