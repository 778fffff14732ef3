// The parts of npm run bench:print: LibreOffice printing an XLSX to PDF, page counts, and
// Selaras's own PDF: the served app's Cetak preview printed by Chromium.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from '@playwright/test'
import { encodeReportOptions, type ReportOptions } from '../../src/shared/reports/options'
import type { Server } from './server'

const STEP_TIMEOUT = 600_000

/** Pages of a PDF, from pdfinfo. */
export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const match = /^Pages:\s+(\d+)/m.exec(info)
  if (!match) throw new Error(`pdfinfo gave no page count for ${file}`)
  return Number(match[1])
}

export function pdfPageSize(file: string): string {
  return /^Page size:\s+(.+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '?'
}

export interface OfficeRun {
  ms: number
  pages: number
}

/**
 * soffice --headless --convert-to pdf of the XLSX. The profile is made once beforehand (untimed,
 * reported as the cold run): each timed run is LibreOffice starting, loading and printing.
 */
export function libreOfficePdf(xlsx: Buffer, runs: number): { cold: OfficeRun; warm: OfficeRun[] } {
  const dir = mkdtempSync(join(tmpdir(), 'selaras-bench-print-'))
  try {
    const input = join(dir, 'tc14.xlsx')
    writeFileSync(input, xlsx)
    const profile = pathToFileURL(join(dir, 'profile')).href
    const convert = (): OfficeRun => {
      const out = join(dir, 'out')
      rmSync(out, { recursive: true, force: true })
      const start = performance.now()
      execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, input], {
        stdio: 'ignore',
        timeout: STEP_TIMEOUT
      })
      const ms = performance.now() - start
      return { ms, pages: pdfPages(join(out, 'tc14.pdf')) }
    }
    const cold = convert()
    const warm = Array.from({ length: runs }, convert)
    return { cold, warm }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export interface PreviewRun {
  /** Navigation to the Cetak address -> first preview page on screen. */
  firstPageMs: number
  /** Navigation -> every page laid out. */
  laidOutMs: number
  /** Navigation -> PDF bytes from page.pdf (building the data, laying out, printing). */
  pdfMs: number
  pages: number
  pageSize: string
  previewPages: number
}

/** Whether this build has a Cetak screen whose preview the bench can print. */
export async function hasCetakScreen(browser: Browser, server: Server): Promise<boolean> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(server.url)
    await page.getByRole('tab').first().waitFor()
    return (await page.getByRole('tab', { name: /^Cetak/ }).count()) > 0
  } finally {
    await context.close()
  }
}

/** The preview's own address (browser mode), laid out and printed with page.pdf({ preferCSSPageSize: true }). */
export async function selarasPdf(browser: Browser, server: Server, options: ReportOptions): Promise<PreviewRun> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  const dir = mkdtempSync(join(tmpdir(), 'selaras-bench-preview-'))
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(STEP_TIMEOUT)
    const start = performance.now()
    await page.goto(`${server.url}#cetak?${encodeReportOptions(options)}`)
    await page.locator('.print-page').first().waitFor({ state: 'visible' })
    const firstPageMs = performance.now() - start
    await page.locator('.print-document[data-state="ready"]').waitFor({ state: 'attached' })
    const laidOutMs = performance.now() - start
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const pdfMs = performance.now() - start
    const previewPages = Number(await page.locator('.print-document').getAttribute('data-pages'))
    const file = join(dir, 'preview.pdf')
    writeFileSync(file, pdf)
    return { firstPageMs, laidOutMs, pdfMs, pages: pdfPages(file), pageSize: pdfPageSize(file), previewPages }
  } finally {
    await context.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** POST /export/xlsx as the Cetak screen's button does: the whole request, build and write in the server included. */
export async function exportOverHttp(server: Server, options: ReportOptions): Promise<{ ms: number; bytes: number }> {
  const start = performance.now()
  const reply = await fetch(`${server.origin}/export/xlsx`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Selaras-Token': server.token },
    body: JSON.stringify(options)
  })
  const body = Buffer.from(await reply.arrayBuffer())
  if (!reply.ok) throw new Error(`/export/xlsx answered ${reply.status}: ${body.toString('utf8').slice(0, 300)}`)
  return { ms: performance.now() - start, bytes: body.length }
}
