import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/services/dispatch'
import type { PlanRow } from '../../../src/shared/domain'
import { openTempDb, type TempDb } from '../../support/tempDb'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

const call = (channel: string, args: unknown) => {
  const result = dispatch(temp.handlers, channel, args, () => undefined)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as Record<string, unknown>
}
const undoState = () => call('getUndoState', {})

describe('every step of the change log replies with what is left to undo and redo', () => {
  it('a cell edit, a paste adding rows, undo, redo and a deletion each carry the state getUndoState gives after them', () => {
    const program = call('createPlanRow', { level: 'program', perangkatDaerahId: 11, code: '1.02.02' }).row as PlanRow
    const kegiatan = call('createPlanRow', { level: 'kegiatan', parentId: program.id, code: '1.02.02.2.01' }).row as PlanRow
    const sub = call('createPlanRow', { level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.01.0001' }).row as PlanRow

    const edited = call('applyCellEdits', { kind: 'edit', edits: [{ planRowId: sub.id, field: 'pagu:2023', text: '1000' }] })
    expect(edited.undoState).toEqual({ undo: 'Ubah 1 sel', redo: null })
    expect(edited.undoState).toEqual(undoState())

    const added = call('createPlanRows', { parentId: kegiatan.id, rows: [{ code: '1.02.02.2.01.0002', cells: [{ field: 'pagu:2023', text: '5' }] }] })
    expect(added.undoState).toEqual(undoState())
    expect((added.undoState as { undo: string }).undo).toMatch(/^Tambah 1 sub kegiatan/)

    const undone = call('undo', {})
    expect(undone.undoState).toEqual(undoState())
    expect((undone.undoState as { redo: string }).redo).toMatch(/^Tambah 1 sub kegiatan/)
    const redone = call('redo', {})
    expect(redone.undoState).toEqual(undoState())
    expect((redone.undoState as { redo: string | null }).redo).toBeNull()

    const deleted = call('deletePlanRow', { planRowId: sub.id })
    expect(deleted.undoState).toEqual(undoState())
    expect((deleted.undoState as { undo: string }).undo).toMatch(/1\.02\.02\.2\.01\.0001/)
  })

  it('an added row, a changed row and a sasaran linked or unlinked carry it too, with the row and the rows above it', () => {
    const program = call('createPlanRow', { level: 'program', perangkatDaerahId: 11, code: '1.02.02' })
    expect(program.undoState).toEqual({ undo: 'Tambah program 1.02.02', redo: null })
    const programId = (program.row as PlanRow).id
    const kegiatanId = (call('createPlanRow', { level: 'kegiatan', parentId: programId, code: '1.02.02.2.01' }).row as PlanRow).id
    const sub = call('createPlanRow', { level: 'sub_kegiatan', parentId: kegiatanId, code: '1.02.02.2.01.0001', pagu: { '2023': 700 } })
    expect(sub.undoState).toEqual(undoState())
    // The rows above come with their new totals: the screen shows them without reloading.
    expect((sub.rows as PlanRow[]).map((row) => [row.level, row.total[2023]])).toEqual([
      ['sub_kegiatan', 700],
      ['kegiatan', 700],
      ['program', 700]
    ])
    expect(sub.row).toEqual((sub.rows as PlanRow[])[0])

    const updated = call('updatePlanRow', { planRowId: (sub.row as PlanRow).id, changes: { pagu: { '2023': 900 } } })
    expect(updated.undoState).toEqual({ undo: 'Ubah 1 sel', redo: null })
    expect((updated.rows as PlanRow[]).map((row) => row.total[2023])).toEqual([900, 900, 900])

    const sasaranId = (temp.db.prepare('SELECT id FROM sasaran ORDER BY id LIMIT 1').get() as { id: number }).id
    const linked = call('linkSasaran', { planRowId: programId, sasaranId })
    expect(linked.undoState).toEqual(undoState())
    expect((linked.undoState as { undo: string }).undo).toMatch(/^Kaitkan sasaran .* ke program 1\.02\.02$/)
    expect((linked.row as PlanRow).sasaranIds).toEqual([sasaranId])
    const unlinked = call('unlinkSasaran', { planRowId: programId, sasaranId })
    expect(unlinked.undoState).toEqual(undoState())
    expect((unlinked.undoState as { undo: string }).undo).toMatch(/^Lepas sasaran .* dari program 1\.02\.02$/)
    expect((unlinked.row as PlanRow).sasaranIds).toEqual([])
  })
})
