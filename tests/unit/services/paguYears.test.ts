import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/services/dispatch'
import type { PlanRow } from '../../../src/shared/domain'
import { paguYearList, paguYearSpan, prakiraanMajuYear } from '../../../src/shared/planYears'
import { readValueCell } from '../../../src/shared/valueCells'
import { paguYears } from '../../../src/main/services/years'
import { openTempDb, type TempDb } from '../../support/tempDb'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

const call = (channel: string, args: unknown) => dispatch(temp.handlers, channel, args, () => undefined)
const period = { firstYear: 2021, lastYear: 2026 }
const emptyRow = { level: 'sub_kegiatan' as const, pagu: {}, targets: {} }

describe('pagu years: one rule for a new row, a cell edit and the grid', () => {
  it('runs from the year after the baseline through the prakiraan maju year', () => {
    expect(prakiraanMajuYear(period)).toBe(2027)
    expect(paguYearSpan(period)).toEqual({ from: 2022, to: 2027 })
    expect(paguYearList(period)).toEqual([2022, 2023, 2024, 2025, 2026, 2027])
    expect(paguYears(period)).toEqual(paguYearSpan(period))
  })

  it('a cell edit takes the same years and refuses the same ones', () => {
    for (const year of paguYearList(period)) expect(readValueCell(`pagu:${year}`, '5', emptyRow, false, period, undefined)).toMatchObject({ year, value: 5 })
    expect(readValueCell('pagu:2021', '5', emptyRow, false, period, undefined)).toBe('Tahun 2021 di luar tahun pagu (2022-2027).')
    expect(readValueCell('pagu:2028', '5', emptyRow, false, period, undefined)).toBe('Tahun 2028 di luar tahun pagu (2022-2027).')
  })

  it('createPlanRow accepts a pagu for the prakiraan maju year, as a cell edit of pagu:2027 does, and refuses 2028', () => {
    const created = call('createPlanRow', { level: 'program', perangkatDaerahId: 11, code: '1.02.02', pagu: { '2027': 750_000 } })
    expect(created).toMatchObject({ ok: true, value: { row: { pagu: { 2027: 750_000 } } } })
    const row = (created as { value: { row: PlanRow } }).value.row
    expect(call('applyCellEdits', { kind: 'edit', edits: [{ planRowId: row.id, field: 'pagu:2027', text: '800000' }] })).toMatchObject({ ok: true })
    expect(call('createPlanRow', { level: 'program', perangkatDaerahId: 11, code: '1.02.03', pagu: { '2028': 1 } })).toMatchObject({
      ok: false,
      error: { message: 'Tahun 2028 di luar tahun pagu RPJMD (2022-2027).' }
    })
  })
})
