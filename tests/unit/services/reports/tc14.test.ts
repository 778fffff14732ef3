import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildReport } from '../../../../src/main/services/reports'
import { dispatch } from '../../../../src/main/services/dispatch'
import type { ReportRow } from '../../../../src/shared/reports/document'
import type { ReportOptionsInput } from '../../../../src/shared/reports/options'
import { openTempDb, type TempDb } from '../../../support/tempDb'
import { cellAt, expectSpansFit, moneyAt, rowNamed, rowsNamed, tableOf, textAt } from './reportTable'
import { reportPlan, sasaranByLabel, servingPagu } from './reportPlan'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

const YEARS = [2022, 2023, 2024, 2025, 2026]
const tc14 = (options: Omit<ReportOptionsInput, 'report'> = {}) => buildReport(temp.db, { report: 'tc14', ...options })
const names = (rows: ReportRow[], table = tableOf(tc14())) => rows.map((row) => textAt(table, row, 'nama'))

describe('T-C.14 layout', () => {
  it('has the header of tables.md: Kode over three columns, twelve year columns, the number row (1)...(17)', () => {
    reportPlan(temp)
    const document = tc14()
    const table = tableOf(document)
    expect(document.titleLines).toEqual(['Tabel T-C.14', 'Program Pembangunan Daerah yang disertai Pagu Indikatif', 'Kota Ternate', 'RPJMD 2021-2026'])
    expect(document.fileStem).toBe('T-C.14_2021-2026')
    expect(table.columns).toHaveLength(19)
    expect(table.header).toHaveLength(4)
    expect(table.header[0][0]).toEqual({ text: 'Kode', colSpan: 3, rowSpan: 3 })
    expect(table.header[0][3]).toEqual({ text: 'Kondisi Kinerja Awal RPJMD (2021)', rowSpan: 3 })
    expect(table.header[1].map((cell) => cell.text)).toEqual(['Tahun 2022', 'Tahun 2023', 'Tahun 2024', 'Tahun 2025', 'Tahun 2026', 'Kondisi Kinerja pada akhir periode RPJMD'])
    expect(table.header[2].map((cell) => cell.text)).toEqual(Array.from({ length: 6 }, () => ['target', 'Rp']).flat())
    expect(table.numberRow).toBe(true)
    expect(table.header[3].map((cell) => cell.text)).toEqual(Array.from({ length: 17 }, (_, index) => `(${index + 1})`))
    expect(table.header[3][0].colSpan).toBe(3)
    expectSpansFit(table)
    expect(document.footnotes[0]).toBe('Kondisi kinerja pada akhir periode RPJMD: target = target tahun 2026; Rp = jumlah pagu lima tahun 2022-2026.')
    expect(document.facts.map((fact) => fact.label)).toEqual(expect.arrayContaining(['Laporan', 'Tahun', 'Versi nomenklatur', 'Dibuat']))
  })

  it('nests misi > tujuan > sasaran > program, indikator as continuation rows, unattached sasaran in their own group', () => {
    const { a } = reportPlan(temp)
    const sasaran = sasaranByLabel(temp, '3.2')
    const first = temp.handlers.createIndikator({ sasaranId: sasaran.id, name: 'Indeks kualitas', satuan: 'indeks' })
    temp.handlers.updateIndikator({ indikatorId: first.id, name: 'Indeks kualitas', satuan: 'indeks', values: { '2021': 60, '2023': 64, '2026': 70 } })
    const second = temp.handlers.createIndikator({ sasaranId: sasaran.id, name: 'Opini BPK', satuan: '' })
    temp.handlers.updateIndikator({ indikatorId: second.id, name: 'Opini BPK', satuan: '', values: { '2026': 'WTP' } })
    const tujuan = temp.handlers.getRpjmd({}).misi[2].tujuan[0]
    const inserted = temp.db.prepare("INSERT INTO indikator (tujuan_id, position, name, satuan) VALUES (?, 1, 'Pertumbuhan ekonomi', '%')").run(tujuan.id)
    temp.db.prepare('INSERT INTO indikator_value (indikator_id, year, value_number) VALUES (?, 2021, 5.2)').run(inserted.lastInsertRowid)

    const table = tableOf(tc14())
    const misi3 = temp.handlers.getRpjmd({}).misi[2]
    const start = table.rows.findIndex((row) => textAt(table, row, 'nama') === misi3.title)
    const end = table.rows.findIndex((row) => textAt(table, row, 'nama') === 'Jumlah Misi 3')
    const block = table.rows.slice(start, end + 1)
    expect(block.slice(0, 6).map((row) => [row.style, row.depth, textAt(table, row, 'nama')])).toEqual([
      ['group', 0, misi3.title],
      ['group', 1, tujuan.text],
      ['group', 2, sasaran.text],
      ['continuation', 2, ''],
      ['item', 3, a.name],
      ['item', 3, temp.handlers.listPlanRows({}).find((row) => row.code === '1.05.03')!.name]
    ])
    // Codes: misi, tujuan, sasaran; the program's own code over the three.
    expect([textAt(table, block[2], 'kodeMisi'), textAt(table, block[2], 'kodeTujuan'), textAt(table, block[2], 'kodeSasaran')]).toEqual(['3', '3.1', '3.2'])
    expect(cellAt(table, block[4], 'kodeMisi')).toEqual({ kind: 'code', text: '1.01.02', colSpan: 3 })
    expect(textAt(table, block[1], 'indikator')).toBe('Pertumbuhan ekonomi (%)')
    expect(cellAt(table, block[1], 'kondisiAwal')).toEqual({ kind: 'target', value: 5.2 })
    expect(textAt(table, block[2], 'indikator')).toBe('Indeks kualitas (indeks)')
    expect(cellAt(table, block[2], 'target2023')).toEqual({ kind: 'target', value: 64 })
    expect(cellAt(table, block[2], 'targetAkhir')).toEqual({ kind: 'target', value: 70 })
    expect(textAt(table, block[3], 'indikator')).toBe('Opini BPK')
    expect(cellAt(table, block[3], 'targetAkhir')).toEqual({ kind: 'target', value: 'WTP' })
    // Program A: its total per year, the five-year sum, its PD.
    expect(YEARS.map((year) => moneyAt(table, block[4], `rp${year}`))).toEqual([0, 1_500, 2_000, 0, 0])
    expect(moneyAt(table, block[4], 'rpAkhir')).toBe(3_500)
    expect(textAt(table, block[4], 'perangkatDaerah')).not.toBe('')
    const group = block.findIndex((row) => textAt(table, row, 'nama') === 'Sasaran yang belum dikaitkan ke tujuan')
    expect(group).toBeGreaterThan(4)
    expect(block[group].depth).toBe(1)
    const unattached = misi3.sasaran.filter((candidate) => candidate.tujuanId === null).map((candidate) => candidate.text)
    expect(block.slice(group).filter((row) => row.depth === 2 && row.style === 'group').map((row) => textAt(table, row, 'nama'))).toEqual(unattached)
    expectSpansFit(table)
  })
})

describe('T-C.14 numbers', () => {
  it('subtotals per sasaran and misi, and a TOTAL equal to a recomputation from the plan rows and to Keselarasan', () => {
    reportPlan(temp)
    const table = tableOf(tc14())
    const rows = temp.handlers.listPlanRows({})
    const keselarasan = temp.handlers.getKeselarasan({})
    const total = rowNamed(table, 'nama', 'TOTAL')
    expect(total.style).toBe('total')
    for (const year of YEARS) {
      expect(moneyAt(table, total, `rp${year}`)).toBe(rows.reduce((sum, row) => sum + (row.pagu[year] ?? 0), 0))
      expect(moneyAt(table, total, `rp${year}`)).toBe(keselarasan.grandTotal[year])
      for (const misi of keselarasan.misi) {
        const subtotal = rowNamed(table, 'nama', `Jumlah Misi ${misi.number}`)
        expect(moneyAt(table, subtotal, `rp${year}`), `misi ${misi.number} ${year}`).toBe(misi.pagu[year])
      }
      for (const sasaran of temp.handlers.getRpjmd({}).misi.flatMap((misi) => misi.sasaran)) {
        const subtotal = rowNamed(table, 'nama', `Jumlah Sasaran ${sasaran.label}`)
        expect(subtotal.style).toBe('subtotal')
        expect(moneyAt(table, subtotal, `rp${year}`), `sasaran ${sasaran.label}`).toBe(servingPagu(rows, [sasaran.id], year))
      }
    }
    expect(moneyAt(table, total, 'rpAkhir')).toBe(YEARS.reduce((sum, year) => sum + keselarasan.grandTotal[year], 0))
  })

  it('marks a program where it repeats (two sasaran of one misi, two misi) and counts it once in the misi and the TOTAL', () => {
    const { b, c } = reportPlan(temp)
    const document = tc14()
    const table = tableOf(document)
    const bRows = rowsNamed(table, 'nama', b.name)
    expect(bRows.map((row) => row.mark)).toEqual([undefined, '*'])
    expect(bRows.map((row) => moneyAt(table, row, 'rp2022'))).toEqual([300, 300])
    expect(moneyAt(table, rowNamed(table, 'nama', 'Jumlah Misi 3'), 'rp2022')).toBe(300)
    const cRows = rowsNamed(table, 'nama', c.name)
    expect(cRows.map((row) => row.mark)).toEqual([undefined, '*'])
    expect(moneyAt(table, rowNamed(table, 'nama', 'Jumlah Misi 6'), 'rp2023')).toBe(4_000)
    expect(moneyAt(table, rowNamed(table, 'nama', 'Jumlah Misi 7'), 'rp2023')).toBe(4_000)
    expect(moneyAt(table, rowNamed(table, 'nama', 'TOTAL'), 'rp2023')).toBe(1_500 + 4_000 + 60 + 7)
    expect(document.footnotes.some((note) => note.startsWith('* Program yang juga tercantum'))).toBe(true)
  })

  it('shows a program served through a sub kegiatan with that part, and its other part in the closing group of unlinked programs', () => {
    const { d, e } = reportPlan(temp)
    const document = tc14()
    const table = tableOf(document)
    const dRows = rowsNamed(table, 'nama', d.name)
    expect(dRows.map((row) => row.mark)).toEqual(['†', '†'])
    expect(dRows.map((row) => [moneyAt(table, row, 'rp2023'), moneyAt(table, row, 'rp2025')])).toEqual([
      [60, 0],
      [7, 8]
    ])
    const group = table.rows.findIndex((row) => textAt(table, row, 'nama') === 'Program yang belum dikaitkan ke sasaran')
    const closing = table.rows.slice(group)
    expect(names(closing, table)).toEqual(['Program yang belum dikaitkan ke sasaran', e.name, d.name, 'Jumlah program yang belum dikaitkan ke sasaran', 'TOTAL'])
    const keselarasan = temp.handlers.getKeselarasan({})
    for (const year of YEARS) expect(moneyAt(table, closing[3], `rp${year}`)).toBe(keselarasan.unlinkedTotal[year])
    expect(document.footnotes.some((note) => note.startsWith('† Hanya bagian pagu'))).toBe(true)
  })

  it('leaves the unlinked programs out when asked, and the TOTAL with them', () => {
    const { e } = reportPlan(temp)
    const document = tc14({ includeUnlinked: false })
    const table = tableOf(document)
    expect(rowsNamed(table, 'nama', 'Program yang belum dikaitkan ke sasaran')).toEqual([])
    expect(rowsNamed(table, 'nama', e.name)).toEqual([])
    const keselarasan = temp.handlers.getKeselarasan({})
    for (const year of YEARS) expect(moneyAt(table, rowNamed(table, 'nama', 'TOTAL'), `rp${year}`)).toBe(keselarasan.grandTotal[year] - keselarasan.unlinkedTotal[year])
    expect(document.filterLines).toContain('Program yang belum dikaitkan ke sasaran tidak ditampilkan.')
  })
})

describe('T-C.14 filters and edges', () => {
  it('filters by misi and by PD, and says so', () => {
    const { a, b, d } = reportPlan(temp)
    const misi3 = temp.handlers.getRpjmd({}).misi[2]
    const byMisi = tc14({ misiId: misi3.id })
    const table = tableOf(byMisi)
    expect(byMisi.filterLines).toEqual([`Misi : Misi 3: ${misi3.title}`])
    expect(rowsNamed(table, 'nama', 'Jumlah Misi 6')).toEqual([])
    expect(rowsNamed(table, 'nama', 'Program yang belum dikaitkan ke sasaran')).toEqual([])
    const misiTotal = rowNamed(table, 'nama', 'Jumlah Misi 3')
    for (const year of YEARS) expect(moneyAt(table, rowNamed(table, 'nama', 'TOTAL'), `rp${year}`)).toBe(moneyAt(table, misiTotal, `rp${year}`))

    const pdName = temp.handlers.listPerangkatDaerah({}).find((pd) => pd.id === a.perangkatDaerahId)!.name
    const byPd = tc14({ perangkatDaerahId: a.perangkatDaerahId })
    const pdTable = tableOf(byPd)
    expect(byPd.filterLines).toEqual([`Perangkat Daerah : ${pdName}`])
    expect(pdTable.rows.filter((row) => row.style === 'item').map((row) => textAt(pdTable, row, 'nama'))).toEqual([a.name])
    expect(moneyAt(pdTable, rowNamed(pdTable, 'nama', 'TOTAL'), 'rp2023')).toBe(1_500)
    expect(rowsNamed(pdTable, 'nama', b.name).concat(rowsNamed(pdTable, 'nama', d.name))).toEqual([])
  })

  it('shows only the chosen years; the kondisi akhir still sums all five', () => {
    const { a } = reportPlan(temp)
    const table = tableOf(tc14({ years: [2024, 2023] }))
    expect(table.columns.map((column) => column.key).filter((key) => key.startsWith('rp'))).toEqual(['rp2023', 'rp2024', 'rpAkhir'])
    expect(table.header[3]).toHaveLength(4 + 4 + 3)
    expect(moneyAt(table, rowNamed(table, 'nama', a.name), 'rpAkhir')).toBe(3_500)
    expectSpansFit(table)
    expect(() => tc14({ years: [2030] })).toThrow('Tahun 2030 di luar tahun rencana')
  })

  it('an empty plan still has its header and says there is nothing', () => {
    const table = tableOf(tc14())
    expect(table.rows).toEqual([])
    expect(table.emptyText).toBe('Belum ada program dalam rencana.')
    expect(table.header).toHaveLength(4)
  })

  it('refuses an unknown misi or PD with a message in Bahasa Indonesia', () => {
    const reply = dispatch(temp.handlers, 'getReport', { report: 'tc14', misiId: 999 })
    expect(reply).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('Misi (id 999) tidak ditemukan') } })
    const pd = dispatch(temp.handlers, 'getReport', { report: 'tc14', perangkatDaerahId: 999 })
    expect(pd).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('Perangkat daerah (id 999) tidak ditemukan') } })
    expect(dispatch(temp.handlers, 'getReport', { report: 'tc15' })).toMatchObject({ ok: false, error: { message: 'Laporan tidak dikenal.' } })
  })

  it('keeps a name of 2.000 characters whole', () => {
    const name = 'Program '.padEnd(2_000, 'panjang ')
    temp.handlers.createPlanRow({ level: 'program', perangkatDaerahId: 1, code: '4.01.01', name, pagu: { '2023': 5 } })
    const table = tableOf(tc14())
    expect(textAt(table, rowNamed(table, 'nama', name), 'nama')).toHaveLength(2_000)
  })
})
