import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { onWriteElsewhere, writeCount } from './api/client'
import { ChangedElsewhere } from './components/ChangedElsewhere'
import { NoticeProvider } from './components/Notice'
import { deliverMenuEvent } from './menuEvents'
import { useScreenFocus } from './useScreenFocus'
import { DataIndukScreen, type DataIndukPanelRequest } from './features/dataInduk/DataIndukScreen'
import { HomeScreen } from './features/home/HomeScreen'
import type { HomeTarget } from './features/home/homeSteps'
import { CetakScreen } from './features/cetak/CetakScreen'
import { openedOnReport, reportOptions, setCetakShown } from './features/cetak/reportOptionsStore'
import { KeselarasanScreen } from './features/keselarasan/KeselarasanScreen'
import { printReport } from './api/reportFiles'
import { PlanScreen } from './features/plan/PlanScreen'
import { RpjmdScreen } from './features/rpjmd/RpjmdScreen'

interface ScreenProps {
  open: (target: HomeTarget) => void
  panelRequest: DataIndukPanelRequest | undefined
}

const SCREENS = [
  { id: 'home', label: 'Beranda', render: ({ open }: ScreenProps) => <HomeScreen onOpen={open} /> },
  { id: 'rpjmd', label: 'RPJMD', render: () => <RpjmdScreen /> },
  { id: 'program', label: 'Program & Anggaran', render: () => <PlanScreen /> },
  { id: 'keselarasan', label: 'Keselarasan', render: () => <KeselarasanScreen /> },
  { id: 'data-induk', label: 'Data Induk', render: ({ panelRequest }: ScreenProps) => <DataIndukScreen request={panelRequest} /> },
  { id: 'cetak', label: 'Cetak', render: ({ open }: ScreenProps) => <CetakScreen onOpen={open} /> }
] as const

type ScreenId = (typeof SCREENS)[number]['id']

/** A screen once opened: kept while hidden; `generation` remounts it (a fresh load). */
interface Kept {
  generation: number
  /** writeCount() when it was last hidden; none when it was left showing data saved over elsewhere. */
  leftAt?: number
}

/**
 * Screens stay mounted once opened, so going back is instant (a large plan takes seconds to
 * load). One is loaded again on return only if something may have changed the data
 * while it was hidden; otherwise it shows as it was left, with its folds, filters and range.
 * A save in another tab (browser mode) marks the shown screen stale: it says so and reloads
 * when asked or when it is shown again.
 */
function useKeptScreens(screen: ScreenId) {
  const [kept, setKept] = useState<Partial<Record<ScreenId, Kept>>>({ [screen]: { generation: 0 } })
  const [shown, setShown] = useState(screen)
  const [staleShown, setStaleShown] = useState(false)
  useEffect(() => onWriteElsewhere(() => setStaleShown(true)), [])
  if (shown !== screen) {
    // Adjusted during render (React's pattern for state derived from a change), so the
    // returning screen never shows one frame of stale data before its reload.
    const writes = writeCount()
    const left = kept[shown]
    const back = kept[screen]
    setKept({
      ...kept,
      ...(left ? { [shown]: { ...left, leftAt: staleShown ? undefined : writes } } : {}),
      [screen]: back ? { generation: back.generation + (back.leftAt === writes ? 0 : 1) } : { generation: 0 }
    })
    setShown(screen)
    setStaleShown(false)
  }
  const reloadShown = useCallback(() => {
    setKept((current) => ({ ...current, [screen]: { generation: (current[screen]?.generation ?? 0) + 1 } }))
    setStaleShown(false)
  }, [screen])
  return { kept, staleShown, reloadShown }
}

export function App() {
  // A report's address (#cetak?report=...) opens on its preview.
  const [screen, setScreen] = useState<ScreenId>(() => (openedOnReport() ? 'cetak' : 'home'))
  const { kept, staleShown, reloadShown } = useKeptScreens(screen)
  const shownScreen = useRef(screen)
  useEffect(() => {
    shownScreen.current = screen
    setCetakShown(screen === 'cetak')
  }, [screen])
  const [panelRequest, setPanelRequest] = useState<DataIndukPanelRequest>()
  // Beranda's links and the shortcuts: focus goes back to where it was in the opened screen,
  // else to the screen's tab (or Data Induk's panel tab).
  const restoreFocus = useScreenFocus()
  const [focusRequest, setFocusRequest] = useState<{ screen: ScreenId; fallbackId?: string }>()
  useEffect(() => {
    if (!focusRequest || restoreFocus(focusRequest.screen) || !focusRequest.fallbackId) return
    document.getElementById(focusRequest.fallbackId)?.focus()
  }, [focusRequest, restoreFocus])
  const open = useCallback((target: HomeTarget) => {
    setScreen(target.screen)
    if (target.screen === 'data-induk') {
      setPanelRequest({ panel: target.panel })
      setFocusRequest({ screen: target.screen, fallbackId: `data-induk-tab-${target.panel}` })
    } else setFocusRequest({ screen: target.screen, fallbackId: `tab-${target.screen}` })
  }, [])

  // Ctrl+1..6 jumps between screens from anywhere, as in many desktop tools; Ctrl+P opens
  // Cetak, and on Cetak prints the preview.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!event.ctrlKey || event.altKey || event.shiftKey) return
      if (event.key.toLowerCase() === 'p') {
        event.preventDefault()
        if (shownScreen.current === 'cetak') void printReport(reportOptions())
        else {
          setScreen('cetak')
          setFocusRequest({ screen: 'cetak' })
        }
        return
      }
      const target = SCREENS[Number(event.key) - 1]
      if (target) {
        event.preventDefault()
        setScreen(target.id)
        setFocusRequest({ screen: target.id })
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  // Desktop menu: an import started from Berkas > Impor opens Data Induk, which follows it.
  useEffect(
    () =>
      window.api?.onMenuEvent?.((event) => {
        if (event.command === 'followImport') setScreen('data-induk')
        // Berkas > Cetak… (Ctrl+P in the desktop menu).
        if (event.command === 'openCetak') setScreen('cetak')
        deliverMenuEvent(event)
      }),
    []
  )

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = SCREENS.findIndex((entry) => entry.id === screen)
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (step === 0) return
    const next = SCREENS[(index + step + SCREENS.length) % SCREENS.length]
    setScreen(next.id)
    document.getElementById(`tab-${next.id}`)?.focus()
  }

  const active = SCREENS.find((entry) => entry.id === screen) ?? SCREENS[0]
  return (
    <NoticeProvider>
      <header className="app-header">
        <div className="brand">
          <strong>Selaras</strong>
          <span>Bappelitbangda Kota Ternate</span>
        </div>
        <div role="tablist" aria-label="Layar" className="tabs" onKeyDown={onTabKey}>
          {SCREENS.map((entry, index) => (
            <button
              key={entry.id}
              id={`tab-${entry.id}`}
              role="tab"
              type="button"
              aria-selected={entry.id === screen}
              tabIndex={entry.id === screen ? 0 : -1}
              title={`Ctrl+${index + 1}`}
              onClick={() => setScreen(entry.id)}
            >
              {entry.label}
            </button>
          ))}
        </div>
      </header>
      {staleShown && <ChangedElsewhere onReload={reloadShown} />}
      {SCREENS.map((entry) => {
        const state = kept[entry.id]
        if (!state) return null
        return (
          <main
            key={`${entry.id}-${state.generation}`}
            data-screen={entry.id}
            role="tabpanel"
            aria-labelledby={`tab-${entry.id}`}
            className="screen"
            hidden={entry.id !== active.id}
          >
            {entry.render({ open, panelRequest })}
          </main>
        )
      })}
    </NoticeProvider>
  )
}
