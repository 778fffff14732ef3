// LibreOffice Calc, headless, both ways. Reading what a copy put on the clipboard: the HTML
// table as Calc pastes HTML, or the plain text as its text import reads it in an Indonesian
// (id-ID) setting; the sheet is written back as tab-separated stored values and read here.
// Writing typed cells as an Indonesian Calc shows them, tab-separated, with Calc's own text export
// (as shown, quoting as Calc quotes): the text a copy in Calc puts on the clipboard.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)
// Tab, double quote, UTF-8, from line 1; for reading text also: no column types, id-ID (1057).
const TEXT_IMPORT = 'Text - txt - csv (StarCalc):9,34,76,1,,1057'
// Token 9 false: numbers as stored (12.5, 1250), not as the cell's format shows them.
const VALUES_EXPORT = 'csv:Text - txt - csv (StarCalc):9,34,76,1,,1033,false,true,false,false'

// Token 9 true: as the cells show, which is what Calc copies as text.
const SHOWN_EXPORT = 'csv:Text - txt - csv (StarCalc):9,34,76,1,,1057,false,true,true,false'

async function convert(dir: string, input: string, filter: string, exportTo: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  await run(
    'soffice',
    [
      // An own profile: tests run in parallel and one profile admits one LibreOffice.
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      `--infilter=${filter}`,
      '--convert-to',
      exportTo,
      '--outdir',
      join(dir, 'out'),
      input
    ],
    { timeout: 60000, env }
  )
  return readFileSync(join(dir, 'out', 'clipboard.csv'), 'utf8')
}

/** Tab-separated cells with "" quoting, as Calc writes them (kept apart from the app's own parser). */
export function readCells(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (quoted && ch === '"') quoted = false
    else if (quoted) cell += ch
    else if (ch === '"' && cell === '') quoted = true
    else if (ch === '\t') endCell()
    else if (ch === '\n') {
      endCell()
      rows.push(row)
      row = []
    } else if (ch !== '\r') cell += ch
  }
  if (cell !== '' || row.length > 0) {
    endCell()
    rows.push(row)
  }
  return rows
}

/** Calc's cells for a pasted clipboard: 'html' (what Calc takes when both are offered) or 'text'. */
export async function readInCalc(content: string, as: 'html' | 'text'): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'selaras-calc-'))
  try {
    const input = join(dir, as === 'html' ? 'clipboard.html' : 'clipboard.csv')
    writeFileSync(input, content)
    return readCells(await convert(dir, input, as === 'html' ? 'HTML (StarCalc)' : TEXT_IMPORT, VALUES_EXPORT))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A cell typed in Calc: a number with its format (en-US notation, shown the id-ID way), or text. */
export type CalcCell = { number: number; format: string } | string

/** The text Calc in Indonesian copies for these cells: tab-separated, each cell as it shows. */
export async function copiedFromCalc(rows: CalcCell[][]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'selaras-calc-'))
  const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  const cell = (value: CalcCell) =>
    typeof value === 'string'
      ? `<td sdnum="1033;0;@">${attribute(value)}</td>`
      : `<td sdval="${value.number}" sdnum="1033;0;${attribute(value.format)}">${value.number}</td>`
  try {
    const input = join(dir, 'clipboard.html')
    writeFileSync(input, `<meta charset="utf-8"><table><tbody>${rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('')}</tbody></table>`)
    // Calc takes its locale from the environment (its own locale data: no system locale needed).
    return await convert(dir, input, 'HTML (StarCalc)', SHOWN_EXPORT, { ...process.env, LANG: 'id_ID.UTF-8', LC_ALL: 'id_ID.UTF-8' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Rows without their trailing empty cells (Calc writes a row only as wide as the used columns). */
export function trimRows(rows: string[][]): string[][] {
  return rows.map((row) => {
    let end = row.length
    while (end > 0 && row[end - 1] === '') end--
    return row.slice(0, end)
  })
}
