import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiArgs } from '../../../../src/shared/contract'
import type { PlanRow } from '../../../../src/shared/domain'
import { ServiceError } from '../../../../src/main/services/errors'
import { expectedValues, sameValues } from '../../../../src/renderer/src/features/plan/model/expectedValues'
import { PlanStore } from '../../../../src/renderer/src/features/plan/model/planStore'
import { random, smallPlan } from '../../../support/smallPlan'
import { openTempDb, type TempDb } from '../../../support/tempDb'

type CellEdits = ApiArgs<'applyCellEdits'>['edits']

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

// What analysts type and paste, with what the server refuses: ambiguous grouping, words,
// negative money, cents, a year outside the plan (below), and emptied cells.
const TEXTS = ['1.250.000', '1250000', 'Rp 1.250.000', '750 jt', '1,5 M', '1.250', '82,59', '-5', '12,5', 'WTP', 'abc', '', '0', '2.000.000.000', '1,250,000']

function setting() {
  const built = smallPlan(temp.handlers)
  // A program without kegiatan takes pagu itself; one with kegiatan may only lower its own.
  const lone = temp.handlers.createPlanRow({ level: 'program', perangkatDaerahId: 11, code: '1.02.03' }).row
  const rows: PlanRow[] = temp.handlers.listPlanRows({})
  return { ...built, lone, rows }
}

const storeOf = (rows: PlanRow[], plan: ReturnType<typeof setting>['plan']) => new PlanStore(rows, plan)

describe('expectedValues (what the plan screen shows while a batch is saved)', () => {
  it('expects exactly what the server stores, and nothing when the server refuses (300 random batches)', () => {
    const { handlers, plan, rows, subs } = setting()
    const store = storeOf(rows, plan)
    const next = random(7)
    const years = [plan.period.firstYear, ...plan.targetYears, plan.period.lastYear + 1, plan.period.lastYear + 2]
    let accepted = 0
    let refused = 0
    for (let batch = 0; batch < 300; batch++) {
      const edits: CellEdits = []
      for (let cell = 0, count = 1 + next(5); cell < count; cell++) {
        // Mostly sub kegiatan in the plan's years, so that many batches pass as a whole.
        const row = next(4) === 0 ? rows[next(rows.length)] : subs[next(subs.length)]
        const year = next(6) === 0 ? years[next(years.length)] : plan.targetYears[next(plan.targetYears.length)]
        const field = `${next(3) === 0 ? 'target' : 'pagu'}:${year}`
        const text = next(4) === 0 ? TEXTS[next(TEXTS.length)] : `${next(900) + 1}.${String(next(1000)).padStart(3, '0')}.000`
        edits.push({ planRowId: row.id, field, text })
      }
      const expected = expectedValues(edits, store, plan.period)
      let result
      try {
        result = handlers.applyCellEdits({ kind: 'paste', edits })
      } catch (error) {
        expect(error).toBeInstanceOf(ServiceError)
        expect(expected, `batch ${batch} was refused by the server: ${(error as Error).message}`).toBeUndefined()
        refused += 1
        continue
      }
      expect(expected, `batch ${batch} was saved by the server`).toBeDefined()
      expect(sameValues(expected!.values, result.values)).toBe(true)
      // As the screen takes it: the expected values while the server writes, then the reply's totals.
      store.applySave({ rows: [], values: expected!.values })
      store.applySave({ rows: [], totals: result.totals })
      expect(store.rows).toEqual(storeOf(handlers.listPlanRows({}), plan).rows)
      accepted += 1
    }
    // Both outcomes were exercised.
    expect(accepted).toBeGreaterThan(30)
    expect(refused).toBeGreaterThan(30)
  })

  it('the previous values put the screen back as it was (a refused batch)', () => {
    const { plan, subs, rows } = setting()
    const store = storeOf(rows, plan)
    const before = structuredClone(store.rows)
    const totalsBefore = plan.targetYears.map((year) => store.misiTotals(year))
    const edits: CellEdits = subs.flatMap((sub, index) => [
      { planRowId: sub.id, field: 'pagu:2023', text: index % 3 === 0 ? '' : `${index + 1}.000.000` },
      { planRowId: sub.id, field: 'target:2024', text: `${index},5` }
    ])
    const expected = expectedValues(edits, store, plan.period)!
    expect(expected.values.length).toBeGreaterThan(subs.length)
    store.applySave({ rows: [], values: expected.values })
    expect(store.rows).not.toEqual(before)
    store.applySave({ rows: [], values: expected.previous })
    expect(store.rows).toEqual(before)
    expect(plan.targetYears.map((year) => store.misiTotals(year))).toEqual(totalsBefore)
  })

  it('one cell given twice keeps its first old value and last new value; unchanged cells are left out', () => {
    const { plan, subs, rows } = setting()
    const store = storeOf(rows, plan)
    const sub = store.get(subs[0].id)!
    const old = sub.pagu[2023]
    const expected = expectedValues(
      [
        { planRowId: sub.id, field: 'pagu:2023', text: '5.000.000' },
        { planRowId: sub.id, field: 'pagu:2023', text: '6.000.000' },
        { planRowId: sub.id, field: 'pagu:2024', text: '' }
      ],
      store,
      plan.period
    )
    expect(expected).toEqual({
      values: [{ planRowId: sub.id, field: 'pagu:2023', value: 6_000_000 }],
      previous: [{ planRowId: sub.id, field: 'pagu:2023', value: old }]
    })
  })

  it('expects nothing for a batch with a code, name or list cell: those wait for the server', () => {
    const { plan, subs, rows } = setting()
    const store = storeOf(rows, plan)
    const edits: CellEdits = [
      { planRowId: subs[0].id, field: 'pagu:2023', text: '1.000.000' },
      { planRowId: subs[0].id, field: 'name', text: 'Nama baru' }
    ]
    expect(expectedValues(edits, store, plan.period)).toBeUndefined()
  })
})

describe('sameValues (does the reply hold what the screen already shows?)', () => {
  const cells = [
    { planRowId: 1, field: 'pagu:2023' as const, value: 1000 },
    { planRowId: 1, field: 'pagu:2024' as const, value: null },
    { planRowId: 2, field: 'target:2024' as const, value: '12,5' }
  ]

  it('accepts the same cells in the same order or in another order', () => {
    expect(sameValues(cells, structuredClone(cells))).toBe(true)
    expect(sameValues(cells, [cells[2], cells[0], cells[1]])).toBe(true)
    expect(sameValues([], undefined)).toBe(true)
  })

  it('refuses a different value, a different cell or a different count, in either order', () => {
    expect(sameValues(cells, [cells[0], cells[1], { ...cells[2], value: '12' }])).toBe(false)
    expect(sameValues(cells, [{ ...cells[2], value: '12' }, cells[0], cells[1]])).toBe(false)
    expect(sameValues(cells, [cells[0], cells[1], { ...cells[2], planRowId: 3 }])).toBe(false)
    expect(sameValues(cells, cells.slice(0, 2))).toBe(false)
    expect(sameValues(cells, undefined)).toBe(false)
  })
})
