// (a) click -> first grid row visible, Selaras plan screen vs the bare AG Grid page, both
//     including their fetch; fresh context and page every run, the two sides alternating.
// (d) used JS heap of the same pages after a forced GC, once the grid is shown and settled.
import type { Browser, Page } from '@playwright/test'
import { BARE_GRID, GRID, apiIdle, freshPage, heapAfterGc, lastApiTiming, median, openBare, openSelaras, settle, type ApiTiming } from './browser'
import type { Profiler } from './profile'
import type { Server } from './server'

export interface Side {
  ms: number[]
  heap: number[]
  fetch: Array<ApiTiming | null>
  rowsShown: number
}

export interface FirstRenderResult {
  selaras: Side
  bare: Side
}

type Arm = { __bench: { armClickToVisible: (selector: string) => void } }
const arm = (page: Page, selector: string) => page.evaluate((s) => (globalThis as unknown as Arm).__bench.armClickToVisible(s), selector)

/** Rows the grid says it holds (AG Grid's aria-rowcount counts the header row too). */
async function rowCount(page: Page, grid: string): Promise<number> {
  const count = await page.locator(`${grid} [role="treegrid"], ${grid} [role="grid"]`).first().getAttribute('aria-rowcount')
  return Number(count ?? 0)
}

async function measureSide(browser: Browser, server: Server, side: 'selaras' | 'bare', into: Side, profiler?: Profiler): Promise<void> {
  const { context, page } = await freshPage(browser)
  try {
    const grid = side === 'selaras' ? GRID : BARE_GRID
    if (side === 'selaras') await openSelaras(page, server)
    else await openBare(page, server)
    await arm(page, `${grid} .ag-row[row-id]`)
    await profiler?.start(page)
    if (side === 'selaras') await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
    else await page.getByRole('button', { name: 'Tampilkan' }).click()
    const timing = await settle(page)
    await profiler?.stop(page)
    into.ms.push(timing.ms)
    into.fetch.push(await lastApiTiming(page, 'listPlanRows'))
    await apiIdle(page)
    into.rowsShown = await rowCount(page, grid)
    into.heap.push(await heapAfterGc(page))
  } finally {
    await context.close()
  }
}

export async function benchFirstRender(browser: Browser, server: Server, runs: number, profiler?: Profiler): Promise<FirstRenderResult> {
  const selaras: Side = { ms: [], heap: [], fetch: [], rowsShown: 0 }
  const bare: Side = { ms: [], heap: [], fetch: [], rowsShown: 0 }
  // One unmeasured round first, so neither side pays for a cold server or a cold disk cache.
  await measureSide(browser, server, 'selaras', { ms: [], heap: [], fetch: [], rowsShown: 0 })
  await measureSide(browser, server, 'bare', { ms: [], heap: [], fetch: [], rowsShown: 0 })
  for (let run = 0; run < runs; run++) {
    await measureSide(browser, server, 'selaras', selaras)
    await measureSide(browser, server, 'bare', bare)
    const fetchMs = (side: Side) => side.fetch[run]?.totalMs.toFixed(0)
    console.log(
      `  (a)/(d) run ${run + 1}: Selaras ${selaras.ms[run].toFixed(0)} ms (listPlanRows ${fetchMs(selaras)} ms), bare ${bare.ms[run].toFixed(0)} ms (${fetchMs(bare)} ms)`
    )
  }
  if (profiler) await measureSide(browser, server, 'selaras', { ms: [], heap: [], fetch: [], rowsShown: 0 }, profiler)
  return { selaras, bare }
}

export const summarizeSide = (side: Side) => ({
  medianMs: median(side.ms),
  medianHeapBytes: median(side.heap),
  medianFetchMs: median(side.fetch.map((entry) => entry?.totalMs ?? Number.NaN)),
  fetchBytes: side.fetch[0]?.bytes ?? null,
  rowsShown: side.rowsShown,
  runsMs: side.ms,
  heapBytes: side.heap
})
