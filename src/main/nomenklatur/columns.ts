import { NomenklaturImportError, type SheetRow } from './types'

/** The columns of the SIPD "pemutakhiran" export, all required. */
export const COLUMNS = {
  jenisPemda: 'JENIS PEMDA',
  bidang: 'BIDANG',
  program: 'PROGRAM',
  kegiatan: 'KEGIATAN',
  subKegiatan: 'SUBKEGIATAN',
  kinerja: 'KINERJA',
  indikator: 'INDIKATOR',
  satuan: 'SATUAN',
  tag: 'TAG',
  definisiOperasional: 'DEFINISI OPERASIONAL',
  pelaksana: 'PELAKSANA',
  spm: 'SPM',
  jenis: 'JENIS',
  previous: 'SUBKEGIATAN SEBELUMNYA'
} as const

export type ColumnKey = keyof typeof COLUMNS
export type ColumnMap = Record<ColumnKey, number>

export const COLUMN_NAMES: string[] = Object.values(COLUMNS)

/** The header row must be among the first rows (records, for CSV). */
export const HEADER_SEARCH_ROWS = 50

/** Header names compare case-insensitively, ignoring all whitespace ("SUB KEGIATAN"). */
export function normalizeHeader(cell: string): string {
  return cell.replace(/\s+/g, '').toUpperCase()
}

/**
 * Finds the header row among the first rows: the first one holding at least three of the
 * column names. Null if there is none; MISSING_COLUMN if that row lacks some columns.
 */
export function findHeader(rows: SheetRow[]): { index: number; columns: ColumnMap } | null {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS)
  for (let i = 0; i < limit; i++) {
    const positions = new Map<string, number>()
    rows[i].cells.forEach((cell, col) => {
      const key = normalizeHeader(cell)
      if (key !== '' && !positions.has(key)) positions.set(key, col)
    })
    const keys = Object.keys(COLUMNS) as ColumnKey[]
    const found = keys.filter((k) => positions.has(normalizeHeader(COLUMNS[k])))
    if (found.length < 3) continue
    const missing = keys.filter((k) => !found.includes(k)).map((k) => `"${COLUMNS[k]}"`)
    if (missing.length > 0) {
      throw new NomenklaturImportError('MISSING_COLUMN', `Kolom ${missing.join(', ')} tidak ditemukan di baris judul (baris ${rows[i].row}).`)
    }
    const columns = {} as ColumnMap
    for (const k of keys) columns[k] = positions.get(normalizeHeader(COLUMNS[k])) as number
    return { index: i, columns }
  }
  return null
}
