// The desktop's report files against the fake electron: the sender check of every channel, the
// PDF of the sender's page, the save dialog (cancel writes nothing), XLSX/CSV built in main.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { WebContents } from 'electron'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FILE_CHANNELS } from '../../../src/shared/channels'
import type { Printed, SavedFile } from '../../../src/shared/reports/files'
import type { Result } from '../../../src/shared/result'
import type { ReportSource } from '../../../src/main/reports/source'
import type { TrustedRenderer } from '../../../src/main/ipc/register'
import { BIG, fixtureDocument, fixtureSettings } from '../reports/fixtureDocument'
import { dialog, FakeBrowserWindow, handlerFor, ipcMain } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule)
const { registerReportFiles, unregisterReportFiles } = await import('../../../src/main/ipc/reportFiles')

const trusted: TrustedRenderer = { fileUrl: pathToFileURL('/opt/selaras/out/renderer/index.html').href }
const NOW = new Date(2026, 11, 4, 10, 0)
let dir: string
let window: FakeBrowserWindow
const build = vi.fn<ReportSource['build']>(() => fixtureDocument())

function fromOurPage(overrides: { url?: string; parent?: object | null; sender?: unknown } = {}) {
  return {
    sender: overrides.sender ?? window.webContents,
    senderFrame: { url: overrides.url ?? `${trusted.fileUrl}#cetak?report=tc14`, parent: overrides.parent ?? null }
  }
}

function invoke<T>(channel: string, args: unknown, event: unknown = fromOurPage()): Promise<Result<T>> {
  return handlerFor(channel)(event, args) as Promise<Result<T>>
}

beforeEach(() => {
  vi.clearAllMocks()
  dir = mkdtempSync(join(tmpdir(), 'selaras-files-'))
  window = new FakeBrowserWindow({})
  window.webContents.url = `${trusted.fileUrl}#cetak`
  registerReportFiles({
    source: { build, settings: () => fixtureSettings() },
    trusted,
    isKnownSender: (sender: WebContents) => sender.id === window.webContents.id,
    now: () => NOW,
    log: () => undefined
  })
})
afterEach(() => {
  window.destroy()
  rmSync(dir, { recursive: true, force: true })
})

describe('desktop report files', () => {
  it('registers one handler per file command and removes them all', () => {
    expect(ipcMain.handle.mock.calls.map(([channel]) => String(channel)).sort()).toEqual(Object.values(FILE_CHANNELS).sort())
    unregisterReportFiles()
    expect(ipcMain.removeHandler.mock.calls.map(([channel]) => String(channel)).sort()).toEqual(Object.values(FILE_CHANNELS).sort())
  })

  it('saves the PDF of the sender page: printToPDF with the CSS page size, then the dialog with the report name, then main writes the bytes', async () => {
    window.webContents.pdfBytes = Buffer.from('%PDF-1.7 pratinjau T-C.14')
    const path = join(dir, 'tc14.pdf')
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path })
    const result = await invoke<SavedFile>(FILE_CHANNELS.savePdf, { report: 'tc14', paper: 'F4' })
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'tc14.pdf' } })
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({ preferCSSPageSize: true, printBackground: true })
    expect(readFileSync(path)).toEqual(Buffer.from('%PDF-1.7 pratinjau T-C.14'))
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] as [unknown, { defaultPath: string; filters: unknown }]
    expect(parent).toBe(window)
    expect(options.defaultPath).toBe(join('/nonexistent/documents', 'T-C.14_2022-2026_2026-12-04.pdf'))
    expect(options.filters).toEqual([{ name: 'Dokumen PDF', extensions: ['pdf'] }])
  })

  it('writes nothing when the dialog is cancelled', async () => {
    const result = await invoke<SavedFile>(FILE_CHANNELS.saveXlsx, { report: 'tc14' })
    expect(result).toEqual({ ok: true, value: { saved: false } })
    expect(dialog.showSaveDialog).toHaveBeenCalledTimes(1)
    expect(readdirSync(dir)).toEqual([])
  })

  it('builds and writes the XLSX and the CSV in main, adding the extension the analyst left out', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'matriks') })
    const xlsx = await invoke<SavedFile>(FILE_CHANNELS.saveXlsx, { report: 'tc14', paper: 'A3' })
    expect(xlsx).toEqual({ ok: true, value: { saved: true, fileName: 'matriks.xlsx' } })
    expect(build).toHaveBeenCalledWith(expect.objectContaining({ report: 'tc14', paper: 'A3' }))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(dir, 'matriks.xlsx'))
    expect(workbook.getWorksheet('T-C.14')?.pageSetup.paperSize).toBe(8)
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'matriks.csv') })
    const csv = await invoke<SavedFile>(FILE_CHANNELS.saveCsv, { report: 'tc14' })
    expect(csv).toMatchObject({ ok: true, value: { saved: true } })
    const text = readFileSync(join(dir, 'matriks.csv'), 'utf8')
    expect(text.startsWith('\uFEFFKode;')).toBe(true)
    expect(text).toContain(`;${BIG};`)
    const [, options] = dialog.showSaveDialog.mock.calls[1] as [unknown, { defaultPath: string }]
    expect(options.defaultPath.endsWith('T-C.14_2022-2026_2026-12-04.csv')).toBe(true)
  })

  it('refuses a sender that is not our page: another window, a subframe, another file; nothing printed, asked or written', async () => {
    const stranger = new FakeBrowserWindow({})
    const refusals = [
      fromOurPage({ sender: stranger.webContents }),
      fromOurPage({ parent: {} }),
      fromOurPage({ url: pathToFileURL('/tmp/evil.html').href }),
      { sender: window.webContents, senderFrame: null }
    ]
    for (const event of refusals) {
      for (const channel of Object.values(FILE_CHANNELS)) {
        expect(await invoke(channel, { report: 'tc14' }, event)).toEqual({
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Permintaan ditolak: pengirim tidak dikenal.' }
        })
      }
    }
    expect(window.webContents.printToPDF).not.toHaveBeenCalled()
    expect(window.webContents.print).not.toHaveBeenCalled()
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(build).not.toHaveBeenCalled()
    stranger.destroy()
  })

  it('validates the options with the report schema before anything runs', async () => {
    for (const channel of Object.values(FILE_CHANNELS)) {
      expect(await invoke(channel, { report: 'tc14', paper: 'Letter' })).toEqual({
        ok: false,
        error: { code: 'VALIDATION', message: 'Ukuran kertas tidak dikenal.' }
      })
      expect(await invoke(channel, { report: 'tc14', outPath: '/etc/x' })).toMatchObject({
        ok: false,
        error: { message: 'Opsi laporan tidak dikenal: outPath.' }
      })
      expect(await invoke(channel, 'tc14')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    }
    expect(window.webContents.printToPDF).not.toHaveBeenCalled()
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('says so in Bahasa Indonesia when the file cannot be written or the PDF cannot be made', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'tidak-ada', 'x.csv') })
    const unwritable = await invoke<SavedFile>(FILE_CHANNELS.saveCsv, { report: 'tc14' })
    expect(unwritable).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('Berkas tidak dapat disimpan di') } })
    window.webContents.printToPDF.mockRejectedValueOnce(new Error('render process gone'))
    expect(await invoke(FILE_CHANNELS.savePdf, { report: 'tc14' })).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'PDF tidak dapat dibuat dari pratinjau. Coba lagi.' }
    })
  })

  it('prints the sender page with the system dialog; a cancel is no error, a failure says so', async () => {
    expect(await invoke<Printed>(FILE_CHANNELS.print, { report: 'tc14' })).toEqual({ ok: true, value: { printed: true } })
    expect(window.webContents.print).toHaveBeenCalledWith({ silent: false, printBackground: true }, expect.any(Function))
    window.webContents.printOutcome = { success: false, failureReason: 'cancelled' }
    expect(await invoke<Printed>(FILE_CHANNELS.print, { report: 'tc14' })).toEqual({ ok: true, value: { printed: false } })
    window.webContents.printOutcome = { success: false, failureReason: 'failed' }
    expect(await invoke<Printed>(FILE_CHANNELS.print, { report: 'tc14' })).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Pencetakan gagal. Periksa printer, lalu coba lagi.' }
    })
  })
})
