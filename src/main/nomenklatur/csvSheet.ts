import { HEADER_SEARCH_ROWS, normalizeHeader } from './columns'
import { NomenklaturImportError, type SheetRow } from './types'

/**
 * Reads a CSV (RFC 4180: quoted fields may hold separators, doubled quotes and line
 * breaks) into the same rows as an .xlsx sheet. UTF-8 with or without BOM; a file that is
 * not valid UTF-8 is read as Windows-1252, the encoding Excel uses for "CSV" on Windows.
 * The separator is a comma or a semicolon (Excel with Indonesian regional settings).
 */

export type Separator = ',' | ';'

export function decodeCsvText(buf: Buffer): string {
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf
  const body = bom ? buf.subarray(3) : buf
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    return decodeWindows1252(body)
  }
}

// 0x80..0x9F of Windows-1252 (Node 20's TextDecoder reads that label as latin1).
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

function decodeWindows1252(buf: Buffer): string {
  const text = buf.toString('latin1')
  return /[\x80-\x9f]/.test(text) ? text.replace(/[\x80-\x9f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]) : text
}

/**
 * Splits CSV text into records. Stops after `maxRecords` + 1 records so a caller can
 * refuse a file that is too long without reading all of it.
 */
export function parseCsv(text: string, separator: Separator, maxRecords: number, onFraction?: (f: number) => void): SheetRow[] {
  const sep = separator.charCodeAt(0)
  const rows: SheetRow[] = []
  const length = text.length
  const step = Math.max(1, Math.floor(length / 20))
  let nextReport = step
  let cells: string[] = []
  let pos = 0
  let record = 1
  while (pos < length) {
    // One field.
    let value: string
    if (text.charCodeAt(pos) === 34 /* " */) {
      let out = ''
      let from = pos + 1
      for (;;) {
        const quote = text.indexOf('"', from)
        if (quote < 0) {
          throw new NomenklaturImportError('CORRUPT', `Berkas CSV rusak: tanda kutip di baris ${record} tidak ditutup.`)
        }
        out += text.slice(from, quote)
        if (text.charCodeAt(quote + 1) === 34) {
          out += '"'
          from = quote + 2
        } else {
          pos = quote + 1
          break
        }
      }
      // Tolerate stray characters between the closing quote and the separator.
      let end = pos
      while (end < length && !isFieldEnd(text.charCodeAt(end), sep)) end++
      value = out + text.slice(pos, end)
      pos = end
    } else {
      let end = pos
      while (end < length && !isFieldEnd(text.charCodeAt(end), sep)) end++
      value = text.slice(pos, end)
      pos = end
    }
    cells.push(value)
    const ch = text.charCodeAt(pos)
    if (ch === sep) {
      pos++
      if (pos >= length) cells.push('')
      continue
    }
    // End of record: \n, \r\n, \r or end of text.
    if (ch === 13 && text.charCodeAt(pos + 1) === 10) pos += 2
    else pos++
    pushRecord(rows, record, cells)
    if (rows.length > maxRecords) return rows
    record++
    cells = []
    if (onFraction && pos >= nextReport) {
      onFraction(pos / length)
      nextReport = pos + step
    }
  }
  if (cells.length > 0) pushRecord(rows, record, cells)
  return rows
}

function isFieldEnd(ch: number, sep: number): boolean {
  return ch === sep || ch === 10 || ch === 13
}

function pushRecord(rows: SheetRow[], record: number, cells: string[]): void {
  rows.push({ row: record, cells })
}

/**
 * Picks the separator: the one under which one of the first records holds at least three
 * of the expected column names; otherwise the one found more often outside quotes.
 */
export function detectSeparator(text: string, headerNames: string[]): Separator {
  const wanted = new Set(headerNames.map(normalizeHeader))
  let best: Separator = ','
  let bestScore = -1
  for (const sep of [',', ';'] as const) {
    let rows: SheetRow[]
    try {
      rows = parseCsv(text, sep, HEADER_SEARCH_ROWS) // stops after those records
    } catch {
      continue // an unclosed quote: the real parse reports it
    }
    let score = 0
    for (const row of rows) {
      const hits = row.cells.filter((c) => wanted.has(normalizeHeader(c))).length
      score = Math.max(score, hits)
    }
    if (score > bestScore) {
      best = sep
      bestScore = score
    }
  }
  if (bestScore >= 3) return best
  const head = text.slice(0, 64 * 1024)
  return countOutsideQuotes(head, ';') > countOutsideQuotes(head, ',') ? ';' : ','
}

function countOutsideQuotes(text: string, ch: string): number {
  let count = 0
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') quoted = !quoted
    else if (c === ch && !quoted) count++
  }
  return count
}
