import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { COLUMN_NAMES } from './columns'
import { decodeCsvText, detectSeparator, parseCsv } from './csvSheet'
import { parseNomenklaturRows } from './parseRows'
import {
  formatMegabytes,
  type ImportLimits,
  type ImportProgress,
  type InputKind,
  type NomenklaturImportResult,
  NomenklaturImportError,
  type SheetRow,
  WORKER_MARKER,
  type WorkerInput,
  type WorkerMessage
} from './types'
import { readXlsxRows } from './xlsxSheet'

/**
 * The import core, and the entry of the worker thread that runs it. Loaded as a worker
 * (see importFile.ts) it reads the file, parses it and posts progress and the result; loaded
 * any other way it only exports runImportInline.
 */

/** Turns phase fractions into one overall percentage that only grows. */
function progressReporter(onProgress?: (p: ImportProgress) => void) {
  let last = -1
  return (phase: string, from: number, to: number, fraction: number): void => {
    if (!onProgress) return
    const done = Math.floor(from + (to - from) * Math.min(1, Math.max(0, fraction)))
    if (done <= last) return
    last = done
    onProgress({ phase, done, total: 100 })
  }
}

/** Parses a whole file in the current thread. Use parseNomenklaturFile from the app. */
export function runImportInline(
  buffer: Buffer,
  kind: InputKind,
  limits: ImportLimits,
  onProgress?: (p: ImportProgress) => void,
  fileName = ''
): NomenklaturImportResult {
  const report = progressReporter(onProgress)
  report('Membuka berkas', 0, 10, 0)
  const sha256 = createHash('sha256').update(buffer).digest('hex')
  let rows: SheetRow[]
  if (kind === 'xlsx') {
    rows = readXlsxRows(buffer, limits, (phase, f) => {
      if (phase === 'unzip') report('Membuka berkas', 0, 10, f)
      else if (phase === 'strings') report('Membaca teks', 10, 40, f)
      else report('Membaca baris', 40, 75, f)
    })
  } else {
    const text = decodeCsvText(buffer)
    report('Membuka berkas', 0, 10, 1)
    const separator = detectSeparator(text, COLUMN_NAMES)
    rows = parseCsv(text, separator, limits.maxRows, (f) => report('Membaca baris', 10, 75, f))
    if (rows.length > limits.maxRows) {
      throw new NomenklaturImportError('TOO_LARGE', `Berkas terlalu besar: lebih dari ${limits.maxRows.toLocaleString('id-ID')} baris.`)
    }
  }
  report('Memeriksa kode', 75, 100, 0)
  const result = parseNomenklaturRows(rows, {
    fileName,
    sha256,
    requireSpreadsheetLook: kind === 'text',
    onFraction: (f) => report('Memeriksa kode', 75, 100, f)
  })
  report('Selesai', 0, 100, 1)
  return result
}

function runAsWorker(input: WorkerInput): void {
  const port = parentPort
  if (!port) return
  const post = (message: WorkerMessage): void => port.postMessage(message)
  try {
    const buffer = readFileSync(input.path)
    // The file may have grown since importFile checked its size.
    if (buffer.length > input.limits.maxFileBytes) {
      throw new NomenklaturImportError(
        'TOO_LARGE',
        `Berkas terlalu besar (${formatMegabytes(buffer.length)}); batasnya ${formatMegabytes(input.limits.maxFileBytes)}.`
      )
    }
    const result = runImportInline(buffer, input.kind, input.limits, (p) => post({ type: 'progress', ...p }), input.fileName)
    post({ type: 'done', result })
  } catch (error) {
    if (error instanceof NomenklaturImportError) {
      post({ type: 'error', code: error.code, message: error.message })
    } else {
      post({ type: 'crash', message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
    }
  }
}

const input = workerData as Partial<WorkerInput> | null
if (!isMainThread && input?.marker === WORKER_MARKER) runAsWorker(input as WorkerInput)
