// The bench's table on stdout and the same as JSON in bench-results/.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface Line {
  id: string
  what: string
  selaras: number
  reference: number | null
  unit: 'ms' | 'MB'
  /** Goal on the ratio when there is a reference, else on the Selaras value itself; none for a line printed for comparison. */
  goal?: { max: number; strict?: boolean; on: 'ratio' | 'value' }
}

export interface Row extends Line {
  ratio: number | null
  /** Undefined for a line without a goal. */
  pass?: boolean
}

export function judge(line: Line): Row {
  const ratio = line.reference ? line.selaras / line.reference : null
  if (!line.goal) return { ...line, ratio }
  const value = line.goal.on === 'ratio' ? (ratio ?? Number.POSITIVE_INFINITY) : line.selaras
  const pass = line.goal.strict ? value < line.goal.max : value <= line.goal.max
  return { ...line, ratio, pass }
}

const num = (value: number, unit: string) => `${value.toFixed(unit === 'MB' ? 1 : value < 10 ? 2 : 0)} ${unit}`
const goalText = ({ goal, unit }: Row) => (goal ? `${goal.strict ? '<' : '<='} ${goal.max}${goal.on === 'ratio' ? 'x' : ` ${unit}`}` : '-')

export function printTable(rows: Row[]): void {
  const header = ['', 'Selaras', 'reference', 'ratio', 'goal', 'result']
  const body = rows.map((row) => [
    `(${row.id}) ${row.what}`,
    num(row.selaras, row.unit),
    row.reference === null ? '-' : num(row.reference, row.unit),
    row.ratio === null ? '-' : `${row.ratio.toFixed(2)}x`,
    goalText(row),
    row.pass === undefined ? 'comparison' : row.pass ? 'PASS' : 'FAIL'
  ])
  const widths = header.map((_, col) => Math.max(...[header, ...body].map((cells) => cells[col].length)))
  const line = (cells: string[]) => cells.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ')
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`)
  for (const cells of body) console.log(line(cells))
}

/** bench-results/bench-YYYY-MM-DD-HHMMSS.json */
export function writeJson(dir: string, stamp: string, value: unknown): string {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `bench-${stamp}.json`)
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`)
  return file
}

export function timestamp(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
}
