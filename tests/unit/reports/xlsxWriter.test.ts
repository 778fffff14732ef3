import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { columnMap } from '../../../src/main/reports/xlsxTable'
import { writeXlsx } from '../../../src/main/reports/xlsxWriter'
import { BIG, fixtureDocument, fixtureOptions, fixtureSettings, fixtureTable } from './fixtureDocument'
import type { ReportOptionsInput } from '../../../src/shared/reports/options'

const NOW = new Date(2026, 11, 3, 9, 5)

async function readBack(input: { options?: Partial<ReportOptionsInput>; document?: Parameters<typeof fixtureDocument>[0]; settings?: Parameters<typeof fixtureSettings>[0] } = {}) {
  const buffer = await writeXlsx({ document: fixtureDocument(input.document), settings: fixtureSettings(input.settings), options: fixtureOptions(input.options), now: NOW })
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  return workbook
}

/** The row number whose first cell reads `text`. */
function rowOf(sheet: ExcelJS.Worksheet, text: string): number {
  let found = 0
  sheet.eachRow((row, number) => {
    if (found === 0 && row.getCell(1).value === text) found = number
  })
  if (found === 0) throw new Error(`no row starts with ${text}`)
  return found
}

describe('XLSX writer', () => {
  it('puts the kop, the logo and the title lines first, then the merged header and the number row', async () => {
    const workbook = await readBack()
    const sheet = workbook.getWorksheet('T-C.14')!
    expect(sheet.getCell('A1').value).toBe('PEMERINTAH KOTA TERNATE')
    expect(sheet.getCell('A2').value).toBe('BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH')
    expect(sheet.getCell('A4').border?.bottom?.style).toBe('double')
    expect(sheet.getImages()).toHaveLength(1)
    expect(sheet.getCell('A6').value).toBe('Tabel T-C.14')
    expect(sheet.getCell('A6').isMerged).toBe(true)
    expect(sheet.getCell('F6').master.address).toBe('A6')
    const header = rowOf(sheet, 'Kode')
    // "2022" spans D:E on the first header row; Kode spans two rows.
    expect(sheet.getCell(header, 4).value).toBe('2022')
    expect(sheet.getCell(header, 5).master.address).toBe(sheet.getCell(header, 4).address)
    expect(sheet.getCell(header + 1, 1).master.address).toBe(sheet.getCell(header, 1).address)
    expect(sheet.getCell(header + 1, 4).value).toBe('Target')
    expect(sheet.getCell(header + 1, 5).value).toBe('Rp')
    expect([1, 2, 3, 4, 5, 6].map((col) => sheet.getCell(header + 2, col).value)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'])
  })

  it('writes money as numbers #,##0, shares as 0.00%, numeric targets as numbers, codes and formula-looking text as strings', async () => {
    const sheet = (await readBack()).getWorksheet('T-C.14')!
    const first = rowOf(sheet, '1.02.03')
    expect(sheet.getCell(first, 5).value).toBe(BIG)
    expect(sheet.getCell(first, 5).numFmt).toBe('#,##0')
    expect(sheet.getCell(first, 5).alignment?.horizontal).toBe('right')
    expect(sheet.getCell(first, 6).value).toBe(0.25)
    expect(sheet.getCell(first, 6).numFmt).toBe('0.00%')
    expect(sheet.getCell(first, 4).value).toBe(72.5)
    expect(sheet.getCell(first + 1, 4).value).toBe('Baik')
    // The formula-looking name is a plain string cell (with the mark after it), never a formula.
    expect(sheet.getCell(first, 2).value).toBe('=1+1*')
    expect(sheet.getCell(first, 2).type).toBe(ExcelJS.ValueType.String)
    expect(sheet.getCell(first + 2, 2).value).toBe('@SUM(A1:A2)')
    expect(sheet.getCell(first + 2, 2).type).toBe(ExcelJS.ValueType.String)
    expect(sheet.getCell(first + 2, 1).value).toBe('01')
    expect(sheet.getCell(first, 1).alignment?.wrapText).toBeFalsy()
    expect(sheet.getCell(first, 2).alignment?.wrapText).toBe(true)
  })

  it('makes group, subtotal and total rows bold, items not; a group spans its columns', async () => {
    const sheet = (await readBack()).getWorksheet('T-C.14')!
    const group = rowOf(sheet, '1')
    expect(sheet.getCell(group, 2).font?.bold).toBe(true)
    expect(sheet.getCell(group, 6).master.address).toBe(sheet.getCell(group, 2).address)
    expect(sheet.getCell(rowOf(sheet, '1.02.03'), 2).font?.bold).toBeFalsy()
    const subtotal = rowOf(sheet, 'Jumlah Misi 1')
    expect(sheet.getCell(subtotal, 5).value).toBe(BIG + 1_250_000)
    expect(sheet.getCell(subtotal, 5).font?.bold).toBe(true)
    const total = rowOf(sheet, 'TOTAL')
    expect(sheet.getCell(total, 5).font?.bold).toBe(true)
    expect(sheet.getCell(total, 4).master.address).toBe(sheet.getCell(total, 1).address)
  })

  it('sets the page up: paper (Folio for F4), landscape, fit to one page wide, header rows as print titles, frozen under the header, page numbers', async () => {
    const sheet = (await readBack()).getWorksheet('T-C.14')!
    const header = rowOf(sheet, 'Kode')
    expect(sheet.pageSetup).toMatchObject({ paperSize: 14, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 })
    expect(sheet.pageSetup.printTitlesRow?.replace(/\$/g, '')).toBe(`${header}:${header + 2}`)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header + 2 })
    expect(sheet.headerFooter.oddFooter).toContain('Halaman &P dari &N')
    expect(sheet.headerFooter.oddFooter).toContain('Dicetak 3 Desember 2026')
    for (const [paper, code] of [
      ['A4', 9],
      ['A3', 8]
    ] as const) {
      const other = (await readBack({ options: { paper, orientation: 'portrait' } })).getWorksheet('T-C.14')!
      expect(other.pageSetup).toMatchObject({ paperSize: code, orientation: 'portrait' })
    }
  })

  it('ends with the footnotes and the signature block: city and Indonesian date, title, name bold underlined, pangkat, NIP 8-6-1-3', async () => {
    const sheet = (await readBack()).getWorksheet('T-C.14')!
    rowOf(sheet, 'Rp kondisi akhir = jumlah lima tahun.')
    const texts: Array<{ row: number; text: string; font: Partial<ExcelJS.Font> }> = []
    sheet.eachRow((row, number) => row.eachCell((cell) => typeof cell.value === 'string' && cell.isMerged && cell.master === cell && texts.push({ row: number, text: cell.value, font: cell.font ?? {} })))
    const city = texts.find((entry) => entry.text === 'Ternate, 3 Desember 2026')!
    const name = texts.find((entry) => entry.text === 'Dr. Rizal Marsaoly, S.T., M.T.')!
    expect(city).toBeDefined()
    expect(name.row - city.row).toBe(6)
    expect(name.font).toMatchObject({ bold: true, underline: true })
    expect(texts.find((entry) => entry.row === name.row + 1)?.text).toBe('Pembina Utama Muda (IV/c)')
    expect(texts.find((entry) => entry.row === name.row + 2)?.text).toBe('NIP. 19710205 199403 1 002')
    expect(texts.find((entry) => entry.text === 'DRAFT')).toBeUndefined()
  })

  it('marks a draft, leaves the kop out when asked, and has an Opsi sheet with the facts', async () => {
    const workbook = await readBack({ options: { draft: true, kop: false } })
    const sheet = workbook.getWorksheet('T-C.14')!
    expect(sheet.getCell('A1').value).toBe('Tabel T-C.14')
    expect(sheet.getImages()).toHaveLength(0)
    expect(sheet.getCell('A4').value).toBe('DRAFT')
    expect(sheet.headerFooter.oddHeader).toContain('DRAFT')
    const options = workbook.getWorksheet('Opsi')!
    const pairs = new Map<string, string>()
    options.eachRow((row) => pairs.set(row.getCell(1).text, row.getCell(2).text))
    expect(pairs.get('Laporan')).toBe('T-C.14 Program Pembangunan Daerah yang disertai Pagu Indikatif')
    expect(pairs.get('Dicetak')).toBe('3 Desember 2026 pukul 09.05')
    expect(pairs.get('Versi nomenklatur')).toBe('Kepmendagri 900.1-5 (2024)')
    expect(pairs.get('Filter misi')).toBe('semua')
    expect(pairs.get('Kertas')).toBe('F4 lanskap')
    expect(pairs.get('DRAFT')).toBe('Ya')
  })

  it('stacks several tables with captions, says when a table is empty, skips charts, and leaves an SVG logo out', async () => {
    const empty = { ...fixtureTable(), id: 'gaps', caption: 'Tabel 2. Sasaran tanpa program', rows: [], emptyText: 'Semua sasaran punya program.' }
    const workbook = await readBack({
      document: {
        blocks: [
          { kind: 'table', table: fixtureTable() },
          { kind: 'chart', chart: { id: 'bar', caption: 'Grafik pagu', categories: ['Misi 1'], series: [{ label: '2022', values: [1] }], unit: 'rupiah' } },
          { kind: 'table', table: empty }
        ]
      },
      settings: { kop: { ...fixtureSettings().kop, logoDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+' } }
    })
    const sheet = workbook.getWorksheet('T-C.14')!
    expect(sheet.getImages()).toHaveLength(0)
    const second = rowOf(sheet, 'Tabel 2. Sasaran tanpa program')
    expect(rowOf(sheet, 'Tabel 1. Program')).toBeLessThan(second)
    expect(sheet.getCell(second + 1, 1).value).toBe('Kode')
    expect(sheet.getCell(second + 4, 1).value).toBe('Semua sasaran punya program.')
    expect(() => rowOf(sheet, 'Grafik pagu')).toThrow()
  })

  it('spreads a narrower table over the columns of the widest one, in proportion to the widths it wants', async () => {
    expect(columnMap([10, 30], [5, 5, 5, 5, 20, 20])).toMatchObject({ first: [1, 4], last: [3, 6] })
    expect(columnMap([1, 1, 1], [4, 4, 4])).toMatchObject({ first: [1, 2, 3], last: [1, 2, 3] })
    // Every column gets a sheet column even when one wants almost all of the width.
    expect(columnMap([100, 1, 1], [5, 5, 5, 5])).toMatchObject({ first: [1, 3, 4], last: [2, 3, 4] })
    const gaps = {
      id: 'gaps',
      caption: 'Tabel 2. Program tanpa sasaran',
      columns: [
        { key: 'code', kind: 'code' as const, width: 1, label: 'Kode' },
        { key: 'name', kind: 'text' as const, width: 6, label: 'Program' }
      ],
      header: [[{ text: 'Kode' }, { text: 'Program' }]],
      numberRow: false,
      rows: [{ style: 'item' as const, depth: 0, cells: [{ kind: 'code' as const, text: '1.01.03' }, { kind: 'text' as const, text: 'Program tanpa sasaran' }] }],
      emptyText: '-'
    }
    const workbook = await readBack({ document: { blocks: [{ kind: 'table', table: fixtureTable() }, { kind: 'table', table: gaps }] } })
    const sheet = workbook.getWorksheet('T-C.14')!
    const caption = rowOf(sheet, 'Tabel 2. Program tanpa sasaran')
    const header = caption + 1
    expect(sheet.getCell(header, 1).value).toBe('Kode')
    const program = sheet.getCell(header, 2).isMerged ? sheet.getCell(header, 2).master : sheet.getCell(header, 2)
    // "Program" spans to the last sheet column; its row's name sits in the same merged cell.
    expect(sheet.getCell(header, 6).master.address).toBe(program.address)
    expect(sheet.getCell(header + 1, 6).master.value).toBe('Program tanpa sasaran')
    expect(sheet.getCell(header + 1, 1).value).toBe('1.01.03')
  })
})
