import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PlanRow } from '../../../src/shared/domain'
import type { SavedRowTotal } from '../../../src/shared/edits'
import { smallPlan } from '../../support/smallPlan'
import { openTempDb, type TempDb } from '../../support/tempDb'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

/** What a fresh list of the plan says the totals of these rows are. */
const listedTotals = (rows: PlanRow[], ids: number[]) => ids.map((id) => ({ planRowId: id, total: rows.find((row) => row.id === id)?.total }))
const ids = (totals: SavedRowTotal[] | undefined) => (totals ?? []).map((entry) => entry.planRowId)

describe('the reply to a save of values carries the new totals of every row above its pagu cells', () => {
  it('one pagu: its kegiatan and its program, as a fresh list of the plan sums them; the sub kegiatan (its total is its pagu) and no other row', () => {
    const { handlers, subs } = smallPlan(temp.handlers)
    const sub = subs[1]
    const kegiatanId = sub.parentId as number
    const programId = handlers.listPlanRows({}).find((row) => row.id === kegiatanId)?.parentId as number
    const reply = handlers.applyCellEdits({ kind: 'edit', edits: [{ planRowId: sub.id, field: 'pagu:2024', text: '7500' }] })
    expect(reply.values).toEqual([{ planRowId: sub.id, field: 'pagu:2024', value: 7500 }])
    // Parents first, as the screen takes them; a row without rows below has its pagu as its total.
    expect(ids(reply.totals)).toEqual([programId, kegiatanId])
    const listed = handlers.listPlanRows({})
    expect(reply.totals).toEqual(listedTotals(listed, [programId, kegiatanId]))
    expect(listed.find((row) => row.id === sub.id)?.total).toEqual(listed.find((row) => row.id === sub.id)?.pagu)
    expect(reply.totals?.[0].total).toEqual({ 2023: 1000 + 2000 + 3000 + 4000, 2024: 7500 })
  })

  it('a paste over two PD, its clear (the years leave the totals) and their undo and redo each carry the totals a fresh list gives', () => {
    const { handlers, subs } = smallPlan(temp.handlers)
    const pasted = [subs[0], subs[3], subs[4]]
    const edits = (text: (index: number) => string) =>
      pasted.flatMap((row, index) => [2023, 2025].map((year) => ({ planRowId: row.id, field: `pagu:${year}`, text: text(index) })))
    const expectListed = (reply: { totals?: SavedRowTotal[] }, count: number) => {
      expect(reply.totals).toHaveLength(count)
      expect(reply.totals).toEqual(listedTotals(handlers.listPlanRows({}), ids(reply.totals)))
    }
    // Three sub kegiatan (not sent), two kegiatan, two programs.
    expectListed(handlers.applyCellEdits({ kind: 'paste', edits: edits((index) => String(100 * (index + 1))) }), 4)
    const cleared = handlers.applyCellEdits({ kind: 'clear', edits: edits(() => '') })
    expectListed(cleared, 4)
    // The first sub kegiatan had only 2023: its kegiatan keeps the others' 2023.
    expect(cleared.totals?.find((entry) => entry.planRowId === subs[0].parentId)?.total).toEqual({ 2023: 2000 + 3000 })
    expectListed(handlers.undo({}), 4)
    expectListed(handlers.undo({}), 4)
    expectListed(handlers.redo({}), 4)
  })

  it('a save of targets alone changes no total and carries none; a save of whole rows carries its rows instead', () => {
    const { handlers, subs } = smallPlan(temp.handlers)
    const targets = handlers.applyCellEdits({ kind: 'edit', edits: [{ planRowId: subs[2].id, field: 'target:2024', text: '12' }] })
    expect(targets.values).toHaveLength(1)
    expect(targets.totals).toEqual([])
    const named = handlers.applyCellEdits({ kind: 'edit', edits: [{ planRowId: subs[2].id, field: 'name', text: 'Nama lain' }] })
    expect(named.values).toBeUndefined()
    expect(named.totals).toBeUndefined()
    expect(named.rows.length).toBeGreaterThan(0)
  })
})
