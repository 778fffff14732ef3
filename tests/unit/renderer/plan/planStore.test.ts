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

  it('a save of values makes new row objects for the saved rows and the rows above them, with the totals of the reply, and changes no object held before', () => {
    const { handlers, plan, subs } = buildPlan()
    const store = new PlanStore(handlers.listPlanRows({}), plan)
    const sub = store.get(subs[1].id) as PlanRow
    const kegiatan = store.get(sub.parentId as number) as PlanRow
    const program = store.get(kegiatan.parentId as number) as PlanRow
    const other = store.get(subs[5].id) as PlanRow
    // What the grid holds: the objects, and a copy of what they said.
    const held = [sub, kegiatan, program, other]
    const heldCopies = structuredClone(held)
    const reply = handlers.applyCellEdits({ kind: 'edit', edits: [{ planRowId: sub.id, field: 'pagu:2024', text: '7500' }] })
    const outcome = store.applySave(reply)
    expect(outcome.changed.map(({ after }) => after.id).sort()).toEqual([sub.id, kegiatan.id, program.id].sort())
    for (const { before, after } of outcome.changed) {
      expect(after).not.toBe(before)
      expect(store.get(after.id)).toBe(after)
      expect(store.rows).toContain(after)
      expect(store.rows).not.toContain(before)
    }
    expect(held).toEqual(heldCopies)
    expect(store.get(other.id)).toBe(other)
    // The totals are the reply's, taken as they came.
    for (const { planRowId, total } of reply.totals ?? []) expect(store.get(planRowId)?.total).toBe(total)
    expect(store.get(program.id)?.total[2024]).toBe(7500)
    expect(store.rows).toEqual(new PlanStore(handlers.listPlanRows({}), plan).rows)
  })

  it('sums no total of its own: values without totals leave the rows above as they were (a row without rows below takes its pagu), the totals of the reply then bring them', () => {
    const { handlers, plan, subs } = buildPlan()
    const store = new PlanStore(handlers.listPlanRows({}), plan)
    const sub = store.get(subs[1].id) as PlanRow
    const kegiatan = store.get(sub.parentId as number) as PlanRow
    // As the screen draws the values it expects while the server writes them.
    const drawn = store.applyValues([{ planRowId: sub.id, field: 'pagu:2024', value: 7500 }])
    expect(drawn.changed.map(({ after }) => after.id)).toEqual([sub.id])
    expect(store.get(kegiatan.id)).toBe(kegiatan)
    // A row without rows below has its own pagu as its total: no sum, the record it was given.
    expect(store.get(sub.id)?.total).toBe(store.get(sub.id)?.pagu)
    expect(store.get(sub.id)?.total).toEqual({ ...sub.total, 2024: 7500 })
    expect(sub.total[2024]).not.toBe(7500)
    const reply = handlers.applyCellEdits({ kind: 'edit', edits: [{ planRowId: sub.id, field: 'pagu:2024', text: '7500' }] })
    const taken = store.applySave({ rows: [], totals: reply.totals })
    expect(taken.changed.map(({ after }) => after.id).sort()).toEqual((reply.totals ?? []).map((entry) => entry.planRowId).sort())
    expect(store.rows).toEqual(new PlanStore(handlers.listPlanRows({}), plan).rows)
    // A total named again with the same figures keeps its row.
    const again = store.get(kegiatan.id)
    expect(store.applySave({ rows: [], totals: reply.totals }).changed).toEqual([])
    expect(store.get(kegiatan.id)).toBe(again)
    // A total for a row the screen does not have: the plan changed elsewhere.
    expect(store.applySave({ rows: [], totals: [{ planRowId: 99999, total: {} }] }).structural).toBe(true)
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
