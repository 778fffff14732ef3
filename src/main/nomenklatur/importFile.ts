import { open, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import {
  formatMegabytes,
  IMPORT_LIMITS,
  type ImportLimits,
  type ImportProgress,
  type InputKind,
  type NomenklaturImportResult,
  NomenklaturImportError,
  WORKER_MARKER,
  type WorkerInput,
  type WorkerMessage
} from './types'
import { findWorkerEntry, WORKER_BOOTSTRAP } from '../workers/workerEntry'

/**
 * Imports a nomenclature file (.xlsx or .csv) off the main thread. The size is checked with
 * fs.stat before anything is read; the parse runs in a worker thread with a heap limit and
 * a time limit, so a crafted file can cost neither the app's memory nor its responsiveness.
 */

export interface ParseNomenklaturOptions {
  onProgress?: (p: ImportProgress) => void
  limits?: Partial<ImportLimits>
  /** Aborting terminates the worker and rejects with the signal's reason. */
  signal?: AbortSignal
  /** Worker entry to load instead of the one found next to this module (.js, or .ts via tsx). */
  workerScript?: string
}

/** File name of the worker bundle: electron-vite entry `nomenklaturWorker`. */
export const WORKER_BUNDLE_NAME = 'nomenklaturWorker.js'

const SNIFF_BYTES = 4096

export async function parseNomenklaturFile(path: string, options: ParseNomenklaturOptions = {}): Promise<NomenklaturImportResult> {
  const limits: ImportLimits = { ...IMPORT_LIMITS, ...options.limits }
  const size = await fileSize(path)
  if (size > limits.maxFileBytes) {
    throw new NomenklaturImportError('TOO_LARGE', `Berkas terlalu besar (${formatMegabytes(size)}); batasnya ${formatMegabytes(limits.maxFileBytes)}.`)
  }
  if (size === 0) throw new NomenklaturImportError('EMPTY', 'Berkas kosong (0 bita).')
  const kind = sniffKind(await readHead(path), path)
  return runWorker({ marker: WORKER_MARKER, path, fileName: basename(path), kind, limits }, options)
}

async function fileSize(path: string): Promise<number> {
  let info
  try {
    info = await stat(path)
  } catch {
    throw new NomenklaturImportError('NOT_SPREADSHEET', `Berkas "${basename(path)}" tidak dapat dibuka.`)
  }
  if (!info.isFile()) {
    throw new NomenklaturImportError('NOT_SPREADSHEET', `"${basename(path)}" bukan sebuah berkas.`)
  }
  return info.size
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buf = Buffer.alloc(SNIFF_BYTES)
    const { bytesRead } = await handle.read(buf, 0, SNIFF_BYTES, 0)
    return buf.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

/** Tells an .xlsx (ZIP) from a CSV or other text by the first bytes, refusing the rest. */
export function sniffKind(head: Buffer, path: string): InputKind {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5)) {
    return 'xlsx'
  }
  if (head.subarray(0, 8).equals(OLE_MAGIC)) {
    // Password-protected .xlsx files are OLE containers too, like old .xls files.
    throw new NomenklaturImportError('ENCRYPTED', 'Berkas dilindungi kata sandi atau berformat Excel lama (.xls). Simpan ulang sebagai .xlsx tanpa kata sandi.')
  }
  if (looksLikeText(head)) return extname(path).toLowerCase() === '.csv' ? 'csv' : 'text'
  throw new NomenklaturImportError('NOT_SPREADSHEET', 'Berkas ini bukan lembar kerja (.xlsx atau .csv). Pilih ekspor nomenklatur dari SIPD.')
}

/** No NUL bytes and few control characters: UTF-8 or a single-byte text encoding. */
function looksLikeText(head: Buffer): boolean {
  let control = 0
  for (const byte of head) {
    if (byte === 0) return false
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++
  }
  return control <= head.length / 100
}

function runWorker(input: WorkerInput, options: ParseNomenklaturOptions): Promise<NomenklaturImportResult> {
  const entry = findWorkerEntry(WORKER_BUNDLE_NAME, join(__dirname, 'importWorker.ts'), options.workerScript)
  const { limits } = input
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BOOTSTRAP, {
      eval: true,
      workerData: { ...input, script: entry.script, tsx: entry.tsx },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxWorkerHeapMb, maxYoungGenerationSizeMb: 48 }
    })
    let settled = false
    const finish = (settle: () => void): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      void worker.terminate()
      settle()
    }
    const timer = setTimeout(() => {
      const seconds = (limits.timeoutMs / 1000).toLocaleString('id-ID', { maximumFractionDigits: 3 })
      finish(() => reject(new NomenklaturImportError('TIMEOUT', `Pembacaan berkas dihentikan karena melebihi batas waktu ${seconds} detik.`)))
    }, limits.timeoutMs)
    const onAbort = (): void => finish(() => reject(options.signal?.reason instanceof Error ? options.signal.reason : new Error('Import aborted')))
    if (options.signal?.aborted) return onAbort()
    options.signal?.addEventListener('abort', onAbort, { once: true })

    worker.on('message', (message: WorkerMessage) => {
      if (settled) return
      if (message.type === 'progress') {
        try {
          options.onProgress?.({ phase: message.phase, done: message.done, total: message.total })
        } catch (error) {
          console.error('Selaras: import progress callback failed', error)
        }
      } else if (message.type === 'done') {
        finish(() => resolve(message.result))
      } else if (message.type === 'error') {
        finish(() => reject(new NomenklaturImportError(message.code, message.message)))
      } else {
        finish(() => reject(new Error(`Nomenclature import worker failed: ${message.message}`)))
      }
    })
    worker.on('error', (error: Error & { code?: string }) => {
      finish(() =>
        reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new NomenklaturImportError('TOO_LARGE', 'Berkas terlalu besar untuk dibaca dengan aman.') : error)
      )
    })
    worker.on('exit', (code) => {
      finish(() => reject(new Error(`Nomenclature import worker exited early (code ${code})`)))
    })
  })
}
