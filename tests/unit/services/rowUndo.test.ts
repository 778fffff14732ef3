import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/connection'
import { setPlanVersionId } from '../../../src/main/db/repositories/nomenklatur'
import { planRowSchema } from '../../../src/main/db/repositories/rowSnapshots'
import { createHandlers, type Handlers } from '../../../src/main/services'
import { dispatch } from '../../../src/main/services/dispatch'
import { storeSmallVersion } from '../../support/nomenklaturFixture'
import { openTempDb, type TempDb } from '../../support/tempDb'

let temp: TempDb
let handlers: Handlers
beforeEach(() => {
  temp = openTempDb()
  handlers = temp.handlers
  setPlanVersionId(temp.db, 1, storeSmallVersion(temp.db, '2026'))
})
afterEach(() => temp.cleanup())

const DINKES = 11
const call = (channel: string, args: unknown) => dispatch(handlers, channel, args, () => undefined)
const listRows = () => handlers.listPlanRows({})
const row = (id: number) => listRows().find((entry) => entry.id === id)
const count = (sql: string) => (temp.db.prepare(sql).get() as { n: number }).n
const sasaranId = (label: string) => {
  const [misi, number] = label.split('.').map(Number)
  return (temp.db.prepare('SELECT s.id FROM sasaran s JOIN misi m ON m.id = s.misi_id WHERE m.number = ? AND s.number = ?').get(misi, number) as { id: number })
    .id
}
const lokasiId = (name: string) => (temp.db.prepare('SELECT id FROM lokasi WHERE name = ?').get(name) as { id: number }).id
const PLAN_TABLES = ['plan_row', 'plan_row_pagu', 'plan_row_target', 'plan_row_sasaran', 'plan_row_lokasi', 'plan_row_sumber_dana']
/** Every stored value of the plan, created_at included: a restore must give back exactly this. */
const dump = () => Object.fromEntries(PLAN_TABLES.map((table) => [table, temp.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]))

/** Reopens the same file, as after closing and starting Selaras again. */
function restart(): void {
  temp.db.close()
  temp.db = openDatabase(temp.dir)
  handlers = createHandlers(temp.db)
}

/** A program with a kegiatan, two sub kegiatan with pagu, targets, lokasi, sumber dana and sasaran links. */
function plan() {
  const program = handlers.createPlanRow({ level: 'program', perangkatDaerahId: DINKES, code: '1.02.02' }).row
  const kegiatan = handlers.createPlanRow({ level: 'kegiatan', parentId: program.id, code: '1.02.02.2.02' }).row
  const a = handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0001', pagu: { '2023': 1_250_000_000 } }).row
  const b = handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0028' }).row
  handlers.applyCellEdits({
    kind: 'paste',
    edits: [
      { planRowId: b.id, field: 'pagu:2024', text: '999.999.999.999.999' },
      { planRowId: a.id, field: 'target:2023', text: '82,59' },
      { planRowId: b.id, field: 'target:2024', text: 'WTP' },
      { planRowId: a.id, field: 'lokasi', text: 'Moti; Pulau Hiri' },
      { planRowId: a.id, field: 'sumberDana', text: 'PAD' },
      { planRowId: kegiatan.id, field: 'name', text: 'Nama kegiatan sendiri' }
    ]
  })
  handlers.linkSasaran({ planRowId: program.id, sasaranId: sasaranId('3.2') })
  handlers.linkSasaran({ planRowId: a.id, sasaranId: sasaranId('1.1') })
  return { program, kegiatan, a, b }
}

describe('undo and redo of added and deleted rows', () => {
  it('covers every table that references plan_row', () => {
    expect(planRowSchema(temp.db).dependents.map((entry) => entry.table)).toEqual([
      'plan_row_lokasi',
      'plan_row_pagu',
      'plan_row_sasaran',
      'plan_row_sumber_dana',
      'plan_row_target'
    ])
  })

  it('undoes and redoes an added sub kegiatan, with its id and pagu', () => {
    const { kegiatan } = plan()
    const added = handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0099', pagu: { '2025': 40 } }).row
    const before = dump()
    expect(handlers.getUndoState({}).undo).toBe('Tambah sub kegiatan 1.02.02.2.02.0099')

    const undone = handlers.undo({})
    expect(undone).toMatchObject({ description: 'Dibatalkan: Tambah sub kegiatan 1.02.02.2.02.0099', removedIds: [expect.any(Number)] })
    expect(undone.rows.find((entry) => entry.id === kegiatan.id)?.total[2025]).toBeUndefined()
    expect(row(added.id)).toBeUndefined()
    expect(count(`SELECT COUNT(*) AS n FROM plan_row_pagu WHERE plan_row_id = ${added.id}`)).toBe(0)

    expect(handlers.redo({})).toMatchObject({
      description: 'Diulang: Tambah sub kegiatan 1.02.02.2.02.0099',
      rows: expect.arrayContaining([expect.objectContaining({ code: '1.02.02.2.02.0099' })]) as unknown
    })
    expect(row(added.id)).toMatchObject({ code: '1.02.02.2.02.0099', pagu: { 2025: 40 } })
    expect(dump()).toEqual(before)
    expect(handlers.listHistory({ planRowId: added.id })).toMatchObject([{ fieldLabel: 'Baris ditambahkan', oldValue: null, newValue: '1.02.02.2.02.0099' }])
  })

  it('puts a deleted program back with everything below it, identical, and deletes it again on redo', () => {
    const { program, kegiatan, a, b } = plan()
    const rowsBefore = listRows()
    const before = dump()
    const historyBefore = handlers.listHistory({ planRowId: a.id })

    expect(call('deletePlanRow', { planRowId: program.id })).toMatchObject({ ok: true, value: { deleted: true } })
    expect(PLAN_TABLES.map((table) => count(`SELECT COUNT(*) AS n FROM ${table}`))).toEqual([0, 0, 0, 0, 0, 0])
    expect(handlers.getUndoState({}).undo).toBe('Hapus program 1.02.02 beserta 3 baris di bawahnya')

    const undone = handlers.undo({})
    expect(undone).toMatchObject({
      description: 'Dibatalkan: Hapus program 1.02.02 beserta 3 baris di bawahnya',
      rows: expect.arrayContaining([expect.objectContaining({ code: '1.02.02' })]) as unknown
    })
    expect(undone.rows.map((entry) => entry.id).sort()).toEqual([program.id, kegiatan.id, a.id, b.id].sort())
    expect(listRows()).toEqual(rowsBefore)
    expect(dump()).toEqual(before)
    expect(row(b.id)?.pagu[2024]).toBe(999_999_999_999_999)
    expect(temp.db.pragma('foreign_key_check')).toEqual([])
    // Older entries about the rows still name them, and still undo.
    const history = handlers.listHistory({ planRowId: a.id })
    expect(history.slice(1)).toEqual(historyBefore)
    expect(history[0]).toMatchObject({ fieldLabel: 'Baris dihapus', oldValue: a.code, newValue: null, undone: true })

    const redone = handlers.redo({})
    expect(redone.description).toBe('Diulang: Hapus program 1.02.02 beserta 3 baris di bawahnya')
    expect(redone.removedIds).toHaveLength(4)
    expect(listRows()).toEqual([])
    handlers.undo({})
    expect(dump()).toEqual(before)
    // Back through the older steps: the links, the paste and the additions.
    expect(handlers.undo({}).description).toBe('Dibatalkan: Kaitkan sasaran 1.1 ke sub kegiatan 1.02.02.2.02.0001')
    expect(row(a.id)?.sasaranIds).toEqual([])
    handlers.undo({})
    handlers.undo({})
    expect(row(b.id)?.pagu).toEqual({})
    for (let step = 0; step < 4; step++) handlers.undo({})
    expect(listRows()).toEqual([])
    expect(call('undo', {})).toMatchObject({ ok: false, error: { message: 'Tidak ada perubahan yang dapat dibatalkan.' } })
  })

  it('undoes a deletion after the database file is reopened', () => {
    const { kegiatan } = plan()
    const before = dump()
    handlers.deletePlanRow({ planRowId: kegiatan.id })
    restart()
    expect(handlers.getUndoState({}).undo).toBe('Hapus kegiatan 1.02.02.2.02 beserta 2 baris di bawahnya')
    handlers.undo({})
    expect(dump()).toEqual(before)
    restart()
    handlers.redo({})
    expect(listRows().map((entry) => entry.code)).toEqual(['1.02.02'])
  })

  it('never gives a new row the id of a deleted one', () => {
    const { b } = plan()
    handlers.deletePlanRow({ planRowId: b.id })
    const next = handlers.createPlanRow({ level: 'program', perangkatDaerahId: DINKES, code: 'X.XX.01' }).row
    expect(next.id).toBeGreaterThan(b.id)
    expect(handlers.listHistory({ planRowId: next.id })).toHaveLength(1)
  })

  it('never gives a new row the id of a row deleted before deletions were recorded, when the log still holds its edits', () => {
    const { b } = plan()
    handlers.applyCellEdits({ kind: 'edit', edits: [{ planRowId: b.id, field: 'pagu:2023', text: '5.000.000' }] })
    // As a database from before this version: the row came and went without snapshots in the log.
    temp.db
      .prepare(
        `UPDATE change_batch SET entries = (SELECT json_group_array(json(e.value)) FROM json_each(entries) e
           WHERE NOT (e.value ->> 0 = 'plan_row_snapshot' AND e.value ->> 1 = ?))`
      )
      .run(b.id)
    temp.db.prepare('DELETE FROM plan_row WHERE id = ?').run(b.id)
    const next = handlers.createPlanRow({ level: 'program', perangkatDaerahId: DINKES, code: 'X.XX.01' }).row
    expect(next.id).toBeGreaterThan(b.id)
    expect(handlers.listHistory({ planRowId: next.id })).toHaveLength(1)
  })

  it('removes the rows of a paste past the last row and their cells in one step', () => {
    const { kegiatan } = plan()
    const before = dump()
    const result = handlers.createPlanRows({
      parentId: kegiatan.id,
      rows: [
        {
          code: '1.02.02.2.02.0099',
          cells: [
            { field: 'pagu:2023', text: '1.000.000' },
            { field: 'satuan', text: 'Paket' }
          ]
        },
        { code: '1.02.02.2.02.0100', cells: [{ field: 'lokasi', text: 'Moti' }] }
      ]
    })
    expect(result).toMatchObject({ description: 'Tambah 2 sub kegiatan dari tempelan', batchId: expect.any(Number) as unknown })
    const after = dump()
    const added = listRows().filter((entry) => entry.code === '1.02.02.2.02.0099' || entry.code === '1.02.02.2.02.0100')
    expect(added.map((entry) => [entry.pagu, entry.satuan, entry.lokasiIds])).toEqual([
      [{ 2023: 1_000_000 }, 'Paket', []],
      [{}, '', [lokasiId('Moti')]]
    ])
    expect(count(`SELECT COUNT(*) AS n FROM change_batch WHERE id >= ${result.batchId}`)).toBe(1)

    expect(handlers.undo({}).description).toBe('Dibatalkan: Tambah 2 sub kegiatan dari tempelan')
    expect(dump()).toEqual(before)
    handlers.redo({})
    expect(dump()).toEqual(after)
  })

  it('refuses to undo an addition changed since, and writes nothing', () => {
    const { kegiatan } = plan()
    const added = handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0099' }).row
    // A change that is not in the log (another writer, an older Selaras).
    temp.db.prepare('INSERT INTO plan_row_pagu (plan_row_id, year, amount) VALUES (?, 2023, 5)').run(added.id)
    const before = dump()
    expect(call('undo', {})).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          'Sub kegiatan 1.02.02.2.02.0099 sudah diubah sesudah perubahan ini; membatalkan atau mengulangnya akan menghapus isian itu. Batalkan dulu perubahan yang lebih baru.'
      }
    })
    expect(dump()).toEqual(before)
    expect(handlers.getUndoState({}).undo).toBe('Tambah sub kegiatan 1.02.02.2.02.0099')
  })

  it('refuses to remove an added row that has rows below it now', () => {
    const program = handlers.createPlanRow({ level: 'program', perangkatDaerahId: DINKES, code: '1.02.02' }).row
    const programBatch = count('SELECT MAX(id) AS n FROM change_batch')
    handlers.createPlanRow({ level: 'kegiatan', parentId: program.id, code: '1.02.02.2.02' })
    const before = dump()
    expect(call('undoChangeBatch', { batchId: programBatch })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Program 1.02.02 sekarang punya baris di bawahnya; baris itu harus dihapus dulu.' }
    })
    expect(dump()).toEqual(before)
  })

  it('puts back nothing when one row of a deletion cannot come back', () => {
    const { program, b } = plan()
    handlers.deletePlanRow({ planRowId: program.id })
    // Someone else took the id of the last sub kegiatan in the meantime.
    temp.db
      .prepare(`INSERT INTO plan_row (id, rpjmd_period_id, perangkat_daerah_id, level, code, name) VALUES (?, 1, ${DINKES}, 'program', 'X.XX.01', 'Lain')`)
      .run(b.id)
    const before = dump()
    expect(call('undo', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('sudah ada') as unknown } })
    expect(dump()).toEqual(before)
    expect(handlers.getUndoState({}).undo).toBe('Hapus program 1.02.02 beserta 3 baris di bawahnya')
  })

  it('undoes and redoes sasaran links and shows them in the Riwayat', () => {
    const program = handlers.createPlanRow({ level: 'program', perangkatDaerahId: DINKES, code: '1.02.02' }).row
    const linked = handlers.linkSasaran({ planRowId: program.id, sasaranId: sasaranId('3.2') }).row
    expect(linked.sasaranIds).toEqual([sasaranId('3.2')])
    const batches = count('SELECT COUNT(*) AS n FROM change_batch')
    handlers.linkSasaran({ planRowId: program.id, sasaranId: sasaranId('3.2') })
    expect(count('SELECT COUNT(*) AS n FROM change_batch')).toBe(batches)
    handlers.unlinkSasaran({ planRowId: program.id, sasaranId: sasaranId('3.2') })
    expect(handlers.getUndoState({}).undo).toBe('Lepas sasaran 3.2 dari program 1.02.02')

    expect(handlers.undo({})).toMatchObject({
      description: 'Dibatalkan: Lepas sasaran 3.2 dari program 1.02.02',
      rows: [{ id: program.id, sasaranIds: [sasaranId('3.2')] }]
    })
    expect(handlers.undo({}).description).toBe('Dibatalkan: Kaitkan sasaran 3.2 ke program 1.02.02')
    expect(row(program.id)?.sasaranIds).toEqual([])
    expect(handlers.redo({}).removedIds).toBeUndefined()
    expect(row(program.id)?.sasaranIds).toEqual([sasaranId('3.2')])
    expect(handlers.listHistory({ planRowId: program.id }).map((entry) => [entry.fieldLabel, entry.oldValue, entry.newValue, entry.undone])).toEqual([
      ['Sasaran 3.2', 'Terkait', null, true],
      ['Sasaran 3.2', null, 'Terkait', false],
      ['Baris ditambahkan', null, '1.02.02', false]
    ])
  })
})
