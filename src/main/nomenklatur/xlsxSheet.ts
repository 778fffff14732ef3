import { type ImportLimits, NomenklaturImportError, type SheetRow } from './types'
import { locateParts } from './xlsxParts'
import { decodeXmlText, findStartTag, getRawAttribute, readTextRuns, rootPrefix } from './xmlScan'
import { extractZipEntry, readZipDirectory, type ZipEntry } from './zipReader'

/**
 * Reads the first worksheet of an .xlsx into rows of string cells. The workbook is found
 * through _rels/.rels, the first sheet through xl/workbook.xml and its relationships, as
 * Excel does; shared strings, inline strings, formula strings and numbers are read.
 */

export type XlsxPhase = 'unzip' | 'strings' | 'rows'

/** Cells right of this column are ignored: the nomenclature uses 14, and a stray XFD1 cell
 * must not make every row array 16,384 long. */
const MAX_COLUMNS = 256

function corrupt(detail: string): NomenklaturImportError {
  return new NomenklaturImportError('CORRUPT', `Berkas rusak atau bukan .xlsx yang utuh: ${detail}.`)
}

/**
 * An XML part as a latin1 string of its UTF-8 bytes (see decodeXmlText); a UTF-16 part is
 * re-encoded to UTF-8 first.
 */
function decodePart(data: Buffer): string {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) {
    return Buffer.from(data.toString('utf16le', 2), 'utf8').toString('latin1')
  }
  const start = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0
  return data.toString('latin1', start)
}

export function readSharedStrings(xml: string, onFraction?: (f: number) => void): string[] {
  const prefix = rootPrefix(xml)
  const si = prefix + 'si'
  const siClose = '</' + si + '>'
  const out: string[] = []
  const step = Math.max(1, Math.floor(xml.length / 20))
  let nextReport = step
  let pos = 0
  for (;;) {
    const lt = findStartTag(xml, si, pos, xml.length)
    if (lt < 0) return out
    const gt = xml.indexOf('>', lt)
    if (gt < 0) throw corrupt('teks bersama (sharedStrings) terpotong')
    if (xml.charCodeAt(gt - 1) === 47 /* / */) {
      out.push('')
      pos = gt + 1
      continue
    }
    const end = xml.indexOf(siClose, gt)
    if (end < 0) throw corrupt('teks bersama (sharedStrings) terpotong')
    out.push(readTextRuns(xml, gt + 1, end, prefix))
    pos = end + siClose.length
    if (onFraction && pos >= nextReport) {
      onFraction(pos / xml.length)
      nextReport = pos + step
    }
  }
}

/** Column index (A = 0) from a cell reference like "AB12"; -1 if there are no letters. */
function columnIndex(ref: string): number {
  let col = 0
  let i = 0
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) | 0x20 // lower case
    if (ch < 97 || ch > 122) break
    col = col * 26 + (ch - 96)
  }
  return i === 0 ? -1 : col - 1
}

export function readSheetRows(xml: string, strings: string[], maxRows: number, onFraction?: (f: number) => void): SheetRow[] {
  const p = rootPrefix(xml)
  const rows: SheetRow[] = []
  const dataStart = findStartTag(xml, p + 'sheetData', 0, xml.length)
  if (dataStart < 0) return rows
  const dataEnd = xml.indexOf('</' + p + 'sheetData>', dataStart)
  if (dataEnd < 0) return rows // <sheetData/>: an empty sheet
  const rowTag = p + 'row'
  const rowClose = '</' + rowTag + '>'
  const cTag = p + 'c'
  const cClose = '</' + cTag + '>'
  const step = Math.max(1, Math.floor((dataEnd - dataStart) / 20))
  let nextReport = dataStart + step
  let previousRow = 0
  let pos = dataStart
  for (;;) {
    const rowStart = findStartTag(xml, rowTag, pos, dataEnd)
    if (rowStart < 0) return rows
    const rowGt = xml.indexOf('>', rowStart)
    const rowNumber = Number(getRawAttribute(xml, rowStart, rowGt, 'r') ?? previousRow + 1)
    if (!Number.isInteger(rowNumber) || rowNumber <= previousRow) {
      throw corrupt(`nomor baris tidak wajar setelah baris ${previousRow}`)
    }
    previousRow = rowNumber
    if (xml.charCodeAt(rowGt - 1) === 47 /* / */) {
      pos = rowGt + 1
      continue
    }
    const rowEnd = xml.indexOf(rowClose, rowGt)
    if (rowEnd < 0 || rowEnd > dataEnd) throw corrupt(`baris ${rowNumber} terpotong`)
    const cells: string[] = []
    let previousCol = -1
    let cPos = rowGt + 1
    for (;;) {
      const cStart = findStartTag(xml, cTag, cPos, rowEnd)
      if (cStart < 0) break
      const cGt = xml.indexOf('>', cStart)
      const ref = getRawAttribute(xml, cStart, cGt, 'r')
      const col = ref === null ? previousCol + 1 : columnIndex(ref)
      if (col < 0) throw corrupt(`alamat sel "${ref}" tidak wajar`)
      previousCol = col
      if (xml.charCodeAt(cGt - 1) === 47 /* / */) {
        cPos = cGt + 1
        continue
      }
      const cEnd = xml.indexOf(cClose, cGt)
      if (cEnd < 0 || cEnd > rowEnd) throw corrupt(`sel di baris ${rowNumber} terpotong`)
      cPos = cEnd + cClose.length
      if (col >= MAX_COLUMNS) continue
      const value = cellValue(xml, cStart, cGt, cEnd, p, strings)
      if (value === '') continue
      while (cells.length < col) cells.push('')
      cells[col] = value
    }
    rows.push({ row: rowNumber, cells })
    if (rows.length > maxRows) {
      throw new NomenklaturImportError('TOO_LARGE', `Berkas terlalu besar: lebih dari ${maxRows.toLocaleString('id-ID')} baris.`)
    }
    pos = rowEnd + rowClose.length
    if (onFraction && pos >= nextReport) {
      onFraction((pos - dataStart) / (dataEnd - dataStart))
      nextReport = pos + step
    }
  }
}

function cellValue(xml: string, start: number, gt: number, end: number, p: string, strings: string[]): string {
  const type = getRawAttribute(xml, start, gt, 't')
  if (type === 'inlineStr') {
    const is = findStartTag(xml, p + 'is', gt, end)
    return is < 0 ? '' : readTextRuns(xml, is, end, p)
  }
  const v = findStartTag(xml, p + 'v', gt, end)
  if (v < 0) return ''
  const vGt = xml.indexOf('>', v)
  if (xml.charCodeAt(vGt - 1) === 47 /* / */) return ''
  const vEnd = xml.indexOf('</' + p + 'v>', vGt)
  if (vEnd < 0 || vEnd > end) throw corrupt('nilai sel terpotong')
  const raw = xml.slice(vGt + 1, vEnd)
  if (type === 's') {
    const index = Number(raw)
    const text = strings[index]
    if (!Number.isInteger(index) || text === undefined) throw corrupt(`rujukan teks bersama ${raw} tidak ada`)
    return text
  }
  if (type === 'b') return raw.trim() === '1' ? 'TRUE' : 'FALSE'
  return decodeXmlText(raw)
}

/**
 * Unzips an .xlsx and returns the rows of its first worksheet. `onPhase` gets the step and
 * its completed fraction (0..1).
 */
export function readXlsxRows(buf: Buffer, limits: ImportLimits, onPhase?: (phase: XlsxPhase, fraction: number) => void): SheetRow[] {
  const entries = readZipDirectory(buf, limits)
  const read = (name: string): string | null => {
    const entry: ZipEntry | undefined = entries.get(name)
    return entry ? decodePart(extractZipEntry(buf, entry)) : null
  }
  const parts = locateParts(read)
  const sheetEntry = entries.get(parts.sheetPath)
  if (!sheetEntry) throw corrupt(`lembar kerja "${parts.sheetPath}" tidak ada di arsip`)
  onPhase?.('unzip', 0.3)
  const sharedXml = parts.sharedStringsPath ? read(parts.sharedStringsPath) : null
  onPhase?.('unzip', 0.6)
  const sheetXml = decodePart(extractZipEntry(buf, sheetEntry))
  onPhase?.('unzip', 1)
  const strings = sharedXml ? readSharedStrings(sharedXml, (f) => onPhase?.('strings', f)) : []
  onPhase?.('strings', 1)
  const rows = readSheetRows(sheetXml, strings, limits.maxRows, (f) => onPhase?.('rows', f))
  onPhase?.('rows', 1)
  return rows
}
