import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PlanRow } from '../../../../src/shared/domain'
import { setPlanVersionId } from '../../../../src/main/db/repositories/nomenklatur'
import { mergeRows } from '../../../../src/renderer/src/features/plan/model/mergeRows'
import { storeSmallVersion } from '../../../support/nomenklaturFixture'
import { openTempDb, type TempDb } from '../../../support/tempDb'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
  setPlanVersionId(temp.db, 1, storeSmallVersion(temp.db, '2026'))
})
afterEach(() => temp.cleanup())

describe('merging rows that came or went into the plan on screen', () => {
  it('gives the plan as the server lists it after adding, deleting, undoing, redoing, recoding and pasting rows', () => {
    const handlers = temp.handlers
    const program = handlers.createPlanRow({ level: 'program', perangkatDaerahId: 11, code: '1.02.02' }).row
    const kegiatan = handlers.createPlanRow({ level: 'kegiatan', parentId: program.id, code: '1.02.02.2.02' }).row
    for (const n of [1, 3]) handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: `1.02.02.2.02.000${n}`, pagu: { '2023': n * 1000 } })
    handlers.createPlanRow({ level: 'program', perangkatDaerahId: 8, code: '1.01.02' })
    let screen: PlanRow[] = handlers.listPlanRows({})
    const step = (saved: PlanRow[], removedIds?: number[]) => {
      screen = mergeRows(screen, saved, removedIds)
      expect(screen).toEqual(handlers.listPlanRows({}))
    }

    // A row added between two others lands between them; another PD's program before this PD's.
    step([handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0002' }).row])
    step([handlers.createPlanRow({ level: 'program', perangkatDaerahId: 3, code: '1.02.02' }).row])
    // Deleting a kegiatan takes its sub kegiatan along and lowers the program's totals.
    const deleted = handlers.deletePlanRow({ planRowId: kegiatan.id })
    expect(deleted.removedIds).toHaveLength(4)
    step(deleted.rows, deleted.removedIds)
    // Undo brings the branch back with its ids; redo removes it again.
    const undone = handlers.undo({})
    expect(undone.rows.map((row) => row.id)).toEqual(expect.arrayContaining(deleted.removedIds))
    step(undone.rows, undone.removedIds)
    const redone = handlers.redo({})
    expect(redone.removedIds).toHaveLength(4)
    step(redone.rows, redone.removedIds)
    step(handlers.undo({}).rows)
    // Undoing an addition removes the row.
    const addition = handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0004' }).row
    step([addition])
    const undoneAddition = handlers.undo({})
    expect(undoneAddition.removedIds).toEqual([addition.id])
    step(undoneAddition.rows, undoneAddition.removedIds)
    // A new code moves the row among its siblings.
    const first = screen.find((row) => row.code === '1.02.02.2.02.0001') as PlanRow
    step(handlers.applyCellEdits({ kind: 'edit', edits: [{ planRowId: first.id, field: 'code', text: '1.02.02.2.02.0009' }] }).rows)
    // Rows added by a paste past the last row come with their pagu and the new totals above.
    step(handlers.createPlanRows({ parentId: kegiatan.id, rows: [{ code: '1.02.02.2.02.0005', cells: [{ field: 'pagu:2023', text: '7000' }] }] }).rows)
  })
})
