/**
 * npm run bench [-- --data-dir DIR] [--scale N] [--profile] [--only a,b,c]
 *
 * Selaras in browser mode on scale-10 demo data against references, in one run:
 * (a) plan grid first render vs a bare AG Grid page (scripts/bench/page/bench.html), median of 5
 * (b) 5,000-cell paste (saved, and every pasted cell on screen shows it) vs better-sqlite3 writing
 *     the same values, median of 5; then Ctrl+Z of it, reported
 * (b0) for comparison, the floor of (b) in browser mode: a bare page and a bare HTTP server doing
 *     only the trip and the raw write (scripts/bench/pasteFloor.ts), median of 5
 * (c) one pagu edit until the misi totals strip changes, median of 5
 * (d) JS heap after GC of the plan screen vs the bare page (the pages of (a))
 * Prints a table and writes it as JSON to bench-results/. Builds only when out/ is missing;
 * generates demo data into a temp folder unless --data-dir names a non-empty one.
 * --profile adds one unmeasured run of (a)-Selaras, (b) and (c) under the CDP CPU profiler and
 * profiles the server's listPlanRows / one-cell edit / paste (node --cpu-prof); top functions printed.
 * --only runs some of the measurements ((d) comes with (a)), for working on one of them.
 */
import { mkdirSync, rmSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from '@playwright/test'
import { launch, median } from './browser'
import { benchFirstRender, summarizeSide } from './firstRender'
import { benchMisiEdit } from './misiEdit'
import { PASTE_ROWS, pasteOnce, rawSqlite, type PasteRun } from './paste'
import { pasteFloor } from './pasteFloor'
import { choosePasteBlock, loadPlanData } from './planData'
import { printProfiles, profilerFor, type ProfileSummary } from './profile'
import { judge, printTable, timestamp, writeJson } from './report'
import { profileServer } from './serverProfile'
import { ROOT, ensureBuilt, ensureData, startServer, type Server } from './server'

const RUNS = { firstRender: 5, paste: 5, edit: 5 }
const MB = 1024 * 1024
// Where a paste's time goes: keypress -> request sent (clipboard read, cells checked and sent),
// and the reply -> the notice (values into the screen, redraw).
const sentAt = (p: Pick<PasteRun, 'api' | 'timing'>) => (p.api ? (p.api.startAt - p.timing.t0).toFixed(0) : '?')
const afterReply = (p: Pick<PasteRun, 'api' | 'timing'>) =>
  p.api && p.timing.noticeMs !== undefined ? (p.timing.t0 + p.timing.noticeMs - p.api.endAt).toFixed(0) : '?'

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      scale: { type: 'string', default: '10' },
      profile: { type: 'boolean', default: false },
      only: { type: 'string', default: 'a,b,c,d' }
    }
  })
  const wanted = new Set(values.only.split(',').map((part) => part.trim()))
  const want = (id: string) => wanted.has(id) || (id === 'a' && wanted.has('d'))
  const scale = Number(values.scale)
  const stamp = timestamp()
  const resultsDir = join(ROOT, 'bench-results')
  const profiles: ProfileSummary[] = []
  const profiler = (label: string) => (values.profile ? profilerFor(label, resultsDir, stamp, profiles) : undefined)
  if (values.profile) mkdirSync(resultsDir, { recursive: true })

  await ensureBuilt()
  const loadBefore = loadavg()
  const { dataDir, generated } = ensureData(values['data-dir'], scale)
  let server: Server | undefined
  let browser: Browser | undefined
  const cleanUp = async () => {
    await browser?.close().catch(() => undefined)
    await server?.stop()
    if (generated && !values['data-dir']) rmSync(dataDir, { recursive: true, force: true })
  }
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)))
  try {
    server = await startServer(dataDir)
    browser = await launch()
    const data = await loadPlanData(server)
    const block = choosePasteBlock(data, PASTE_ROWS)
    console.log(`Plan: ${data.rows.length} rows (${data.shown.length} grid rows with PD headings), data in ${dataDir}`)

    console.log('(a)/(d) first render and heap …')
    const first = want('a') ? await benchFirstRender(browser, server, RUNS.firstRender, profiler('first-render')) : undefined

    console.log('(b) paste …')
    // The copy is made before the app pastes, so both write onto the same database.
    const raw = want('b') ? await rawSqlite(dataDir, block, RUNS.paste) : []
    const pastes: PasteRun[] = []
    for (let run = 0; run < (want('b') ? RUNS.paste : 0); run++) {
      pastes.push(await pasteOnce(browser, server, block, run))
      const p = pastes[run]
      console.log(
        `  (b) run ${run + 1}: app ${p.timing.ms.toFixed(0)} ms (sent at ${sentAt(p)} ms; request ${p.api?.totalMs.toFixed(0)} ms of which the server read ${p.api?.serverReadMs?.toFixed(0)} and ran ${p.api?.serverRunMs?.toFixed(0)} ms, after the reply ${afterReply(p)} ms to the notice at ${p.timing.noticeMs?.toFixed(0)} ms, ${p.drawnCells} cells drawn; ` +
          `then scrolling to the last pasted row, untimed in (b): ${p.scrollMs.toFixed(0)} ms; Ctrl+Z of it ${p.undoMs.toFixed(0)} ms), raw ${raw[run].toFixed(1)} ms`
      )
      console.log(
        `        second paste in the same page: ${p.second.timing.ms.toFixed(0)} ms (sent at ${sentAt(p.second)} ms; request ${p.second.api?.totalMs.toFixed(0)} ms, server ran ${p.second.api?.serverRunMs?.toFixed(0)} ms; after the reply ${afterReply(p.second)} ms)`
      )
    }
    const floor = want('b')
      ? await pasteFloor(
          browser,
          dataDir,
          block,
          pastes.map((_, run) => run)
        )
      : []
    if (floor.length > 0) console.log(`  (b0) bare page -> HTTP -> raw write -> cells shown: ${floor.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`)
    const pasteProfiler = profiler('paste')
    if (pasteProfiler && want('b')) await pasteOnce(browser, server, block, RUNS.paste, pasteProfiler)

    console.log('(c) edit -> misi total …')
    const edit = want('c') ? await benchMisiEdit(browser, server, data, RUNS.edit, profiler('misi-edit')) : undefined
    if (edit) console.log(`  (c) runs: ${edit.runs.map((r) => `${r.timing.ms.toFixed(0)} ms (server ${r.api?.totalMs.toFixed(0)} ms)`).join(', ')}`)
    if (values.profile) profiles.push(...(await profileServer(dataDir, data, block, resultsDir, stamp)))

    const selaras = first && summarizeSide(first.selaras)
    const bare = first && summarizeSide(first.bare)
    const all = [
      selaras &&
        bare &&
        judge({
          id: 'a',
          what: 'plan grid first render (click -> first row)',
          selaras: selaras.medianMs,
          reference: bare.medianMs,
          unit: 'ms',
          goal: { max: 1.3, on: 'ratio' }
        }),
      pastes.length > 0 &&
        judge({
          id: 'b',
          what: '5,000-cell paste -> saved and shown',
          selaras: median(pastes.map((p) => p.timing.ms)),
          reference: median(raw),
          unit: 'ms',
          goal: { max: 5, on: 'ratio' }
        }),
      floor.length > 0 && judge({ id: 'b0', what: 'floor of (b): bare page, HTTP, raw write', selaras: median(floor), reference: median(raw), unit: 'ms' }),
      pastes.length > 0 &&
        judge({
          id: 'b2',
          what: 'the same paste, second in its page',
          selaras: median(pastes.map((p) => p.second.timing.ms)),
          reference: median(raw),
          unit: 'ms',
          goal: { max: 5, on: 'ratio' }
        }),
      edit &&
        judge({
          id: 'c',
          what: 'one pagu edit -> misi total updated',
          selaras: median(edit.runs.map((r) => r.timing.ms)),
          reference: null,
          unit: 'ms',
          goal: { max: 100, strict: true, on: 'value' }
        }),
      selaras &&
        bare &&
        judge({
          id: 'd',
          what: 'JS heap after GC, plan screen',
          selaras: selaras.medianHeapBytes / MB,
          reference: bare.medianHeapBytes / MB,
          unit: 'MB',
          goal: { max: 1.5, on: 'ratio' }
        })
    ]
    const rows = all.filter((row) => row !== undefined && row !== false)
    printTable(rows)
    const load = { before: loadBefore.map((v) => Number(v.toFixed(2))), after: loadavg().map((v) => Number(v.toFixed(2))) }
    console.log(`Load average (1/5/15 min) before ${load.before.join(' / ')}, after ${load.after.join(' / ')} on ${cpus().length} CPUs.`)
    const details = {
      firstRender: { selaras, bare },
      paste: {
        pd: block.pdId,
        startGridRow: block.startIndex,
        startRowId: block.targets[0].row?.id,
        lastRowId: block.targets[block.targets.length - 1].row?.id,
        blockLines: block.spanRows,
        pasteRows: block.targets.length,
        cells: block.targets.length * 5,
        longestContiguousSubKegiatanRun: block.longestSubRun,
        appRunsMs: pastes.map((p) => p.timing.ms),
        appNoticeMs: pastes.map((p) => p.timing.noticeMs),
        scrollToLastRowMs: pastes.map((p) => p.scrollMs),
        drawnCells: pastes.map((p) => p.drawnCells),
        undoMs: pastes.map((p) => p.undoMs),
        appApi: pastes.map((p) => p.api),
        secondPasteMs: pastes.map((p) => p.second.timing.ms),
        secondPasteApi: pastes.map((p) => p.second.api),
        rawRunsMs: raw,
        floorRunsMs: floor
      },
      misiEdit: edit
    }
    console.log(
      `\n(b) block: ${block.spanRows} lines from grid row ${block.startIndex} (PD ${block.pdId}) over ${block.targets.length} sub kegiatan rows x 2022-2026; ` +
        `the ${block.spanRows - block.targets.length} kegiatan/program lines in between fall on totals and are not pasted (the notice counts their cells) (longest contiguous sub kegiatan run: ${block.longestSubRun}).`
    )
    if (edit) console.log(`(c) row ${edit.code} (id ${edit.rowId}), pagu ${edit.year}, misi-total-${edit.misiNumber}.`)
    if (profiles.length > 0) printProfiles(profiles)
    const file = writeJson(resultsDir, stamp, { date: new Date().toISOString(), scale, dataDir, load, rows, details, profiles })
    console.log(`\nJSON: ${file}`)
  } finally {
    await cleanUp()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
