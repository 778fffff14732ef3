import { describe, expect, it } from 'vitest'
import { csvField, writeCsv } from '../../../src/main/reports/csvWriter'
import { inertText, looksLikeFormula } from '../../../src/main/reports/formulaText'
import { BIG, fixtureDocument, fixtureTable } from './fixtureDocument'

/** Splits ';'-separated CRLF text with "" quoting (a reader of its own, not the writer's code). */
function parse(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ';') {
      row.push(field)
      field = ''
    }
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += ch
  }
  return rows
}

describe('CSV writer', () => {
  const bytes = writeCsv(fixtureDocument())
  const text = bytes.toString('utf8')

  it('starts with the UTF-8 BOM and ends every line with CRLF', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text.endsWith('\r\n')).toBe(true)
    // The only bare LF is the one inside the quoted indicator name.
    expect(text.replace(/\r\n/g, '').match(/\n/g)).toHaveLength(1)
  })

  it('writes one header row of column labels, then the rows, with ; between fields', () => {
    const rows = parse(text.slice(1))
    expect(rows[0]).toEqual(['Kode', 'Misi/Tujuan/Sasaran/Program', 'Indikator Kinerja', 'Target 2022', 'Pagu 2022 (Rp)', 'Porsi 2022'])
    expect(rows).toHaveLength(1 + fixtureTable().rows.length)
    expect(rows.every((row) => row.length === 6)).toBe(true)
  })

  it('quotes fields with ; quotes or line breaks, doubling the quotes', () => {
    const rows = parse(text.slice(1))
    expect(rows[1][1]).toBe('Misi 1: Mewujudkan "Ternate" maju; sejahtera')
    expect(text).toContain('"Misi 1: Mewujudkan ""Ternate"" maju; sejahtera"')
    expect(rows[2][2]).toBe('Angka harapan\nhidup')
    expect(csvField('a;b')).toBe('"a;b"')
    expect(csvField('plain')).toBe('plain')
  })

  it('writes money as plain digits, targets with a decimal comma, shares as percentages', () => {
    const rows = parse(text.slice(1))
    expect(rows[2][4]).toBe(String(BIG))
    expect(rows[2][4]).toBe('10000000000000')
    expect(rows[3][4]).toBe('1250000')
    expect(rows[2][3]).toBe('72,5')
    expect(rows[3][3]).toBe('Baik')
    expect(rows[2][5]).toBe('25,00%')
    expect(rows[5]).toEqual(['Jumlah Misi 1', '', '', '', String(BIG + 1_250_000), '100,00%'])
  })

  it('makes formula-looking text inert with an apostrophe, also after spaces and tabs; the mark stays after the name', () => {
    const rows = parse(text.slice(1))
    expect(rows[2][1]).toBe("'=1+1*")
    expect(rows[3][2]).toBe("'  +62 812 3456")
    expect(rows[4][1]).toBe("'@SUM(A1:A2)")
    expect(rows[4][2]).toBe("'\t-2+3")
    // Codes stay as typed.
    expect(rows[4][0]).toBe('01')
    for (const formula of ['=1+1', '+62', '-2+3', '@SUM', ' =A1', '\t=A1']) expect(looksLikeFormula(formula)).toBe(true)
    for (const plain of ['-', '--', 'Dinas', '1.02.03', 'a=b', '']) expect(looksLikeFormula(plain)).toBe(false)
    expect(inertText('-')).toBe('-')
  })

  it('stacks several tables with an empty line and each caption', () => {
    const second = { ...fixtureTable(), id: 'gaps', caption: 'Tabel 2. Sasaran tanpa program', rows: [] }
    const csv = writeCsv(fixtureDocument({ blocks: [{ kind: 'table', table: fixtureTable() }, { kind: 'chart', chart: { id: 'c', caption: 'Grafik', categories: [], series: [], unit: 'rupiah' } }, { kind: 'table', table: second }] }))
    const rows = parse(csv.toString('utf8').slice(1))
    expect(rows[0]).toEqual(['Tabel 1. Program'])
    expect(rows[1][0]).toBe('Kode')
    const blank = rows.findIndex((row) => row.length === 1 && row[0] === '')
    expect(blank).toBe(2 + fixtureTable().rows.length)
    expect(rows[blank + 1]).toEqual(['Tabel 2. Sasaran tanpa program'])
    expect(rows[blank + 2][0]).toBe('Kode')
    expect(rows).toHaveLength(blank + 3)
  })
})
