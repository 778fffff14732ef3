import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/connection'
import { setPlanVersionId } from '../../../src/main/db/repositories/nomenklatur'
import { createHandlers, type Handlers } from '../../../src/main/services'
import { dispatch } from '../../../src/main/services/dispatch'
import type { PlanRow } from '../../../src/shared/domain'
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

const call = (channel: string, args: unknown) => dispatch(handlers, channel, args, () => undefined)
const row = (id: number) => handlers.listPlanRows({}).find((entry) => entry.id === id) as PlanRow
const batches = () => (temp.db.prepare('SELECT COUNT(*) AS n FROM change_batch').get() as { n: number }).n

function plan() {
  const program = handlers.createPlanRow({ level: 'program', perangkatDaerahId: 11, code: '1.02.02' }).row
  const kegiatan = handlers.createPlanRow({ level: 'kegiatan', parentId: program.id, code: '1.02.02.2.02' }).row
  const a = handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0001' }).row
  const b = handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0028' }).row
  return { program, kegiatan, a, b }
}

/** Reopens the same file, as after closing and starting Selaras again. */
function restart(): void {
  temp.db.close()
  temp.db = openDatabase(temp.dir)
  handlers = createHandlers(temp.db)
}

describe('batch cell edits', () => {
  it('writes a pasted block in one step and rolls the totals up', () => {
    const { program, kegiatan, a, b } = plan()
    const result = handlers.applyCellEdits({
      kind: 'paste',
      edits: [
        { planRowId: a.id, field: 'pagu:2023', text: '1.250.000' },
        { planRowId: a.id, field: 'pagu:2024', text: 'Rp 750 jt' },
        { planRowId: b.id, field: 'pagu:2023', text: '2000000' },
        { planRowId: b.id, field: 'pagu:2024', text: '' },
        { planRowId: a.id, field: 'target:2023', text: '82,59' },
        { planRowId: b.id, field: 'target:2023', text: 'WTP' }
      ]
    })
    expect(result.description).toBe('Tempel 6 sel')
    // Pagu and targets only: the stored values come back (b's empty 2024 was empty already), not rows.
    expect(result.rows).toEqual([])
    expect(result.values).toEqual([
      { planRowId: a.id, field: 'pagu:2023', value: 1_250_000 },
      { planRowId: a.id, field: 'pagu:2024', value: 750_000_000 },
      { planRowId: b.id, field: 'pagu:2023', value: 2_000_000 },
      { planRowId: a.id, field: 'target:2023', value: 82.59 },
      { planRowId: b.id, field: 'target:2023', value: 'WTP' }
    ])
    expect(row(kegiatan.id).total).toEqual({ 2023: 3_250_000, 2024: 750_000_000 })
    expect(row(program.id).total).toEqual({ 2023: 3_250_000, 2024: 750_000_000 })
    expect(row(a.id).targets).toEqual({ 2023: 82.59 })
    expect(row(b.id).targets).toEqual({ 2023: 'WTP' })
    expect(batches()).toBe(5) // four rows added, one paste
    expect(handlers.listHistory({ planRowId: a.id }).map((entry) => [entry.fieldLabel, entry.oldValue, entry.newValue])).toEqual([
      ['Target 2023', null, 82.59],
      ['Pagu 2024', null, 750_000_000],
      ['Pagu 2023', null, 1_250_000],
      ['Baris ditambahkan', null, a.code]
    ])
  })

  it('takes a cell named twice in one batch as one change (first old value, last new), also beside name cells', () => {
    const { a, b } = plan()
    handlers.applyCellEdits({ kind: 'edit', edits: [{ planRowId: a.id, field: 'pagu:2023', text: '1.000.000' }] })
    const result = handlers.applyCellEdits({
      kind: 'paste',
      edits: [
        { planRowId: a.id, field: 'pagu:2023', text: '2.000.000' },
        { planRowId: a.id, field: 'name', text: 'Nama baru' },
        { planRowId: a.id, field: 'pagu:2023', text: '3.000.000' },
        // Back to what it was: no change, so not in the step.
        { planRowId: b.id, field: 'pagu:2024', text: '5.000.000' },
        { planRowId: b.id, field: 'pagu:2024', text: '' }
      ]
    })
    expect(result.description).toBe('Tempel 3 sel')
    expect(row(a.id)).toMatchObject({ name: 'Nama baru', pagu: { 2023: 3_000_000 } })
    expect(row(b.id).pagu).toEqual({})
    expect(
      handlers
        .listHistory({ planRowId: a.id })
        .slice(0, 2)
        .map((entry) => [entry.fieldLabel, entry.oldValue, entry.newValue])
    ).toEqual([
      ['Nama', null, 'Nama baru'],
      ['Pagu 2023', 1_000_000, 3_000_000]
    ])
    expect(handlers.listHistory({ planRowId: b.id }).map((entry) => entry.fieldLabel)).toEqual(['Baris ditambahkan'])
    handlers.undo({})
    expect(row(a.id).pagu).toEqual({ 2023: 1_000_000 })
  })

  it('refuses the whole batch when any cell is bad, and names every bad cell', () => {
    const { kegiatan, a, b } = plan()
    handlers.applyCellEdits({ kind: 'edit', edits: [{ planRowId: a.id, field: 'pagu:2023', text: '5' }] })
    const before = batches()
    const result = call('applyCellEdits', {
      kind: 'paste',
      edits: [
        { planRowId: a.id, field: 'pagu:2023', text: '9999999' },
        { planRowId: a.id, field: 'pagu:2024', text: '-5' },
        { planRowId: b.id, field: 'pagu:2023', text: '1.250' },
        { planRowId: b.id, field: 'pagu:2024', text: 'satu juta' },
        { planRowId: kegiatan.id, field: 'pagu:2023', text: '10' },
        { planRowId: b.id, field: 'pagu:2031', text: '10' }
      ]
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    if (result.ok) return
    // The first bad cell is named by its row, column and year.
    expect(result.error.message).toMatch(/^5 sel tidak dapat disimpan; tidak ada yang diubah\. 1\.02\.02\.2\.02\.0001, Pagu 2024: Pagu tidak boleh negatif\./)
    expect(result.error.cells?.map((cell) => [cell.planRowId, cell.field])).toEqual([
      [a.id, 'pagu:2024'],
      [b.id, 'pagu:2023'],
      [b.id, 'pagu:2024'],
      [kegiatan.id, 'pagu:2023'],
      [b.id, 'pagu:2031']
    ])
    expect(result.error.cells?.[1].message).toMatch(/bisa berarti 1250 atau 1,25/)
    expect(row(a.id).pagu).toEqual({ 2023: 5 })
    expect(batches()).toBe(before)
  })

  it('sets lokasi and sumber dana by name or code, refuses unknown ones, and undoes them', () => {
    const { a } = plan()
    const lokasi = (name: string) => (temp.db.prepare('SELECT id FROM lokasi WHERE name = ?').get(name) as { id: number }).id
    const fund = (code: string) => (temp.db.prepare(`SELECT id FROM reference_item WHERE list = 'sumber_dana' AND code = ?`).get(code) as { id: number }).id
    handlers.applyCellEdits({
      kind: 'paste',
      edits: [
        { planRowId: a.id, field: 'lokasi', text: 'moti; 82.71.07' },
        { planRowId: a.id, field: 'sumberDana', text: 'PAD; Dana Alokasi Umum (DAU)' }
      ]
    })
    expect(row(a.id).lokasiIds).toEqual([lokasi('Moti'), lokasi('Pulau Hiri')].sort((x, y) => x - y))
    expect(row(a.id).sumberDanaIds).toEqual([fund('PAD'), fund('DAU')].sort((x, y) => x - y))
    handlers.applyCellEdits({ kind: 'edit', edits: [{ planRowId: a.id, field: 'lokasi', text: 'BAHIM' }] })
    expect(row(a.id).lokasiIds).toEqual([(temp.db.prepare(`SELECT id FROM lokasi WHERE code = 'KELOMPOK.BAHIM'`).get() as { id: number }).id])
    expect(call('applyCellEdits', { kind: 'edit', edits: [{ planRowId: a.id, field: 'lokasi', text: 'Tidore' }] })).toMatchObject({
      ok: false,
      error: { message: 'Lokasi "Tidore" tidak dikenal. Tulis nama atau kode dari Data Induk, dipisah titik koma.' }
    })
    handlers.undo({})
    expect(row(a.id).lokasiIds).toHaveLength(2)
    expect(handlers.listHistory({ planRowId: a.id })[0].fieldLabel).toBe('Lokasi')
  })

  it('refuses two rows ending with the same code', () => {
    const { a, b } = plan()
    const result = call('applyCellEdits', { kind: 'paste', edits: [{ planRowId: b.id, field: 'code', text: a.code }] })
    expect(result).toMatchObject({ ok: false, error: { message: 'Sub kegiatan 1.02.02.2.02.0001 sudah ada pada Dinas Kesehatan.' } })
  })

  it('undoes and redoes whole steps, across restarts, and a new edit clears the redo', () => {
    const { a, b } = plan()
    temp.db.exec('DELETE FROM change_batch') // the rows were there before the steps under test
    handlers.applyCellEdits({
      kind: 'paste',
      edits: [
        { planRowId: a.id, field: 'pagu:2023', text: '100' },
        { planRowId: b.id, field: 'pagu:2023', text: '200' }
      ]
    })
    handlers.applyCellEdits({ kind: 'fill', edits: [{ planRowId: b.id, field: 'pagu:2023', text: '100' }] })
    expect(handlers.getUndoState({})).toEqual({ undo: 'Isi ke bawah 1 sel', redo: null })

    restart()
    expect(handlers.undo({}).description).toBe('Dibatalkan: Isi ke bawah 1 sel')
    expect(row(b.id).pagu).toEqual({ 2023: 200 })
    restart()
    handlers.undo({})
    expect([row(a.id).pagu, row(b.id).pagu]).toEqual([{}, {}])
    expect(handlers.getUndoState({})).toEqual({ undo: null, redo: 'Tempel 2 sel' })
    expect(call('undo', {})).toMatchObject({ ok: false, error: { message: 'Tidak ada perubahan yang dapat dibatalkan.' } })

    restart()
    expect(handlers.redo({}).description).toBe('Diulang: Tempel 2 sel')
    expect([row(a.id).pagu, row(b.id).pagu]).toEqual([{ 2023: 100 }, { 2023: 200 }])
    handlers.applyCellEdits({ kind: 'edit', edits: [{ planRowId: a.id, field: 'name', text: 'Nama baru' }] })
    expect(handlers.getUndoState({}).redo).toBeNull()
    expect(call('redo', {})).toMatchObject({ ok: false, error: { message: 'Tidak ada perubahan yang dapat diulang.' } })
  })

  it('refuses to undo over a value changed since, and writes nothing', () => {
    const { a } = plan()
    handlers.applyCellEdits({ kind: 'edit', edits: [{ planRowId: a.id, field: 'pagu:2023', text: '100' }] })
    temp.db.prepare('UPDATE plan_row_pagu SET amount = 555 WHERE plan_row_id = ?').run(a.id)
    expect(call('undo', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(row(a.id).pagu).toEqual({ 2023: 555 })
  })

  it('keeps every upper total equal to the sum of the rows below, through random edits and undos', () => {
    const { program, kegiatan } = plan()
    const more = [1, 2, 3].map((n) => handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: `1.02.02.2.02.01${n}0` }).row)
    const subs = handlers.listPlanRows({}).filter((entry) => entry.level === 'sub_kegiatan')
    let seed = 7
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    for (let step = 0; step < 40; step++) {
      if (step % 7 === 6) handlers.undo({})
      else {
        const edits = subs.map((sub) => ({
          planRowId: sub.id,
          field: `pagu:${2022 + Math.floor(random() * 5)}` as const,
          text: String(Math.floor(random() * 1e9))
        }))
        handlers.applyCellEdits({ kind: 'paste', edits })
      }
      const rows = handlers.listPlanRows({})
      for (const year of [2022, 2023, 2024, 2025, 2026]) {
        const sum = rows.filter((entry) => entry.level === 'sub_kegiatan').reduce((total, entry) => total + (entry.pagu[year] ?? 0), 0)
        expect(rows.find((entry) => entry.id === program.id)?.total[year] ?? 0).toBe(sum)
        expect(handlers.getKeselarasan({}).grandTotal[year]).toBe(sum)
      }
    }
    expect(more).toHaveLength(3)
  })
})
