import { cleanMultiline, type CodeCell, collapseSpaces, columnLetters, type Level, LEVELS, parseSpm, parseTags, pemdaKind, splitCodeCell } from './rowFields'
import { COLUMN_NAMES, type ColumnKey, findHeader } from './columns'
import {
  type NomenklaturImportResult,
  NomenklaturImportError,
  type NomenklaturSubKegiatan,
  type ParsedNomenklatur,
  type SheetRow,
  type SkippedRows
} from './types'

const SKIP_PROV = 'Baris provinsi (JENIS PEMDA PROV)'
const SKIP_BLANK = 'Baris kosong'
const SKIP_OTHER = 'Baris dengan JENIS PEMDA selain PROV atau KABKOT'

export interface ParseRowsOptions {
  fileName: string
  sha256: string
  /** For a text file that was not named .csv: no header row means it is no spreadsheet. */
  requireSpreadsheetLook?: boolean
  onFraction?: (fraction: number) => void
}

interface Seen {
  name: string
  row: number
}

/** Validates the rows of the sheet and builds the kab/kota nomenclature and its preview. */
export function parseNomenklaturRows(rows: SheetRow[], options: ParseRowsOptions): NomenklaturImportResult {
  const header = findHeader(rows)
  if (!header) {
    if (options.requireSpreadsheetLook) {
      throw new NomenklaturImportError('NOT_SPREADSHEET', 'Berkas ini bukan lembar kerja (.xlsx atau .csv).')
    }
    throw new NomenklaturImportError(
      'MISSING_COLUMN',
      `Baris judul tidak ditemukan: kolom ${COLUMN_NAMES.map((n) => `"${n}"`).join(', ')} harus ada dalam satu baris.`
    )
  }
  const { columns } = header
  const parsed: ParsedNomenklatur = { bidang: [], program: [], kegiatan: [], subKegiatan: [] }
  const seen: Record<Level, Map<string, Seen>> = {
    bidang: new Map(),
    program: new Map(),
    kegiatan: new Map(),
    subKegiatan: new Map()
  }
  const skipped = new Map<string, SkippedRows>()
  const skip = (reason: string, row: number): void => {
    const entry = skipped.get(reason) ?? { reason, count: 0, firstRows: [] }
    entry.count++
    if (entry.firstRows.length < 5) entry.firstRows.push(row)
    skipped.set(reason, entry)
  }

  const dataRows = rows.slice(header.index + 1)
  const step = Math.max(1, Math.floor(dataRows.length / 20))
  dataRows.forEach((sheetRow, i) => {
    if (options.onFraction && i > 0 && i % step === 0) options.onFraction(i / dataRows.length)
    const { row, cells } = sheetRow
    const get = (key: ColumnKey): string => cells[columns[key]] ?? ''
    if (cells.every((c) => c.trim() === '')) return skip(SKIP_BLANK, row)
    const kind = pemdaKind(get('jenisPemda'))
    if (kind === 'PROV') return skip(SKIP_PROV, row)
    if (kind === 'OTHER') return skip(SKIP_OTHER, row)

    const code = (key: Level): CodeCell | null => {
      const cell = splitCodeCell(get(key))
      if (cell) checkFormat(key, cell, row, columns[key])
      return cell
    }
    const sub = code('subKegiatan')
    const kegiatan = code('kegiatan')
    const program = code('program')
    const bidang = code('bidang')
    if (!sub) {
      throw new NomenklaturImportError('BAD_CODE', `Baris ${row} (sel ${columnLetters(columns.subKegiatan)}${row}): kode sub kegiatan kosong.`)
    }
    const orphan = (child: Level, childCode: string, parent: Level): NomenklaturImportError =>
      new NomenklaturImportError('ORPHAN', `Baris ${row}: ${LEVELS[child].label} ${childCode} tidak punya ${LEVELS[parent].label} yang sesuai.`)
    if (!kegiatan || !sub.code.startsWith(kegiatan.code + '.')) throw orphan('subKegiatan', sub.code, 'kegiatan')
    if (!program || !kegiatan.code.startsWith(program.code + '.')) throw orphan('kegiatan', kegiatan.code, 'program')
    const template = program.code.startsWith('X.XX.')
    if (!bidang || (!template && !program.code.startsWith(bidang.code + '.'))) {
      throw orphan('program', program.code, 'bidang')
    }

    if (remember(seen.bidang, 'bidang', bidang, row)) parsed.bidang.push({ ...bidang })
    if (remember(seen.program, 'program', program, row)) {
      parsed.program.push({ ...program, bidangCode: bidang.code })
    }
    if (remember(seen.kegiatan, 'kegiatan', kegiatan, row)) {
      parsed.kegiatan.push({ ...kegiatan, programCode: program.code })
    }
    const earlier = seen.subKegiatan.get(sub.code)
    if (earlier) {
      throw new NomenklaturImportError('DUPLICATE_CODE', `Baris ${row}: kode sub kegiatan ${sub.code} sudah dipakai di baris ${earlier.row}.`)
    }
    seen.subKegiatan.set(sub.code, { name: sub.name, row })
    const previous = splitCodeCell(get('previous'))
    if (previous) checkFormat('subKegiatan', previous, row, columns.previous, 'SUBKEGIATAN SEBELUMNYA')
    parsed.subKegiatan.push(subKegiatanOf(sub, kegiatan.code, get, previous, row))
  })
  options.onFraction?.(1)

  if (parsed.subKegiatan.length === 0) {
    throw new NomenklaturImportError('EMPTY', 'Tidak ada baris kabupaten/kota (JENIS PEMDA KABKOT) di berkas ini.')
  }
  return {
    parsed,
    preview: {
      fileName: options.fileName,
      sha256: options.sha256,
      totalRows: dataRows.length,
      counts: {
        bidang: parsed.bidang.length,
        program: parsed.program.length,
        kegiatan: parsed.kegiatan.length,
        subKegiatan: parsed.subKegiatan.length
      },
      skipped: [...skipped.values()]
    }
  }
}

function checkFormat(level: Level, cell: CodeCell, row: number, col: number, what?: string): void {
  // what is set for SUBKEGIATAN SEBELUMNYA, where only the code is required.
  const info = LEVELS[level]
  const where = `Baris ${row} (sel ${columnLetters(col)}${row})`
  const label = what ?? info.label
  if (!info.pattern.test(cell.code)) {
    throw new NomenklaturImportError('BAD_CODE', `${where}: kode ${label} "${cell.code}" tidak sesuai format ${info.format}.`)
  }
  if (cell.name === '' && what === undefined) {
    throw new NomenklaturImportError('BAD_CODE', `${where}: ${label} ${cell.code} tidak punya nama.`)
  }
}

/** Records a code; true the first time. The same code under another name is refused. */
function remember(map: Map<string, Seen>, level: Level, cell: CodeCell, row: number): boolean {
  const earlier = map.get(cell.code)
  if (!earlier) {
    map.set(cell.code, { name: cell.name, row })
    return true
  }
  if (earlier.name !== cell.name) {
    throw new NomenklaturImportError(
      'DUPLICATE_CODE',
      `Baris ${row}: kode ${LEVELS[level].label} ${cell.code} bernama "${cell.name}", ` + `padahal di baris ${earlier.row} bernama "${earlier.name}".`
    )
  }
  return false
}

function subKegiatanOf(sub: CodeCell, kegiatanCode: string, get: (key: ColumnKey) => string, previous: CodeCell | null, row: number): NomenklaturSubKegiatan {
  return {
    code: sub.code,
    name: sub.name,
    kegiatanCode,
    kinerja: collapseSpaces(get('kinerja')),
    indikator: collapseSpaces(get('indikator')),
    satuan: collapseSpaces(get('satuan')),
    tags: parseTags(get('tag')),
    spm: parseSpm(get('spm')),
    jenis: collapseSpaces(get('jenis')),
    definisiOperasional: cleanMultiline(get('definisiOperasional')),
    pelaksana: collapseSpaces(get('pelaksana')),
    previousCode: previous ? previous.code : null,
    previousName: previous && previous.name !== '' ? previous.name : null,
    sourceRow: row
  }
}
