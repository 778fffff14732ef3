// The Cetak screen's buttons: Simpan PDF, Unduh XLSX, Unduh CSV and Cetak. The desktop asks
// main (window.api.files), which builds, shows its save dialog and writes the file. Browser
// mode downloads the XLSX/CSV that the server made (POST /export/<format>), and prints the
// preview page with the browser's own dialog (its @media print hides the app around it).
import type { ReportOptions } from '../../../shared/reports/options'
import type { SavedFile } from '../../../shared/reports/files'
import { attachmentName } from '../../../shared/contentDisposition'
import type { ApiError, Result } from '../../../shared/result'
import { ApiCallError } from './client'
import { sessionToken } from './httpApi'

export type ReportFileFormat = 'xlsx' | 'csv' | 'pdf'

const SERVER_GONE: ApiError = { code: 'INTERNAL', message: 'Server Selaras tidak menjawab. Pastikan Selaras masih berjalan.' }

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new ApiCallError(result.error)
  return result.value
}

async function download(format: 'xlsx' | 'csv', options: ReportOptions): Promise<SavedFile> {
  let response: Response
  try {
    response = await fetch(`/export/${format}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Selaras-Token': sessionToken() },
      body: JSON.stringify(options)
    })
  } catch {
    throw new ApiCallError(SERVER_GONE)
  }
  if (!response.ok) {
    const refusal = (await response.json().catch(() => ({ ok: false, error: SERVER_GONE }))) as Result<never>
    unwrap(refusal.ok === false ? refusal : { ok: false, error: SERVER_GONE })
  }
  const fileName = attachmentName(response.headers.get('Content-Disposition')) ?? `laporan.${format}`
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has taken the blob once the click's task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0)
  return { saved: true, fileName }
}

/**
 * Saves a report file. Desktop: main's save dialog (saved false when cancelled). Browser mode:
 * XLSX and CSV download; PDF opens the browser's print dialog (its "Simpan sebagai PDF"), so
 * saved is false: the browser, not Selaras, writes that file.
 */
export async function saveReportFile(format: ReportFileFormat, options: ReportOptions): Promise<SavedFile> {
  const files = window.api?.files
  if (files) {
    if (format === 'pdf') return unwrap(await files.savePdf(options))
    return unwrap(await (format === 'xlsx' ? files.saveXlsx(options) : files.saveCsv(options)))
  }
  if (format === 'pdf') {
    window.print()
    return { saved: false }
  }
  return download(format, options)
}

/** Prints the preview on paper: the system print dialog in the desktop, the browser's in browser mode. */
export async function printReport(options: ReportOptions): Promise<void> {
  const files = window.api?.files
  if (files) {
    unwrap(await files.print(options))
    return
  }
  window.print()
}
