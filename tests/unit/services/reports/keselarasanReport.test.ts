import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildReport } from '../../../../src/main/services/reports'
import type { ReportOptionsInput } from '../../../../src/shared/reports/options'
import { openTempDb, type TempDb } from '../../../support/tempDb'
import { cellAt, expectSpansFit, moneyAt, rowNamed, tableOf, textAt } from './reportTable'
import { reportPlan } from './reportPlan'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

const YEARS = [2022, 2023, 2024, 2025, 2026]
const report = (options: Omit<ReportOptionsInput, 'report'> = {}) => buildReport(temp.db, { report: 'keselarasan', ...options })

describe('Keselarasan report', () => {
  it('prints the numbers of getKeselarasan: misi x year with shares, the chart, and the gap lists', () => {
    const { c, d, e } = reportPlan(temp)
    const document = report()
    const view = temp.handlers.getKeselarasan({})
    const table = tableOf(document, 'keselarasanMisi')
    expectSpansFit(table)
    for (const misi of view.misi) {
      const row = rowNamed(table, 'misi', misi.title)
      expect(cellAt(table, row, 'program')).toEqual({ kind: 'count', value: misi.programCount })
      for (const year of YEARS) {
        expect(moneyAt(table, row, `rp${year}`)).toBe(misi.pagu[year])
        expect(cellAt(table, row, `porsi${year}`)).toEqual({ kind: 'share', part: misi.pagu[year], whole: view.grandTotal[year] })
      }
      expect(row.mark).toBe(misi.number === 6 || misi.number === 7 ? '*' : undefined)
    }
    const unlinked = rowNamed(table, 'misi', 'Belum terkait sasaran')
    const total = rowNamed(table, 'misi', 'TOTAL (setiap program sekali)')
    for (const year of YEARS) {
      expect(moneyAt(table, unlinked, `rp${year}`)).toBe(view.unlinkedTotal[year])
      expect(moneyAt(table, total, `rp${year}`)).toBe(view.grandTotal[year])
    }
    expect(total.style).toBe('total')

    const chart = document.blocks.find((block) => block.kind === 'chart')
    expect(chart?.kind === 'chart' && chart.chart.categories).toEqual(view.misi.map((misi) => `Misi ${misi.number}`))
    expect(chart?.kind === 'chart' && chart.chart.series).toEqual(YEARS.map((year) => ({ label: String(year), values: view.misi.map((misi) => misi.pagu[year]) })))

    const sasaran = tableOf(document, 'sasaranTanpaProgram')
    expect(sasaran.rows.map((row) => textAt(sasaran, row, 'kode'))).toEqual(view.sasaranWithoutProgram.map((row) => row.label))
    const programs = tableOf(document, 'programTanpaSasaran')
    expect(programs.rows.map((row) => textAt(programs, row, 'kode'))).toEqual([e.code])
    expect(moneyAt(programs, programs.rows[0], 'pagu')).toBe(9)
    const multi = tableOf(document, 'multiMisi')
    expect(multi.rows.map((row) => [textAt(multi, row, 'kode'), textAt(multi, row, 'misi'), moneyAt(multi, row, 'pagu')])).toEqual([[c.code, '6, 7', 4_000]])
    // D is served through a sub kegiatan: not a program without sasaran.
    expect(programs.rows.map((row) => textAt(programs, row, 'kode'))).not.toContain(d.code)
    expect(document.fileStem).toBe('Keselarasan_2022-2026')
  })

  it('an empty plan: the misi table says so, every sasaran is a gap', () => {
    const document = report({ perangkatDaerahId: 1 })
    expect(tableOf(document, 'keselarasanMisi').rows).toEqual([])
    expect(tableOf(document, 'keselarasanMisi').emptyText).toBe('Belum ada program dalam rencana.')
    expect(tableOf(document, 'sasaranTanpaProgram').rows).toHaveLength(34)
    expect(tableOf(document, 'programTanpaSasaran').rows).toEqual([])
    expect(document.filterLines[0]).toContain('tidak diterapkan')
  })
})
