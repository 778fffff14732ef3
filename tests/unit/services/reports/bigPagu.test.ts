import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../../src/main/services/dispatch'
import { buildReport } from '../../../../src/main/services/reports'
import { REPORT_IDS } from '../../../../src/shared/reports/options'
import { openTempDb, type TempDb } from '../../../support/tempDb'
import { moneyAt, rowNamed, tableOf } from './reportTable'
import { bigPaguPlan, TEN_TRILLION } from './reportPlan'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

const YEARS = [2022, 2023, 2024, 2025, 2026]

describe('reports with pagu of 10^13 on every row', () => {
  it('sum exactly while the sums stay below 2^53', () => {
    bigPaguPlan(temp, 150, YEARS)
    const exact = 150 * TEN_TRILLION
    const tc14 = tableOf(buildReport(temp.db, { report: 'tc14' }))
    for (const year of YEARS) expect(moneyAt(tc14, rowNamed(tc14, 'nama', 'TOTAL'), `rp${year}`)).toBe(exact)
    expect(moneyAt(tc14, rowNamed(tc14, 'nama', 'TOTAL'), 'rpAkhir')).toBe(5 * exact)
    expect(moneyAt(tc14, rowNamed(tc14, 'nama', 'Jumlah Sasaran 1.1'), 'rpAkhir')).toBe(5 * exact)
    const rekap = tableOf(buildReport(temp.db, { report: 'rekapMisiPd' }))
    expect(moneyAt(rekap, rowNamed(rekap, 'uraian', 'TOTAL'), 'rpJumlah')).toBe(5 * exact)
    const keselarasan = tableOf(buildReport(temp.db, { report: 'keselarasan' }), 'keselarasanMisi')
    expect(moneyAt(keselarasan, rowNamed(keselarasan, 'misi', 'TOTAL (setiap program sekali)'), 'rpJumlah')).toBe(5 * exact)
    const daftar = tableOf(buildReport(temp.db, { report: 'daftarProgram' }))
    expect(moneyAt(daftar, rowNamed(daftar, 'nama', 'TOTAL'), 'pagu2024')).toBe(exact)
  })

  it('refuse with a clear message, never a rounded number, when a sum passes 2^53', () => {
    bigPaguPlan(temp, 1_000, [2023])
    for (const report of REPORT_IDS) {
      const reply = dispatch(temp.handlers, 'getReport', { report })
      expect(reply, report).toEqual({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('batas angka yang dapat dijumlahkan dengan tepat') } })
    }
  })
})
