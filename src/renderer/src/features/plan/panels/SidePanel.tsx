import { useDeferredValue, useMemo, useState } from 'react'
import type { PlanRow, RpjmdView } from '../../../../../shared/domain'
import { formatCount } from '../../../../../shared/money'
import { HistoryPanel } from './HistoryPanel'
import { SasaranLinkPanel } from './SasaranLinkPanel'
import type { PlanStore } from '../model/planStore'
import { useStoreVersion } from '../useStoreVersion'
import { WarningsPanel } from './WarningsPanel'
import type { UndoState, WithUndoState } from '../../../../../shared/changeLog'
import type { RowResult } from '../../../../../shared/edits'

interface Props {
  plan: RpjmdView
  row: PlanRow | undefined
  store: PlanStore
  /** The change log's undo state: a new one after every recorded step (the reply's own), so Riwayat loads again. */
  changeLog: UndoState
  onLinkSaved: (reply: RowResult & WithUndoState) => void
  onPickRow: (planRowId: number) => void
}

const TABS = [
  ['sasaran', 'Sasaran'],
  ['riwayat', 'Riwayat'],
  ['peringatan', 'Peringatan']
] as const

export function SidePanel({ plan, row, store, changeLog, onLinkSaved, onPickRow }: Props) {
  const [tab, setTab] = useState<(typeof TABS)[number][0]>('sasaran')
  const warningCount = store.warningCount
  // The list itself is gathered only while its tab is open, and after a save has been drawn
  // (deferred: at scale 10 it is some 26.000 marks, which held an edit on screen ~300 ms).
  // The store's version marks its in-place changes.
  const listVersion = useDeferredValue(useStoreVersion(store))
  const warnings = useMemo(() => {
    void listVersion
    return tab === 'peringatan' ? store.warnings() : []
  }, [tab, store, listVersion])
  return (
    <aside className="link-panel" aria-label="Panel baris">
      <div className="side-tabs" role="tablist" aria-label="Panel baris">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
            {id === 'peringatan' && warningCount > 0 ? ` (${formatCount(warningCount)})` : ''}
          </button>
        ))}
      </div>
      {tab === 'sasaran' && <SasaranLinkPanel plan={plan} row={row} onLinkSaved={onLinkSaved} />}
      {tab === 'riwayat' &&
        (row ? <HistoryPanel key={row.id} row={row} changeLog={changeLog} /> : <p className="muted">Pilih satu baris untuk melihat riwayatnya.</p>)}
      {tab === 'peringatan' && <WarningsPanel warnings={warnings} onPick={onPickRow} />}
    </aside>
  )
}
