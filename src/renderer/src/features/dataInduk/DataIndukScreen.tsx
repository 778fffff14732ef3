import { useState } from 'react'
import './dataInduk.css'
import { LokasiPanel } from './LokasiPanel'
import { NomenklaturPanel } from './NomenklaturPanel'
import { PerangkatDaerahPanel } from './PerangkatDaerahPanel'
import { PrintSettingsPanel } from './PrintSettingsPanel'
import { ReferenceListsPanel } from './ReferenceListsPanel'
import { SubTabs, subPanelId, subTabId } from './SubTabs'

const PANELS = [
  { id: 'nomenklatur', label: 'Nomenklatur', render: () => <NomenklaturPanel /> },
  { id: 'perangkat-daerah', label: 'Perangkat Daerah', render: () => <PerangkatDaerahPanel /> },
  { id: 'lokasi', label: 'Lokasi', render: () => <LokasiPanel /> },
  { id: 'rujukan', label: 'Daftar Rujukan', render: () => <ReferenceListsPanel /> },
  { id: 'cetak', label: 'Kop & penandatangan', render: () => <PrintSettingsPanel /> }
] as const

type PanelId = (typeof PANELS)[number]['id']
const ID_PREFIX = 'data-induk'

/** A panel asked for from elsewhere (Beranda's steps); a new object each time it is asked. */
export interface DataIndukPanelRequest {
  panel: PanelId
}

/** Master data the plan is built on (nomenclature, perangkat daerah, lokasi, reference lists) and the print settings. */
export function DataIndukScreen({ request }: { request?: DataIndukPanelRequest }) {
  const [panel, setPanel] = useState<PanelId>(request?.panel ?? 'nomenklatur')
  const [seenRequest, setSeenRequest] = useState(request)
  if (request !== seenRequest) {
    // Adjusted during render: a request arriving while the screen is kept open switches its panel.
    setSeenRequest(request)
    if (request) setPanel(request.panel)
  }
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
