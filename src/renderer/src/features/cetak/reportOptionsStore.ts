// The one owner of the Cetak screen's options: outside React, so they stay when the screen is
// remounted (after a save elsewhere) and when the analyst goes to another screen and back.
// In the address while the screen is shown (#cetak?report=...), so a reload or a bookmark
// brings the same report back; kept in sessionStorage for a reload from another screen.
import { decodeReportOptions, defaultReportOptions, encodeReportOptions, type ReportOptions } from '../../../../shared/reports/options'

const HASH_PREFIX = '#cetak?'
const STORAGE_KEY = 'selaras.cetak'

function fromAddress(): ReportOptions | null {
  if (!window.location.hash.startsWith(HASH_PREFIX)) return null
  return decodeReportOptions(window.location.hash.slice(HASH_PREFIX.length))
}

function fromSession(): ReportOptions | null {
  const stored = sessionStorage.getItem(STORAGE_KEY)
  return stored === null ? null : decodeReportOptions(stored)
}

/** True when the page was opened on a report's address: the app starts on the Cetak screen. */
export const openedOnReport = (): boolean => window.location.hash.startsWith(HASH_PREFIX)

let current: ReportOptions = fromAddress() ?? fromSession() ?? defaultReportOptions('tc14')
/** False until the analyst (or an address) chose options: the print settings' defaults may then apply. */
let chosen = fromAddress() !== null || fromSession() !== null
let shown = false
const listeners = new Set<() => void>()

export function reportOptions(): ReportOptions {
  return current
}

export function setReportOptions(next: ReportOptions): void {
  current = next
  chosen = true
  sessionStorage.setItem(STORAGE_KEY, encodeReportOptions(next))
  if (shown) writeAddress()
  for (const listener of listeners) listener()
}

/** The print settings' default paper and orientation, for options nobody chose yet. */
export function applyDefaults(defaults: Pick<ReportOptions, 'paper' | 'orientation'>): void {
  if (chosen) return
  current = { ...current, ...defaults }
  for (const listener of listeners) listener()
}

export function subscribeReportOptions(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function writeAddress(): void {
  const { pathname, search } = window.location
  window.history.replaceState(null, '', `${pathname}${search}${HASH_PREFIX}${encodeReportOptions(current)}`)
}

/** Called by the app when the Cetak screen is shown or hidden: the address follows. */
export function setCetakShown(isShown: boolean): void {
  shown = isShown
  if (isShown) writeAddress()
  else if (window.location.hash.startsWith(HASH_PREFIX)) {
    const { pathname, search } = window.location
    window.history.replaceState(null, '', `${pathname}${search}`)
  }
}
