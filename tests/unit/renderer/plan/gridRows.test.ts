import { describe, expect, it } from 'vitest'
import type { PerangkatDaerah, PlanRow } from '../../../../src/shared/domain'
import { GridRowCache } from '../../../../src/renderer/src/features/plan/model/gridRowCache'
import { buildGridRows, shownTotals, sumOfTotals } from '../../../../src/renderer/src/features/plan/model/gridRows'

const years = [2022, 2023]
const pd: PerangkatDaerah = { id: 11, code: '1.02.0.00.0.00.01.0000', name: 'Dinas Kesehatan' } as PerangkatDaerah

function row(id: number, level: PlanRow['level'], parentId: number | null, pagu: Record<number, number>, total = pagu): PlanRow {
  return {
    id,
    level,
    parentId,
    perangkatDaerahId: pd.id,
    code: `code-${id}`,
    name: `Baris ${id}`,
    nameOverridden: false,
    indikator: '',
    indikatorOverridden: false,
    satuan: '',
    satuanOverridden: false,
    pagu,
    total,
    targets: {},
    sasaranIds: [],
    lokasiIds: [],
    sumberDanaIds: [],
    codeStatus: { valid: true }
  }
}

// Program 1 > kegiatan 2 (sub 3: 1.000) and kegiatan 4 (sub 5: 2.000); the server's totals are of the whole plan.
const plan = [
  row(1, 'program', null, {}, { 2022: 3000 }),
  row(2, 'kegiatan', 1, {}, { 2022: 1000 }),
  row(3, 'sub_kegiatan', 2, { 2022: 1000 }),
  row(4, 'kegiatan', 1, {}, { 2022: 2000 }),
  row(5, 'sub_kegiatan', 4, { 2022: 2000 })
]

describe('grid rows under a filter', () => {
  it('every total row is the sum of the rows shown: program, kegiatan, PD heading and TOTAL agree', () => {
    const shown = [plan[0], plan[1], plan[2]]
    const totals = shownTotals(shown, years)
    expect(totals.get(1)).toEqual({ 2022: 1000, 2023: 0 })
    expect(totals.get(2)).toEqual({ 2022: 1000, 2023: 0 })
    const grid = buildGridRows(new GridRowCache(), shown, [pd], new Set(), years, totals)
    expect(grid.map((entry) => [entry.key, entry.total[2022]])).toEqual([
      ['pd-11', 1000],
      ['1', 1000],
      ['2', 1000],
      ['3', 1000]
    ])
    // The TOTAL row: the sum of the PD headings, as the view takes it.
    expect(
      sumOfTotals(
        grid.filter((entry) => entry.kind === 'pd').map((entry) => entry.total),
        years
      )[2022]
    ).toBe(1000)
  })

  it('without a filter the rows keep the totals the server sent', () => {
    const grid = buildGridRows(new GridRowCache(), plan, [pd], new Set(), years)
    expect(grid.map((entry) => entry.total[2022])).toEqual([3000, 3000, 1000, 1000, 2000, 2000])
  })
})

describe('the grid row cache belongs to one screen', () => {
  it('reuses a grid row while its plan row is the same object, and drops rows that left the plan', () => {
    const cache = new GridRowCache()
    const first = buildGridRows(cache, plan, [pd], new Set(), years)
    const again = buildGridRows(cache, plan, [pd], new Set(), years)
    // Index 0 is the PD heading: grid row 3 is plan row 3 (plan[2]).
    expect(again[3]).toBe(first[3])
    const changed = [...plan]
    changed[2] = { ...plan[2], pagu: { 2022: 5 } }
    const after = buildGridRows(cache, changed, [pd], new Set(), years)
    expect(after[3]).not.toBe(first[3])
    expect(after[2]).toBe(first[2])
    expect(cache.size).toBe(5)
    cache.prune(plan.slice(0, 3))
    expect(cache.size).toBe(3)
    // Another screen's cache starts empty: nothing is kept at module level.
    expect(new GridRowCache().size).toBe(0)
  })
})
