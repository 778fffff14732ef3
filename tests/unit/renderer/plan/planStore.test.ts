import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PlanRow } from '../../../../src/shared/domain'
import { PlanStore } from '../../../../src/renderer/src/features/plan/model/planStore'
import { smallPlan as buildSmallPlan, random } from '../../../support/smallPlan'
import { openTempDb, type TempDb } from '../../../support/tempDb'
import type { SavedCellValue } from '../../../../src/shared/edits'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())
const buildPlan = () => buildSmallPlan(temp.handlers)

describe('PlanStore (the sums beside the grid, kept per saved row)', () => {
  it('misi totals of a fresh store equal the Keselarasan figures computed in the database', () => {
    const { handlers, plan } = buildPlan()
    const store = new PlanStore(handlers.listPlanRows({}), plan)
    const keselarasan = handlers.getKeselarasan({})
    for (const year of plan.targetYears) {
      expect(store.misiTotals(year).map((entry) => entry.pagu)).toEqual(keselarasan.misi.map((entry) => entry.pagu[year]))
    }
  })

  it('after 40 random edits, links, unlinks and undos, equals a store built from scratch', () => {
    const { handlers, plan, sasaranIds, subs, programs } = buildPlan()
    const store = new PlanStore(handlers.listPlanRows({}), plan)
    const next = random(42)
    const linkable = [...subs, ...programs]
    // Undo only right after an edit of this test, so it never reaches the building of the plan.
    let undoable = false
    for (let step = 0; step < 40; step++) {
      const sub = subs[next(subs.length)]
      const choice = next(5)
      let saved: { rows: PlanRow[]; values?: SavedCellValue[] }
      const wasUndoable = undoable
      undoable = false
      if (choice === 0 && wasUndoable) saved = handlers.undo({})
      else if (choice === 0) saved = { rows: [] }
      else if (choice === 1)
        // As the screen applies it: the reply's row with the rows above it.
        saved = handlers.linkSasaran({ planRowId: linkable[next(linkable.length)].id, sasaranId: sasaranIds[next(sasaranIds.length)] })
      else if (choice === 2) {
        const row = store.rows.find((candidate) => candidate.sasaranIds.length > 0)
        saved = row ? handlers.unlinkSasaran({ planRowId: row.id, sasaranId: row.sasaranIds[0] }) : { rows: [] }
      } else {
        const year = plan.targetYears[next(plan.targetYears.length)]
        const field = choice === 3 ? `pagu:${year}` : `target:${year}`
        const text = choice === 3 && next(4) === 0 ? '' : String(1000 * (next(50) + 1))
        const result = handlers.applyCellEdits({ kind: 'edit', edits: [{ planRowId: sub.id, field, text }] })
        saved = result
        undoable = result.batchId !== null
      }
      expect(store.applySave(saved).structural).toBe(false)
      const fresh = new PlanStore(handlers.listPlanRows({}), plan)
      expect(store.rows).toEqual(fresh.rows)
      for (const year of plan.targetYears) expect(store.misiTotals(year)).toEqual(fresh.misiTotals(year))
      expect(store.warnings()).toEqual(fresh.warnings())
      expect(store.warningCount).toBe(fresh.warnings().length)
      expect(store.flaggedCount).toBe(fresh.flaggedCount)
    }
  })

  it('a paste, a clear and their undo and redo, taken as values, equal a store built from scratch', () => {
    const { handlers, plan, subs } = buildPlan()
    const store = new PlanStore(handlers.listPlanRows({}), plan)
    const expectFresh = () => {
      const fresh = new PlanStore(handlers.listPlanRows({}), plan)
      expect(store.rows).toEqual(fresh.rows)
      for (const year of plan.targetYears) expect(store.misiTotals(year)).toEqual(fresh.misiTotals(year))
      expect(store.warnings()).toEqual(fresh.warnings())
    }
    const take = (result: { rows: PlanRow[]; values?: SavedCellValue[] }) => {
      expect(result.values?.length).toBeGreaterThan(0)
      expect(store.applySave(result).structural).toBe(false)
      expectFresh()
    }
    const cells = (rows: PlanRow[], text: (row: number, year: number) => string) =>
      rows.flatMap((row, index) =>
        [2023, 2024].flatMap((year) => [
          { planRowId: row.id, field: `pagu:${year}` as const, text: text(index, year) },
          { planRowId: row.id, field: `target:${year}` as const, text: text(index, year) === '' ? '' : `${index},5` }
        ])
      )
    take(handlers.applyCellEdits({ kind: 'paste', edits: cells(subs, (row, year) => String(1000 * row + year)) }))
    // The first kegiatan's sub kegiatan emptied: its total and its program's lose the years.
    take(handlers.applyCellEdits({ kind: 'clear', edits: cells(subs.slice(0, 4), () => '') }))
    expect(store.get(subs[0].parentId as number)?.total).toEqual({})
    take(handlers.undo({}))
    take(handlers.undo({}))
    take(handlers.redo({}))
  })

  it('a values save keeps the years of a row outside the plan and leaves the rows it did not touch as they were', () => {
    const { handlers, plan, subs } = buildPlan()
    const rows = handlers.listPlanRows({})
    // As a file written elsewhere could hold: a pagu and a target year the plan does not show.
    const odd = rows.find((row) => row.id === subs[0].id) as PlanRow
    odd.pagu = { ...odd.pagu, 2040: 7 }
    odd.targets = { ...odd.targets, 2040: 'WTP' }
    const store = new PlanStore(rows, plan)
    const untouched = store.get(subs[1].id)
    const before = store.get(odd.id) as PlanRow
    store.applyValues([
      { planRowId: odd.id, field: 'pagu:2023', value: 5000 },
      { planRowId: odd.id, field: 'target:2023', value: 3 }
    ])
    const after = store.get(odd.id) as PlanRow
    expect(after.pagu).toMatchObject({ 2023: 5000, 2040: 7 })
    expect(after.targets).toMatchObject({ 2023: 3, 2040: 'WTP' })
    // The row before the save is not changed under those still holding it.
    expect(before.pagu[2023]).not.toBe(5000)
    expect(before.targets[2023]).not.toBe(3)
    expect(store.get(subs[1].id)).toBe(untouched)
  })

  it('tells its subscribers of every save it takes in place, once, and of none it does not take', () => {
    const { handlers, plan, subs } = buildPlan()
    const store = new PlanStore(handlers.listPlanRows({}), plan)
    const seen: number[] = []
    const unsubscribe = store.subscribe(() => seen.push(store.version))
    store.applySave(handlers.applyCellEdits({ kind: 'paste', edits: [{ planRowId: subs[0].id, field: 'pagu:2023', text: '5000' }] }))
    store.applySave(handlers.applyCellEdits({ kind: 'edit', edits: [{ planRowId: subs[0].id, field: 'name', text: 'Nama lain' }] }))
    expect(seen).toEqual([1, 2])
    // Rows it does not have (the tree changed) and rows as they are: nothing taken, nobody told.
    expect(store.apply([{ ...subs[0], id: 99999 }]).structural).toBe(true)
    store.apply([store.get(subs[1].id) as PlanRow])
    expect(seen).toEqual([1, 2])
    unsubscribe()
    store.applyValues([{ planRowId: subs[0].id, field: 'pagu:2023', value: 6000 }])
    expect(seen).toEqual([1, 2])
    expect(store.version).toBe(3)
  })

  it('says a save is structural when a row is new or its code, parent or PD changed', () => {
    const { handlers, plan, subs } = buildPlan()
    const store = new PlanStore(handlers.listPlanRows({}), plan)
    expect(store.apply([{ ...subs[0], id: 99999 }]).structural).toBe(true)
    expect(store.apply([{ ...store.get(subs[0].id)!, code: '1.02.02.2.02.0009' }]).structural).toBe(true)
    expect(store.apply([{ ...store.get(subs[0].id)!, perangkatDaerahId: 3 }]).structural).toBe(true)
    expect(store.apply([{ ...store.get(subs[0].id)!, name: 'Nama lain' }])).toMatchObject({ structural: false, changed: [{ after: { name: 'Nama lain' } }] })
  })

  it('counts flagged codes and warnings as rows change', () => {
    const { handlers, plan, subs } = buildPlan()
    const store = new PlanStore(handlers.listPlanRows({}), plan)
    const row = store.get(subs[1].id)!
    const before = store.warningCount
    const flagged = store.flaggedCount
    // No nomenclature is imported here, so every code starts flagged.
    expect(flagged).toBe(store.rows.length)
    store.apply([{ ...row, codeStatus: { valid: true } }])
    expect(store.flaggedCount).toBe(flagged - 1)
    // No target for a year with pagu: one more warning on this row at most (it had the no-sasaran one).
    store.apply([{ ...store.get(row.id)!, pagu: {} }])
    expect(
      store
        .warnings()
        .filter((warning) => warning.planRowId === row.id)
        .map((warning) => warning.message)
    ).toContain('Pagu nol atau belum diisi di semua tahun.')
    expect(store.warningCount).toBe(store.warnings().length)
    expect(store.warningCount).toBeGreaterThanOrEqual(before)
  })
})
