// Desktop report files: Simpan PDF (printToPDF of the sender's page, the Cetak preview), Unduh
// XLSX / CSV (built in main) and Cetak (the system print dialog). Each call is checked for its
// sender exactly like the contract's channels and its options validated; main writes the file
// after its own save dialog, and a cancelled dialog writes nothing.
import { writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { FILE_CHANNELS } from '../../shared/channels'
import type { Printed, SavedFile } from '../../shared/reports/files'
import type { Result } from '../../shared/result'
import { exportReport, parseReportOptions, type ExportFormat } from '../reports/exportReport'
import { REPORT_FILE_TYPES, reportFileName, type ReportFileFormat } from '../reports/fileName'
import type { ReportSource } from '../reports/source'
import { FORBIDDEN, isTrustedEvent, type TrustedRenderer } from './register'

export interface ReportFilesOptions {
  /** The reports; undefined until the builders are wired (XLSX/CSV then say so). */
  source: ReportSource | undefined
  trusted: TrustedRenderer
  isKnownSender: (sender: WebContents) => boolean
  /** Where files are written; replaced in tests. */
  write?: (path: string, bytes: Buffer) => Promise<void>
  now?: () => Date
  log?: (message: string, error: unknown) => void
}

const NO_REPORTS: Result<never> = { ok: false, error: { code: 'NOT_FOUND', message: 'Ekspor laporan belum tersedia.' } }
const DIALOG_TITLES: Record<ReportFileFormat, string> = { pdf: 'Simpan PDF', xlsx: 'Simpan XLSX', csv: 'Simpan CSV (Excel, pengaturan Indonesia)' }

function logger(options: ReportFilesOptions) {
  return options.log ?? ((message: string, error: unknown) => console.error(message, error))
}

/** Asks where to save, then writes; a cancelled dialog writes nothing. */
async function saveWithDialog(
  options: ReportFilesOptions,
  sender: WebContents,
  format: ReportFileFormat,
  fileName: string,
  bytes: Buffer
): Promise<Result<SavedFile>> {
  const window = BrowserWindow.fromWebContents(sender)
  const dialogOptions = {
    title: DIALOG_TITLES[format],
    defaultPath: join(app.getPath('documents'), fileName),
    filters: [{ name: REPORT_FILE_TYPES[format].filterName, extensions: [format] }]
  }
  const choice = window ? await dialog.showSaveDialog(window, dialogOptions) : await dialog.showSaveDialog(dialogOptions)
  if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } }
  const path = extname(choice.filePath) === '' ? `${choice.filePath}.${format}` : choice.filePath
  try {
    await (options.write ?? writeFile)(path, bytes)
  } catch (error) {
    logger(options)(`Selaras: writing ${path} failed`, error)
    return { ok: false, error: { code: 'INTERNAL', message: `Berkas tidak dapat disimpan di ${path}. Periksa folder dan izinnya, lalu coba lagi.` } }
  }
  return { ok: true, value: { saved: true, fileName: basename(path) } }
}

/** The default name of a PDF: the report's own file stem, as its XLSX gets. */
function pdfFileName(options: ReportFilesOptions, raw: unknown, now: Date): Result<string> {
  const parsed = parseReportOptions(raw)
  if (!parsed.ok) return parsed
  try {
    const stem = options.source?.build(parsed.value).fileStem ?? parsed.value.report
    return { ok: true, value: reportFileName(stem, 'pdf', now) }
  } catch (error) {
    logger(options)('Selaras: the report for the PDF name failed', error)
    return { ok: true, value: reportFileName(parsed.value.report, 'pdf', now) }
  }
}

export async function savePdf(options: ReportFilesOptions, event: IpcMainInvokeEvent, raw: unknown): Promise<Result<SavedFile>> {
  if (!isTrustedEvent(event, options)) return FORBIDDEN
  const name = pdfFileName(options, raw, options.now?.() ?? new Date())
  if (!name.ok) return name
  let pdf: Buffer
  try {
    // The page that asked is the Cetak preview: its @page rules give the paper and orientation.
    pdf = await event.sender.printToPDF({ preferCSSPageSize: true, printBackground: true })
  } catch (error) {
    logger(options)('Selaras: printToPDF failed', error)
    return { ok: false, error: { code: 'INTERNAL', message: 'PDF tidak dapat dibuat dari pratinjau. Coba lagi.' } }
  }
  return saveWithDialog(options, event.sender, 'pdf', name.value, pdf)
}

export async function saveExport(options: ReportFilesOptions, format: ExportFormat, event: IpcMainInvokeEvent, raw: unknown): Promise<Result<SavedFile>> {
  if (!isTrustedEvent(event, options)) return FORBIDDEN
  if (!options.source) return NO_REPORTS
  const file = await exportReport({ source: options.source, now: options.now, log: options.log }, format, raw)
  if (!file.ok) return file
  return saveWithDialog(options, event.sender, format, file.value.fileName, file.value.bytes)
}

export async function printPage(options: ReportFilesOptions, event: IpcMainInvokeEvent, raw: unknown): Promise<Result<Printed>> {
  if (!isTrustedEvent(event, options)) return FORBIDDEN
  const parsed = parseReportOptions(raw)
  if (!parsed.ok) return parsed
  return new Promise((resolve) => {
    event.sender.print({ silent: false, printBackground: true }, (success, failureReason) => {
      if (success || failureReason === 'cancelled') resolve({ ok: true, value: { printed: success } })
      else {
        logger(options)('Selaras: print failed', failureReason)
        resolve({ ok: false, error: { code: 'INTERNAL', message: 'Pencetakan gagal. Periksa printer, lalu coba lagi.' } })
      }
    })
  })
}

export function registerReportFiles(options: ReportFilesOptions): void {
  ipcMain.handle(FILE_CHANNELS.savePdf, (event, raw: unknown) => savePdf(options, event, raw))
  ipcMain.handle(FILE_CHANNELS.saveXlsx, (event, raw: unknown) => saveExport(options, 'xlsx', event, raw))
  ipcMain.handle(FILE_CHANNELS.saveCsv, (event, raw: unknown) => saveExport(options, 'csv', event, raw))
  ipcMain.handle(FILE_CHANNELS.print, (event, raw: unknown) => printPage(options, event, raw))
}

export function unregisterReportFiles(): void {
  for (const channel of Object.values(FILE_CHANNELS)) ipcMain.removeHandler(channel)
}
