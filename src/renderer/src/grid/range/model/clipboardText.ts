// Clipboard text as spreadsheets write and read it: TSV for text/plain, a <table> for text/html.
// Pure: no DOM, so it is unit tested in node.

const NEEDS_QUOTES = /[\t\r\n"]/

function quoteCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

/** Tab-separated rows, each ended by CRLF as Excel does, so an empty last row survives a round trip. */
export function toTsv(rows: string[][]): string {
  return rows.map((row) => `${row.map(quoteCell).join('\t')}\r\n`).join('')
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

// Excel keeps a <br> with this style inside one cell instead of starting a new row.
const CELL_BREAK = '<br style="mso-data-placement:same-cell;">'
// Text stays text (codes such as 1.02 must not become numbers or dates, "007" keeps its zeros,
// "=..." is no formula): Excel reads the style, LibreOffice the sdnum with the text format "@".
const TEXT_ATTRIBUTES = ` style="mso-number-format:'\\@'" sdnum="1033;0;@"`

/**
 * A number goes with its value in attributes, so a spreadsheet in any locale reads 1.250 as
 * one thousand two hundred fifty and 12,5 as twelve and a half: Excel takes x:num, LibreOffice
 * sdval with a format in en-US notation (1033), which it shows in the user's own locale.
 */
function numberAttributes(value: number): string {
  const format = Number.isInteger(value) ? '#,##0' : 'General'
  return ` x:num="${value}" sdval="${value}" sdnum="1033;0;${format}"`
}

/**
 * A <table> so Excel and LibreOffice keep rows and columns. `numberAt(row, col)` gives the
 * number a cell holds; every other cell is written as text.
 */
export function toHtml(rows: string[][], numberAt: (row: number, col: number) => number | undefined = () => undefined): string {
  const body = rows
    .map((row, r) => {
      const cells = row.map((cell, c) => {
        const text = escapeHtml(cell).replace(/\r\n|\r|\n/g, CELL_BREAK)
        const number = numberAt(r, c)
        return `<td${number === undefined || !Number.isFinite(number) ? TEXT_ATTRIBUTES : numberAttributes(number)}>${text}</td>`
      })
      return `<tr>${cells.join('')}</tr>`
    })
    .join('')
  return `<meta charset="utf-8"><table><tbody>${body}</tbody></table>`
}

interface Field {
  value: string
  next: number
}

const isBreak = (ch: string | undefined) => ch === '\t' || ch === '\r' || ch === '\n'

function readPlain(text: string, start: number): Field {
  let end = start
  while (end < text.length && !isBreak(text[end])) end++
  return { value: text.slice(start, end), next: end }
}

/**
 * A quoted field ("" is one quote). When the quotes do not close right before a tab, a line
 * break or the end (`"Program A" baru`), the field is read as plain text, quotes included.
 */
function readField(text: string, start: number): Field {
  if (text[start] !== '"') return readPlain(text, start)
  let value = ''
  let i = start + 1
  while (i < text.length) {
    const quote = text.indexOf('"', i)
    if (quote < 0) break
    value += text.slice(i, quote)
    if (text[quote + 1] === '"') {
      value += '"'
      i = quote + 2
      continue
    }
    const after = quote + 1
    if (after >= text.length || isBreak(text[after])) return { value, next: after }
    break
  }
  return readPlain(text, start)
}

/**
 * Rows of cells from Excel (CRLF), LibreOffice (LF) or old Mac (CR) clipboard text. The line
 * break after the last row does not make an extra row; empty text gives no rows.
 */
export function parseTsv(text: string): string[][] {
  if (text === '') return []
  // Without quotes every tab and line break separates: a 7.000-cell block splits at once.
  if (!text.includes('"')) {
    const lines = text.split(/\r\n|\n|\r/)
    if (lines[lines.length - 1] === '') lines.pop()
    return lines.map((line) => line.split('\t'))
  }
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  for (;;) {
    const field = readField(text, i)
    row.push(field.value)
    i = field.next
    if (i >= text.length) {
      rows.push(row)
      return rows
    }
    if (text[i] === '\t') {
      i++
      continue
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1
    rows.push(row)
    row = []
    if (i >= text.length) return rows
  }
}
