/**
 * Types for importing the national nomenclature (SIPD "pemutakhiran" export) from an
 * .xlsx or .csv file. Only kabupaten/kota rows (JENIS PEMDA KABKOT) are kept.
 */

export interface NomenklaturBidang {
  code: string
  name: string
}

export interface NomenklaturProgram {
  code: string
  name: string
  /** The bidang of the first row that uses this program (X.XX programs may sit under any). */
  bidangCode: string
}

export interface NomenklaturKegiatan {
  code: string
  name: string
  programCode: string
}

export interface NomenklaturSubKegiatan {
  code: string
  name: string
  kegiatanCode: string
  kinerja: string
  indikator: string
  satuan: string
  tags: string[]
  spm: boolean
  /** "Layanan" or "Aktifitas" in the 2027 export. */
  jenis: string
  /** Keeps its line breaks; every line has its spaces collapsed and the whole is trimmed. */
  definisiOperasional: string
  pelaksana: string
  previousCode: string | null
  previousName: string | null
  /** Row number in the sheet (1-based; for CSV the record number). */
  sourceRow: number
}

export interface ParsedNomenklatur {
  bidang: NomenklaturBidang[]
  program: NomenklaturProgram[]
  kegiatan: NomenklaturKegiatan[]
  subKegiatan: NomenklaturSubKegiatan[]
}

export interface SkippedRows {
  /** Indonesian, e.g. 'Baris provinsi (JENIS PEMDA PROV)'. */
  reason: string
  count: number
  /** Sheet row numbers, up to 5. */
  firstRows: number[]
}

export interface NomenklaturPreview {
  fileName: string
  sha256: string
  /** Data rows below the header row, skipped ones included. */
  totalRows: number
  counts: { bidang: number; program: number; kegiatan: number; subKegiatan: number }
  skipped: SkippedRows[]
}

export interface NomenklaturImportResult {
  parsed: ParsedNomenklatur
  preview: NomenklaturPreview
}

/**
 * Progress of an import. `done / total` is the overall fraction (total is 100) and only
 * grows, across phases; `phase` is the Indonesian label of the current step.
 */
export interface ImportProgress {
  phase: string
  done: number
  total: number
}

export type ImportErrorCode =
  | 'NOT_SPREADSHEET'
  | 'ENCRYPTED'
  | 'CORRUPT'
  | 'TOO_LARGE'
  | 'ZIP_BOMB'
  | 'TOO_MANY_ENTRIES'
  | 'TIMEOUT'
  | 'MISSING_COLUMN'
  | 'BAD_CODE'
  | 'DUPLICATE_CODE'
  | 'ORPHAN'
  | 'EMPTY'

/** An import refused for a reason the user can act on; the message is in Bahasa Indonesia. */
export class NomenklaturImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'NomenklaturImportError'
  }
}

export const IMPORT_LIMITS = {
  /** Checked with fs.stat before the file is read. The real 2027 export is 1.2 MB. */
  maxFileBytes: 20 * 1024 * 1024,
  maxZipEntries: 200,
  /** Sum of the declared uncompressed sizes of all entries (the real file: 9 MB). */
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxEntryBytes: 60 * 1024 * 1024,
  maxRows: 100_000,
  timeoutMs: 60_000,
  maxWorkerHeapMb: 512
}

export type ImportLimits = typeof IMPORT_LIMITS

/** Kind of input as sniffed from the first bytes and the file name. */
export type InputKind = 'xlsx' | 'csv' | 'text'

/** One spreadsheet row: its 1-based number and its cells by column position (A = 0). */
export interface SheetRow {
  row: number
  cells: string[]
}

/** Formats a byte count the way Windows Explorer does (1 MB = 1024 * 1024), e.g. '52,4 MB'. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  const digits = Number.isInteger(mb) ? 0 : 1
  return `${mb.toLocaleString('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits })} MB`
}

/** workerData of the import worker (importWorker.ts); the marker tells it apart. */
export const WORKER_MARKER = 'selaras-nomenklatur-import'

export interface WorkerInput {
  marker: typeof WORKER_MARKER
  path: string
  fileName: string
  kind: InputKind
  limits: ImportLimits
}

export type WorkerMessage =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'done'; result: NomenklaturImportResult }
  | { type: 'error'; code: ImportErrorCode; message: string }
  | { type: 'crash'; message: string }
