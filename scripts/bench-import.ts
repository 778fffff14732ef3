/**
 * Times the nomenclature import on the real SIPD export against LibreOffice converting the
 * same file to CSV. Run: npx tsx scripts/bench-import.ts
 *
 * (a) parseNomenklaturFile end to end (stat, sniff, worker thread, parse, result back),
 *     median of 5; with the worker as TypeScript through tsx (as in tests) and, when
 *     rolldown can bundle it, as a bundled .js like the built app; plus storing the result
 *     into a fresh database when the repository exists.
 * (b) soffice --headless --convert-to csv, median of 3, each with a fresh user profile.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseNomenklaturFile } from '../src/main/nomenklatur/importFile'
import { runImportInline } from '../src/main/nomenklatur/importWorker'
import { IMPORT_LIMITS, type NomenklaturImportResult } from '../src/main/nomenklatur/types'
import { openDatabase } from '../src/main/db/connection'
import { storeNomenklaturVersion } from '../src/main/db/repositories/nomenklatur'

const FILE = resolve(__dirname, '../../shared/data/nomenklatur-sipd-pemutakhiran-2027.xlsx')

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const ms = (value: number) => `${value.toFixed(0)} ms`

async function timeRuns(runs: number, run: () => unknown): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  return times
}

/** Bundles the worker with rolldown (what electron-vite uses) into a temp folder, if it can. */
async function bundleWorker(dir: string): Promise<string | null> {
  try {
    const { rolldown } = await import('rolldown')
    const bundle = await rolldown({
      input: resolve(__dirname, '../src/main/nomenklatur/importWorker.ts'),
      platform: 'node',
      external: [/^node:/],
      logLevel: 'silent'
    })
    const file = join(dir, 'nomenklaturWorker.js')
    await bundle.write({ file, format: 'cjs' })
    await bundle.close()
    return file
  } catch (error) {
    console.log(`  (no bundled-worker timing: ${(error as Error).message})`)
    return null
  }
}

async function benchImport(tmp: string): Promise<{ median: number; result: NomenklaturImportResult }> {
  let result: NomenklaturImportResult | undefined
  const buffer = readFileSync(FILE)
  const inline = await timeRuns(5, () => runImportInline(buffer, 'xlsx', IMPORT_LIMITS))
  console.log(`  parse core in this thread (runImportInline): median ${ms(median(inline))}  [${inline.map(ms).join(', ')}]`)

  const tsx = await timeRuns(5, async () => {
    result = await parseNomenklaturFile(FILE)
  })
  console.log(`  parseNomenklaturFile, worker via tsx:        median ${ms(median(tsx))}  [${tsx.map(ms).join(', ')}]`)
  let best = median(tsx)

  const workerScript = await bundleWorker(tmp)
  if (workerScript) {
    const bundled = await timeRuns(5, () => parseNomenklaturFile(FILE, { workerScript }))
    console.log(`  parseNomenklaturFile, bundled worker (.js):  median ${ms(median(bundled))}  [${bundled.map(ms).join(', ')}]`)
    best = median(bundled)
  }
  return { median: best, result: result as NomenklaturImportResult }
}

async function benchStore(result: NomenklaturImportResult): Promise<number> {
  const times = await timeRuns(5, () => {
    const dir = mkdtempSync(join(tmpdir(), 'selaras-bench-db-'))
    try {
      const db = openDatabase(dir) // opening, migrating and seeding a new file is not timed apart
      try {
        storeNomenklaturVersion(db, { name: 'Bench 2027', preview: result.preview, parsed: result.parsed })
      } finally {
        db.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
  console.log(`  open fresh database + storeNomenklaturVersion: median ${ms(median(times))}  [${times.map(ms).join(', ')}]`)
  return median(times)
}

function benchSoffice(tmp: string): number | null {
  const which = spawnSync('which', ['soffice'], { encoding: 'utf8' })
  if (which.status !== 0) {
    console.log('  soffice not found: skipped (apt-get install -y libreoffice-calc-nogui)')
    return null
  }
  const times: number[] = []
  for (let i = 0; i < 3; i++) {
    const profile = join(tmp, `lo-profile-${i}`)
    const out = join(tmp, `lo-out-${i}`)
    const start = performance.now()
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'csv', '--outdir', out, FILE], {
      stdio: 'ignore',
      timeout: 300_000
    })
    times.push(performance.now() - start)
  }
  console.log(`  soffice --convert-to csv (fresh profile each run): median ${ms(median(times))}  [${times.map(ms).join(', ')}]`)
  return median(times)
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'selaras-bench-'))
  try {
    console.log(`File: ${FILE}`)
    console.log('(a) Selaras import')
    const { median: importMs, result } = await benchImport(tmp)
    const c = result.preview.counts
    console.log(`  -> ${c.bidang} bidang, ${c.program} program, ${c.kegiatan} kegiatan, ${c.subKegiatan} sub kegiatan`)
    const storeMs = await benchStore(result)
    console.log('(b) LibreOffice')
    const sofficeMs = benchSoffice(tmp)
    console.log('Summary')
    console.log(`  import (end to end): ${ms(importMs)}; + database store: ${ms(storeMs)}`)
    if (sofficeMs !== null) {
      const total = importMs + storeMs
      console.log(`  soffice: ${ms(sofficeMs)}; soffice / import+store = ${(sofficeMs / total).toFixed(1)}x`)
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

void main()
