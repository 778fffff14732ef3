// LibreOffice Calc, headless, reading what a copy put on the clipboard: the HTML table as Calc
// pastes HTML, or the plain text as its text import reads it in an Indonesian (id-ID) setting.
// The sheet is written back as tab-separated stored values (not as shown) and read here.
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
    await run(
      'soffice',
      [
        // An own profile: tests run in parallel and one profile admits one LibreOffice.
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        `--infilter=${as === 'html' ? 'HTML (StarCalc)' : TEXT_IMPORT}`,
        '--convert-to',
        VALUES_EXPORT,
        '--outdir',
        join(dir, 'out'),
        input
      ],
      { timeout: 60000 }
    )
    return readCells(readFileSync(join(dir, 'out', 'clipboard.csv'), 'utf8'))
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
