import { useState } from 'react'
import './dataInduk.css'
import { LokasiPanel } from './LokasiPanel'
import { NomenklaturPanel } from './NomenklaturPanel'
import { PerangkatDaerahPanel } from './PerangkatDaerahPanel'
import { ReferenceListsPanel } from './ReferenceListsPanel'
import { SubTabs, subPanelId, subTabId } from './SubTabs'

const PANELS = [
  { id: 'nomenklatur', label: 'Nomenklatur', render: () => <NomenklaturPanel /> },
  { id: 'perangkat-daerah', label: 'Perangkat Daerah', render: () => <PerangkatDaerahPanel /> },
  { id: 'lokasi', label: 'Lokasi', render: () => <LokasiPanel /> },
  { id: 'rujukan', label: 'Daftar Rujukan', render: () => <ReferenceListsPanel /> }
] as const

type PanelId = (typeof PANELS)[number]['id']
const ID_PREFIX = 'data-induk'

/** Master data the plan is built on: nomenclature, perangkat daerah, lokasi and reference lists. */
export function DataIndukScreen() {
  const [panel, setPanel] = useState<PanelId>('nomenklatur')
  const active = PANELS.find((entry) => entry.id === panel) ?? PANELS[0]
  return (
    <section className="data-induk" aria-labelledby="data-induk-title">
      <h1 id="data-induk-title">Data Induk</h1>
      <SubTabs<PanelId> tabs={PANELS} value={panel} onChange={setPanel} label="Data induk" idPrefix={ID_PREFIX} />
      <div role="tabpanel" id={subPanelId(ID_PREFIX)} aria-labelledby={subTabId(ID_PREFIX, active.id)} className="sub-panel">
        {active.render()}
      </div>
    </section>
  )
}
