/**
 * npm run bench:print [-- --data-dir DIR] [--scale N] [--runs N]
 *
 * T-C.14 of the whole plan at scale 10, in one run:
 * (p1) buildReport (the report data) in-process, median of --runs
 * (p2) the XLSX writer on that document in-process, and POST /export/xlsx on the served app (build + write + transfer)
 * (p3) LibreOffice headless printing that XLSX to PDF (time, pages), median of --runs after one cold run that makes its profile
 * (p4) Selaras's own PDF: the served app's Cetak preview of the same report (its address #cetak?report=tc14...),
 *      navigation -> PDF bytes of page.pdf({ preferCSSPageSize: true }) (data built, laid out, printed), pages,
 *      and navigation -> first preview page on screen; median of --runs. Goal: (p4) <= 0,3 x (p3).
 * Builds only when out/ is missing (after changing src/, run npx electron-vite build first). Writes the
 * table and details to bench-results/bench-print-<date>.json.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from '@playwright/test'
import { openDatabase } from '../../src/main/db/connection'
import { writeXlsx } from '../../src/main/reports/xlsxWriter'
import { readPrintSettings } from '../../src/main/services/printSettings/printSettingsService'
import { buildReport } from '../../src/main/services/reports'
import { reportOptionsSchema } from '../../src/shared/reports/options'
import { launch, median } from './browser'
import { exportOverHttp, hasCetakScreen, libreOfficePdf, selarasPdf, type PreviewRun } from './printParts'
import { judge, printTable, timestamp, writeJson, type Row } from './report'
import { BUILT_SERVE_SCRIPT, ROOT, ensureData, startServer, type Server } from './server'

const ms = (value: number) => `${value.toFixed(0)} ms`

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, scale: { type: 'string', default: '10' }, runs: { type: 'string', default: '3' } }
  })
  const runs = Math.max(1, Number(values.runs))
  if (!existsSync(BUILT_SERVE_SCRIPT)) {
    console.log('out/ is missing: npx electron-vite build')
    if (spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new Error('build failed')
  }
  const loadBefore = loadavg()
  const { dataDir, generated } = ensureData(values['data-dir'], Number(values.scale))
  const options = reportOptionsSchema.parse({ report: 'tc14', paper: 'F4', orientation: 'landscape' })
  let server: Server | undefined
  let browser: Browser | undefined
  try {
    // (p1), (p2) in-process, on the same database file the server opens afterwards.
    const db = openDatabase(dataDir)
    const builds: number[] = []
    let document = buildReport(db, options)
    for (let run = 0; run < runs; run++) {
      const start = performance.now()
      document = buildReport(db, options)
      builds.push(performance.now() - start)
    }
    const rows = document.blocks.reduce((sum, block) => sum + (block.kind === 'table' ? block.table.rows.length : 0), 0)
    console.log(`T-C.14: ${rows} rows; buildReport ${builds.map(ms).join(', ')}`)
    const settings = readPrintSettings(db)
    const writes: number[] = []
    let xlsx: Buffer = Buffer.alloc(0)
    for (let run = 0; run <= runs; run++) {
      const start = performance.now()
      xlsx = await writeXlsx({ document, settings, options })
      // The first run loads exceljs; reported apart.
      writes.push(performance.now() - start)
    }
    db.close()
    console.log(`XLSX writer: first ${ms(writes[0])} (exceljs loaded), then ${writes.slice(1).map(ms).join(', ')}; ${(xlsx.length / 1024).toFixed(0)} KB`)

    console.log('(p3) LibreOffice headless XLSX -> PDF …')
    const office = libreOfficePdf(xlsx, runs)
    console.log(`  cold (new profile) ${ms(office.cold.ms)}; runs ${office.warm.map((run) => ms(run.ms)).join(', ')}; ${office.warm[0].pages} pages`)

    server = await startServer(dataDir, [], BUILT_SERVE_SCRIPT)
    const http: number[] = []
    for (let run = 0; run < runs; run++) http.push((await exportOverHttp(server, options)).ms)
    console.log(`POST /export/xlsx: ${http.map(ms).join(', ')}`)

    browser = await launch()
    const previews: PreviewRun[] = []
    const cetak = await hasCetakScreen(browser, server)
    if (!cetak) console.log('(p4) this build has no Cetak screen: the preview PDF is not measurable yet')
    for (let run = 0; cetak && run < runs; run++) {
      const preview = await selarasPdf(browser, server, options)
      previews.push(preview)
      console.log(
        `  (p4) run ${run + 1}: first page ${ms(preview.firstPageMs)}, laid out ${ms(preview.laidOutMs)}, PDF ${ms(preview.pdfMs)}; ${preview.pages} pages (${preview.pageSize}), preview ${preview.previewPages}`
      )
    }

    const officeMs = median(office.warm.map((run) => run.ms))
    const table: Row[] = [
      judge({ id: 'p1', what: 'buildReport T-C.14, whole plan', selaras: median(builds), reference: null, unit: 'ms' }),
      judge({ id: 'p2', what: 'XLSX writer (in-process)', selaras: median(writes.slice(1)), reference: null, unit: 'ms' }),
      judge({ id: 'p2h', what: 'POST /export/xlsx (build + write + transfer)', selaras: median(http), reference: null, unit: 'ms' }),
      judge({ id: 'p3', what: `LibreOffice XLSX -> PDF (${office.warm[0].pages} pages)`, selaras: officeMs, reference: null, unit: 'ms' })
    ]
    if (previews.length > 0) {
      const pdfMs = median(previews.map((run) => run.pdfMs))
      table.push(
        judge({
          id: 'p4',
          what: `Selaras PDF of the Cetak preview (${previews[0].pages} pages)`,
          selaras: pdfMs,
          reference: officeMs,
          unit: 'ms',
          goal: { max: 0.3, on: 'ratio' }
        }),
        judge({
          id: 'p4f',
          what: 'Cetak: navigation -> first preview page',
          selaras: median(previews.map((run) => run.firstPageMs)),
          reference: null,
          unit: 'ms'
        })
      )
    }
    printTable(table)
    const file = writeJson(join(ROOT, 'bench-results'), `print-${timestamp()}`, {
      scale: Number(values.scale),
      rows,
      load: { before: loadBefore, after: loadavg() },
      builds,
      writes,
      http,
      office,
      previews,
      previewMeasured: cetak,
      table
    })
    console.log(
      `\nload average ${loadBefore.map((value) => value.toFixed(1)).join(' ')} -> ${loadavg()
        .map((value) => value.toFixed(1))
        .join(' ')}; written to ${file}`
    )
  } finally {
    await browser?.close().catch(() => undefined)
    await server?.stop()
    if (generated && !values['data-dir']) rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
