import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildReport } from '../../../../src/main/services/reports'
import { loadServing } from '../../../../src/main/services/reports/serving'
import type { ReportOptionsInput } from '../../../../src/shared/reports/options'
import { openTempDb, type TempDb } from '../../../support/tempDb'
import { cellAt, expectSpansFit, moneyAt, rowNamed, tableOf, textAt } from './reportTable'
import { reportPlan, servingPagu } from './reportPlan'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

const YEARS = [2022, 2023, 2024, 2025, 2026]
const rekap = (options: Omit<ReportOptionsInput, 'report'> = {}) => buildReport(temp.db, { report: 'rekapMisiPd', ...options })
const pdName = (id: number) => temp.handlers.listPerangkatDaerah({}).find((pd) => pd.id === id)!.name

/** The rows between a group row and the next group row. */
function itemsOf(table: ReturnType<typeof tableOf>, groupName: string) {
  const start = table.rows.findIndex((row) => row.style === 'group' && textAt(table, row, 'uraian') === groupName)
  const rest = table.rows.slice(start + 1)
  const end = rest.findIndex((row) => row.style !== 'item')
  return rest.slice(0, end)
}

describe('Rekap pagu per misi dan perangkat daerah', () => {
  it('misi as groups with the PD serving them: sums equal Keselarasan and a recomputation from the plan rows', () => {
    reportPlan(temp)
    const document = rekap()
    const table = tableOf(document)
    const view = temp.handlers.getKeselarasan({})
    const rows = temp.handlers.listPlanRows({})
    const plan = temp.handlers.getRpjmd({})
    expect(table.header[2].map((cell) => cell.text)).toEqual(Array.from({ length: 14 }, (_, index) => `(${index + 1})`))
    expectSpansFit(table)
    for (const misi of plan.misi) {
      const group = rowNamed(table, 'uraian', misi.title)
      expect(group.style).toBe('group')
      const sasaranIds = misi.sasaran.map((sasaran) => sasaran.id)
      for (const year of YEARS) {
        expect(moneyAt(table, group, `rp${year}`), `misi ${misi.number} ${year}`).toBe(view.misi[misi.number - 1].pagu[year])
        expect(cellAt(table, group, `porsi${year}`)).toEqual({ kind: 'share', part: view.misi[misi.number - 1].pagu[year], whole: view.grandTotal[year] })
        for (const item of itemsOf(table, misi.title)) {
          const pd = temp.handlers.listPerangkatDaerah({}).find((candidate) => candidate.name === textAt(table, item, 'uraian'))!
          expect(moneyAt(table, item, `rp${year}`)).toBe(servingPagu(rows, sasaranIds, year, (row) => row.perangkatDaerahId === pd.id))
        }
      }
    }
    expect(itemsOf(table, plan.misi[2].title).map((row) => textAt(table, row, 'uraian'))).toEqual([pdName(3), pdName(8), pdName(11)])
    const total = rowNamed(table, 'uraian', 'TOTAL')
    expect(total.style).toBe('total')
    for (const year of YEARS) expect(moneyAt(table, total, `rp${year}`)).toBe(view.grandTotal[year])
    expect(moneyAt(table, total, 'rpJumlah')).toBe(YEARS.reduce((sum, year) => sum + view.grandTotal[year], 0))
    const unlinked = rowNamed(table, 'uraian', 'Belum dikaitkan ke sasaran')
    for (const year of YEARS) expect(moneyAt(table, unlinked, `rp${year}`)).toBe(view.unlinkedTotal[year])
    expect(itemsOf(table, 'Belum dikaitkan ke sasaran').map((row) => textAt(table, row, 'uraian'))).toEqual([pdName(1), pdName(8)])
  })

  it('counts multi-misi pagu under each misi, marked, and once in the TOTAL, with a footnote', () => {
    const { c } = reportPlan(temp)
    const document = rekap()
    const table = tableOf(document)
    const plan = temp.handlers.getRpjmd({})
    for (const misi of [plan.misi[5], plan.misi[6]]) {
      expect(rowNamed(table, 'uraian', misi.title).mark).toBe('*')
      const [item] = itemsOf(table, misi.title)
      expect([textAt(table, item, 'uraian'), item.mark, moneyAt(table, item, 'rp2023')]).toEqual([pdName(c.perangkatDaerahId), '*', 4_000])
    }
    expect(rowNamed(table, 'uraian', plan.misi[2].title).mark).toBeUndefined()
    expect(moneyAt(table, rowNamed(table, 'uraian', 'TOTAL'), 'rp2023')).toBe(1_500 + 4_000 + 60 + 7)
    expect(document.footnotes.some((note) => note.startsWith('* Memuat pagu yang melayani lebih dari satu misi'))).toBe(true)
    // The rows marked are Keselarasan's multi-misi rows.
    const serving = loadServing(temp.db, 1, temp.handlers.listPlanRows({}))
    const misiNumber = new Map(plan.misi.map((misi) => [misi.id, misi.number]))
    expect([...serving.multiMisi].map(([row, misiIds]) => ({ planRowId: row.id, misiNumbers: misiIds.map((id) => misiNumber.get(id)).sort() }))).toEqual(
      temp.handlers.getKeselarasan({}).multiMisiRows.map((row) => ({ planRowId: row.planRowId, misiNumbers: row.misiNumbers }))
    )
  })

  it('PD as groups with the misi they serve: each PD once with its whole pagu', () => {
    const { c, e } = reportPlan(temp)
    const table = tableOf(rekap({ groupBy: 'perangkatDaerah' }))
    const rows = temp.handlers.listPlanRows({})
    const plan = temp.handlers.getRpjmd({})
    for (const pdId of [1, 3, 8, 11]) {
      const group = rowNamed(table, 'uraian', pdName(pdId))
      for (const year of YEARS) {
        const expected = rows.filter((row) => row.perangkatDaerahId === pdId).reduce((sum, row) => sum + (row.pagu[year] ?? 0), 0)
        expect(moneyAt(table, group, `rp${year}`)).toBe(expected)
      }
    }
    const pd1 = itemsOf(table, pdName(c.perangkatDaerahId))
    expect(pd1.map((row) => [textAt(table, row, 'uraian'), row.mark])).toEqual([
      [plan.misi[5].title, '*'],
      [plan.misi[6].title, '*'],
      ['Belum dikaitkan ke sasaran', undefined]
    ])
    expect(moneyAt(table, pd1[2], 'rp2024')).toBe(e.total[2024])
    expect(moneyAt(table, rowNamed(table, 'uraian', 'TOTAL'), 'rp2023')).toBe(temp.handlers.getKeselarasan({}).grandTotal[2023])
  })

  it('filters by misi and PD, shows the chosen years, and an empty plan says so', () => {
    const { a } = reportPlan(temp)
    const misi3 = temp.handlers.getRpjmd({}).misi[2]
    const byMisi = rekap({ misiId: misi3.id, years: [2023] })
    const table = tableOf(byMisi)
    expect(table.columns.map((column) => column.key)).toEqual(['kode', 'uraian', 'rp2023', 'porsi2023', 'rpJumlah', 'porsiJumlah'])
    expect(table.rows.filter((row) => row.style === 'group').map((row) => textAt(table, row, 'uraian'))).toEqual([misi3.title])
    expect(moneyAt(table, rowNamed(table, 'uraian', 'TOTAL'), 'rp2023')).toBe(temp.handlers.getKeselarasan({}).misi[2].pagu[2023])
    expect(byMisi.filterLines).toEqual([`Misi : Misi 3: ${misi3.title}`, 'Tahun : 2023'])
    expect(byMisi.fileStem).toBe('Rekap_Pagu_Misi_PD_2023')
    const byPd = tableOf(rekap({ perangkatDaerahId: a.perangkatDaerahId }))
    expect(byPd.rows.map((row) => textAt(byPd, row, 'uraian'))).toEqual([misi3.title, pdName(a.perangkatDaerahId), 'TOTAL'])
    expect(moneyAt(byPd, byPd.rows[2], 'rpJumlah')).toBe(3_500)
  })

  it('an empty plan keeps its header and one line of text', () => {
    const table = tableOf(rekap())
    expect(table.rows).toEqual([])
    expect(table.emptyText).toBe('Belum ada program dalam rencana.')
    expect(table.header).toHaveLength(3)
  })
})
