// Chromium for the bench, fresh contexts and pages with the in-page helpers, and CDP bits.
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import type { Server } from './server'

export const GRID = '[data-testid="program-grid"]'
export const BARE_GRID = '[data-testid="bare-grid"]'
const HELPERS = join(__dirname, 'inPage.js')
const STEP_TIMEOUT = 120000

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic'
    ]
  })
}

export interface Fresh {
  context: BrowserContext
  page: Page
}

export async function freshPage(browser: Browser, clipboard = false): Promise<Fresh> {
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    permissions: clipboard ? ['clipboard-read', 'clipboard-write'] : []
  })
  await context.addInitScript({ path: HELPERS })
  const page = await context.newPage()
  page.setDefaultTimeout(STEP_TIMEOUT)
  trackApi(page)
  return { context, page }
}

// API calls in flight per page (request sent, body not yet received), for apiIdle().
const inFlight = new WeakMap<Page, { count: number; waiters: Array<() => void> }>()

function trackApi(page: Page): void {
  const state = { count: 0, waiters: [] as Array<() => void> }
  inFlight.set(page, state)
  const isApi = (url: string) => url.includes('/api/')
  const done = (url: string) => {
    if (!isApi(url)) return
    state.count--
    if (state.count === 0) for (const wake of state.waiters.splice(0)) wake()
  }
  page.on('request', (request) => {
    if (isApi(request.url())) state.count++
  })
  page.on('requestfinished', (request) => done(request.url()))
  page.on('requestfailed', (request) => done(request.url()))
}

type Frames = { __bench: { frames: (count: number) => Promise<void> } }
const frames = (page: Page, count: number) => page.evaluate((n) => (globalThis as unknown as Frames).__bench.frames(n), count)

/** No API call in flight, also after two more frames (calls an effect starts late count too). */
export async function apiIdle(page: Page): Promise<void> {
  const state = inFlight.get(page)
  if (!state) return
  for (let round = 0; round < 3; round++) {
    if (state.count > 0) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('API calls still in flight after 60 s')), 60000)
        state.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
    await frames(page, 2)
    if (state.count === 0) return
  }
}

/** Selaras loaded on its first screen with nothing more in flight. */
export async function openSelaras(page: Page, server: Server): Promise<void> {
  await page.goto(server.url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).waitFor()
  await page.waitForLoadState('networkidle')
  await apiIdle(page)
}

/** The plan screen shown and settled (the measured part is in firstRender.ts). */
export async function openPlan(page: Page, server: Server): Promise<void> {
  await openSelaras(page, server)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await page.locator(`${GRID} .ag-row[row-id]`).first().waitFor()
  await apiIdle(page)
}

export async function openBare(page: Page, server: Server): Promise<void> {
  await page.goto(`${server.origin}/bench.html?token=${server.token}`)
  await page.getByRole('button', { name: 'Tampilkan' }).waitFor()
  await page.waitForLoadState('networkidle')
  await apiIdle(page)
}

export interface Timing {
  t0: number
  t1: number
  ms: number
  noticeMs?: number
  drawnCells?: number
}

/** Awaits what the page armed (window.__bench.pending). */
export function settle(page: Page): Promise<Timing> {
  return page.evaluate(() => (globalThis as unknown as { __bench: { pending: Promise<Timing> } }).__bench.pending)
}

export interface ApiTiming {
  waitMs: number
  downloadMs: number
  totalMs: number
  bytes: number
  /** From the server's Server-Timing header: reading the request body, and running the channel. */
  serverReadMs?: number
  serverRunMs?: number
  /** When the request started and its reply ended, on the page's clock (as Timing.t0). */
  startAt: number
  endAt: number
}

export function lastApiTiming(page: Page, channel: string): Promise<ApiTiming | null> {
  return page.evaluate(
    (name) => (globalThis as unknown as { __bench: { lastApiTiming: (c: string) => ApiTiming | null } }).__bench.lastApiTiming(name),
    channel
  )
}

/** Used JS heap of the page after a forced full GC (CDP HeapProfiler + Runtime). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
    const usage = await cdp.send('Runtime.getHeapUsage')
    return usage.usedSize
  } finally {
    await cdp.detach()
  }
}

/** Scrolls a grid until the row with this index is rendered; returns its row-id. */
export async function scrollToRow(page: Page, grid: string, rowIndex: number): Promise<string> {
  await page.evaluate(([g, i]) => (globalThis as unknown as { __bench: { scrollGridTo: (g: string, i: number) => void } }).__bench.scrollGridTo(g, i), [
    grid,
    rowIndex
  ] as const)
  const row = page.locator(`${grid} .ag-row:not(.ag-row-pinned)[row-index="${rowIndex}"]`)
  await row.waitFor()
  return (await row.getAttribute('row-id')) ?? ''
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
