import { memo, useMemo, useState } from 'react'
import type { RpjmdView } from '../../../../../shared/domain'
import { formatRupiah } from '../../../../../shared/money'
import type { PlanStore } from '../model/planStore'
import { useStoreVersion } from '../useStoreVersion'

/** The pagu of every misi for a chosen year, updated with each edit. */
function MisiTotalsStripView({ store, plan }: { store: PlanStore; plan: RpjmdView }) {
  const [year, setYear] = useState(plan.targetYears[0])
  // The store changes in place; its version marks each change.
  const version = useStoreVersion(store)
  const totals = useMemo(() => {
    void version
    return store.misiTotals(year)
  }, [store, version, year])
  return (
    <div className="misi-strip" data-testid="misi-strip" aria-label="Pagu per misi">
      <label>
        <span>Pagu per misi</span>
        <select aria-label="Tahun pagu per misi" value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {plan.targetYears.map((entry) => (
            <option key={entry} value={entry}>
              {entry}
            </option>
          ))}
        </select>
      </label>
      {totals.map((entry) => (
        <span
          key={entry.misiId}
          className="misi-total"
          data-testid={`misi-total-${entry.number}`}
          title={plan.misi.find((misi) => misi.id === entry.misiId)?.title}
        >
          <b>M{entry.number}</b> {formatRupiah(entry.pagu)}
        </span>
      ))}
    </div>
  )
}

// Memoised: the plan screen re-renders on every selection and save; this part rarely changes.
export const MisiTotalsStrip = memo(MisiTotalsStripView)
