import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildReport } from '../../../../src/main/services/reports'
import { filterRows } from '../../../../src/shared/planFilter'
import type { ReportOptionsInput } from '../../../../src/shared/reports/options'
import { openTempDb, type TempDb } from '../../../support/tempDb'
import { cellAt, expectSpansFit, moneyAt, rowNamed, tableOf, textAt } from './reportTable'
import { reportPlan, sasaranByLabel } from './reportPlan'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

const YEARS = [2022, 2023, 2024, 2025, 2026]
const daftar = (options: Omit<ReportOptionsInput, 'report'> = {}) => buildReport(temp.db, { report: 'daftarProgram', ...options })
const pdName = (id: number) => temp.handlers.listPerangkatDaerah({}).find((pd) => pd.id === id)!.name
const codes = (table: ReturnType<typeof tableOf>) => table.rows.filter((row) => row.depth > 0).map((row) => textAt(table, row, 'kode'))

describe('Daftar program, kegiatan dan sub kegiatan', () => {
  it('lists every PD with its programs, kegiatan and sub kegiatan, subtotals per program and PD, and a TOTAL equal to the plan', () => {
    const { a } = reportPlan(temp)
    const sub = temp.handlers.listPlanRows({}).find((row) => row.code === '1.01.02.2.01.0001')!
    temp.handlers.applyCellEdits({
      kind: 'edit',
      edits: [
        { planRowId: sub.id, field: 'indikator', text: 'Jumlah dokumen' },
        { planRowId: sub.id, field: 'satuan', text: 'dokumen' },
        { planRowId: sub.id, field: 'target:2023', text: '12' }
      ]
    })
    const document = daftar()
    const table = tableOf(document)
    const rows = temp.handlers.listPlanRows({})
    expectSpansFit(table)
    expect(table.header[2]).toHaveLength(14)
    const start = table.rows.findIndex((row) => textAt(table, row, 'nama') === pdName(a.perangkatDaerahId))
    expect(table.rows.slice(start, start + 6).map((row) => [row.style, row.depth, textAt(table, row, 'kode')])).toEqual([
      ['group', 0, ''],
      ['group', 1, '1.01.02'],
      ['item', 2, '1.01.02.2.01'],
      ['item', 3, '1.01.02.2.01.0001'],
      ['item', 3, '1.01.02.2.01.0002'],
      ['subtotal', 0, '']
    ])
    const [pdRow, program, kegiatan, first] = table.rows.slice(start)
    expect(pdRow.style).toBe('group')
    expect(YEARS.map((year) => moneyAt(table, program, `pagu${year}`))).toEqual([0, 1_500, 2_000, 0, 0])
    expect(moneyAt(table, kegiatan, 'pagu2023')).toBe(1_500)
    expect([textAt(table, first, 'indikator'), textAt(table, first, 'satuan')]).toEqual(['Jumlah dokumen', 'dokumen'])
    expect(cellAt(table, first, 'target2023')).toEqual({ kind: 'target', value: 12 })
    expect(cellAt(table, first, 'nama')).toMatchObject({ kind: 'text', indent: 3 })
    for (const pdId of [1, 3, 8, 11]) {
      const subtotal = rowNamed(table, 'nama', `Jumlah ${pdName(pdId)}`)
      for (const year of YEARS) {
        expect(moneyAt(table, subtotal, `pagu${year}`)).toBe(rows.filter((row) => row.perangkatDaerahId === pdId).reduce((sum, row) => sum + (row.pagu[year] ?? 0), 0))
      }
    }
    const total = rowNamed(table, 'nama', 'TOTAL')
    for (const year of YEARS) expect(moneyAt(table, total, `pagu${year}`)).toBe(temp.handlers.getKeselarasan({}).grandTotal[year])
    expect(document.fileStem).toBe('Daftar_Program_2022-2026')
  })

  it('filters as the plan grid does: rows above a match kept, totals of what is shown', () => {
    reportPlan(temp)
    const rows = temp.handlers.listPlanRows({})
    const plan = temp.handlers.getRpjmd({})
    const byText = daftar({ text: '0002' })
    const table = tableOf(byText)
    expect(codes(table)).toEqual(filterRows(rows, { text: '0002' }, plan).map((row) => row.code))
    expect(codes(table)).toEqual(['1.01.02', '1.01.02.2.01', '1.01.02.2.01.0002', '1.05.03', '1.05.03.2.01', '1.05.03.2.01.0002'])
    expect(moneyAt(table, table.rows[1], 'pagu2023')).toBe(500)
    expect(moneyAt(table, rowNamed(table, 'nama', 'TOTAL'), 'pagu2023')).toBe(500 + 7)
    expect(byText.filterLines).toEqual(['Kata kunci : "0002"'])
    expect(byText.footnotes.some((note) => note.startsWith('Dengan saringan'))).toBe(true)

    const sasaran = sasaranByLabel(temp, '3.2')
    const bySasaran = tableOf(daftar({ sasaranId: sasaran.id }))
    expect(codes(bySasaran)).toEqual(filterRows(rows, { sasaranId: sasaran.id }, plan).map((row) => row.code))
    expect(moneyAt(bySasaran, rowNamed(bySasaran, 'nama', 'TOTAL'), 'pagu2023')).toBe(1_500 + 60)

    const misi6 = plan.misi[5]
    const byMisiPd = tableOf(daftar({ misiId: misi6.id, perangkatDaerahId: 1 }))
    expect(codes(byMisiPd)).toEqual(['2.08.02'])
    expect(() => daftar({ sasaranId: 9_999 })).toThrow('Sasaran (id 9999) tidak ditemukan')
    const none = tableOf(daftar({ text: 'tidak ada yang cocok' }))
    expect(none.rows).toEqual([])
    expect(none.emptyText).toBe('Tidak ada baris rencana yang cocok dengan saringan.')
  })

  it('an empty plan keeps its header; pagu of 10^13 on every row sums exactly', () => {
    const emptyTable = tableOf(daftar())
    expect(emptyTable.rows).toEqual([])
    expect(emptyTable.emptyText).toBe('Belum ada program dalam rencana.')
    const program = temp.handlers.createPlanRow({ level: 'program', perangkatDaerahId: 1, code: '4.01.01' }).row
    const kegiatan = temp.handlers.createPlanRow({ level: 'kegiatan', parentId: program.id, code: '4.01.01.2.01' }).row
    const pagu = Object.fromEntries(YEARS.map((year) => [String(year), 10_000_000_000_000]))
    for (let n = 1; n <= 20; n++) temp.handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: `4.01.01.2.01.${String(n).padStart(4, '0')}`, pagu })
    const table = tableOf(daftar({ years: [2026] }))
    expect(moneyAt(table, rowNamed(table, 'nama', 'TOTAL'), 'pagu2026')).toBe(200_000_000_000_000)
    expect(table.columns.map((column) => column.key).slice(4)).toEqual(['target2026', 'pagu2026'])
  })
})
