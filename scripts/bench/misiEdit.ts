// (c) One pagu edit (F2, type, Enter) on a sub kegiatan that serves a misi, from the Enter
//     key to the misi totals strip showing the new total for that misi.
import type { Browser } from '@playwright/test'
import { GRID, apiIdle, freshPage, lastApiTiming, openPlan, settle, type ApiTiming, type Timing } from './browser'
import { chooseMisiRow, idr, type PlanData } from './planData'
import type { Profiler } from './profile'
import type { Server } from './server'

export interface MisiEditRun {
  timing: Timing
  api: ApiTiming | null
  before: string
  after: string
}

export interface MisiEditResult {
  rowId: number
  code: string
  misiNumber: number
  year: number
  runs: MisiEditRun[]
}

type Arm = { __bench: { armKeyToTextChange: (key: string, selector: string) => void } }

/** Five edits on one page, each a different amount, so each one changes the misi total. */
export async function benchMisiEdit(browser: Browser, server: Server, data: PlanData, runs: number, profiler?: Profiler): Promise<MisiEditResult> {
  const { entry, misiNumber } = chooseMisiRow(data)
  const row = entry.row
  if (!row) throw new Error('no row')
  const year = data.stripYear
  const total = `[data-testid="misi-total-${misiNumber}"]`
  const result: MisiEditResult = { rowId: row.id, code: row.code, misiNumber, year, runs: [] }
  const { context, page } = await freshPage(browser)
  try {
    await openPlan(page, server)
    const cell = page.locator(`${GRID} .ag-row:not(.ag-row-pinned)[row-id="${row.id}"] [col-id="pagu:${year}"]`)
    // One more edit than measured when profiling: the profiled one is the last.
    const count = runs + (profiler ? 1 : 0)
    for (let run = 0; run < count; run++) {
      const amount = (row.pagu[year] ?? 0) + (run + 1) * 1_250_000
      await cell.click()
      await page.keyboard.press('F2')
      const editor = cell.locator('input')
      await editor.waitFor()
      await editor.fill(idr(amount))
      const before = (await page.locator(total).textContent()) ?? ''
      await page.evaluate(([key, selector]) => (globalThis as unknown as Arm).__bench.armKeyToTextChange(key, selector), ['Enter', total] as const)
      const profiling = profiler && run === runs
      if (profiling) await profiler.start(page)
      await page.keyboard.press('Enter')
      const timing = await settle(page)
      if (profiling) await profiler.stop(page)
      await cell.filter({ hasText: idr(amount) }).waitFor()
      const after = (await page.locator(total).textContent()) ?? ''
      if (!profiling) result.runs.push({ timing, api: await lastApiTiming(page, 'applyCellEdits'), before, after })
      // The next edit starts once this one has settled (undo state refreshed).
      await apiIdle(page)
    }
  } finally {
    await context.close()
  }
  return result
}
