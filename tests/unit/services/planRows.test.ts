import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/services/dispatch'
import type { PlanRow } from '../../../src/shared/domain'
import { openTempDb, type TempDb } from '../../support/tempDb'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

const call = (channel: string, args: unknown) => dispatch(temp.handlers, channel, args, () => undefined)
const countRows = (table: string) => (temp.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
const snapshot = () => ['plan_row', 'plan_row_pagu', 'plan_row_sasaran'].map(countRows)
const sasaranId = (label: string) => {
  const [misi, number] = label.split('.').map(Number)
  return (temp.db.prepare('SELECT s.id FROM sasaran s JOIN misi m ON m.id = s.misi_id WHERE m.number = ? AND s.number = ?').get(misi, number) as { id: number })
    .id
}

function createProgram(code = '1.02.02', pagu: Record<string, number> = {}): PlanRow {
  const result = call('createPlanRow', { level: 'program', perangkatDaerahId: 11, code, name: 'Program Pemenuhan Upaya Kesehatan', pagu })
  if (!result.ok) throw new Error(result.error.message)
  return (result.value as { row: PlanRow }).row
}

describe('program service', () => {
  it('creates, edits, links and deletes a program, persisted in SQLite', () => {
    const program = createProgram('1.02.02', { '2023': 1_250_000_000 })
    expect(program.pagu).toEqual({ 2023: 1_250_000_000 })
    const updated = call('updatePlanRow', { planRowId: program.id, changes: { name: 'Nama baru', pagu: { '2024': 5 } } })
    expect(updated).toMatchObject({ ok: true, value: { row: { name: 'Nama baru', pagu: { 2023: 1_250_000_000, 2024: 5 } } } })
    expect(call('linkSasaran', { planRowId: program.id, sasaranId: sasaranId('3.4') })).toMatchObject({
      ok: true,
      value: { row: { sasaranIds: [sasaranId('3.4')] } }
    })
    const stored = temp.db.prepare('SELECT amount FROM plan_row_pagu WHERE plan_row_id = ? AND year = 2023').get(program.id)
    expect(stored).toEqual({ amount: 1_250_000_000 })
    expect(call('deletePlanRow', { planRowId: program.id })).toMatchObject({ ok: true, value: { deleted: true } })
    expect(snapshot()).toEqual([0, 0, 0])
  })

  it('keeps money exact at the scale of a city budget', () => {
    const program = createProgram('1.02.02', { '2025': 1_101_982_939_130 })
    const listed = call('listPlanRows', {})
    expect(listed.ok && (listed.value as PlanRow[]).find((row) => row.id === program.id)?.pagu[2025]).toBe(1_101_982_939_130)
  })

  const badInputs: Array<[string, string, unknown, RegExp]> = [
    ['negative pagu', 'createPlanRow', { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: 'X', pagu: { '2023': -1 } }, /tidak boleh negatif/],
    [
      'text in a number',
      'createPlanRow',
      { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: 'X', pagu: { '2023': '1.250.000' } },
      /harus berupa angka/
    ],
    ['fractional rupiah', 'createPlanRow', { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: 'X', pagu: { '2023': 10.5 } }, /rupiah bulat/],
    ['a 10,000-character name', 'createPlanRow', { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: 'a'.repeat(10_000) }, /terlalu panjang/],
    ['an empty name', 'createPlanRow', { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: '   ' }, /wajib diisi/],
    ['a code with letters', 'createPlanRow', { level: 'program', perangkatDaerahId: 11, code: '1.02.0a', name: 'X' }, /hanya berisi angka dan titik/],
    [
      'an unknown perangkat daerah',
      'createPlanRow',
      { level: 'program', perangkatDaerahId: 9999, code: '1.02.02', name: 'X' },
      /Perangkat daerah .* tidak ditemukan/
    ],
    [
      'a year outside the period',
      'createPlanRow',
      { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: 'X', pagu: { '2030': 5 } },
      /Tahun 2030 di luar/
    ],
    ['an extra field', 'createPlanRow', { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: 'X', sql: 'DROP TABLE misi' }, /tidak dikenal/],
    ['an unknown sasaran', 'linkSasaran', { planRowId: 1, sasaranId: 99999 }, /tidak ditemukan/],
    ['no arguments at all', 'createPlanRow', null, /./],
    ['an unknown channel', 'dropEverything', {}, /Perintah tidak dikenal/]
  ]

  it.each(badInputs)('refuses %s with a clear message and writes nothing', (_, channel, args, message) => {
    createProgram('1.02.03', { '2023': 7 })
    const before = snapshot()
    const result = call(channel, args)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(message)
    expect(snapshot()).toEqual(before)
  })

  it('refuses a bad pagu in an update and keeps every old value (one transaction)', () => {
    const program = createProgram('1.02.02', { '2022': 100, '2023': 200 })
    const result = call('updatePlanRow', { planRowId: program.id, changes: { name: 'Baru', pagu: { '2022': 1, '2023': -5 } } })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(call('listPlanRows', {})).toMatchObject({ ok: true, value: [{ name: program.name, pagu: { 2022: 100, 2023: 200 } }] })
  })

  it('refuses a duplicate code within one perangkat daerah', () => {
    createProgram('1.02.02')
    const before = snapshot()
    const result = call('createPlanRow', { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: 'Lagi' })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Program 1.02.02 sudah ada pada Dinas Kesehatan.' } })
    expect(snapshot()).toEqual(before)
  })

  it('rolls back a failed multi-row write entirely', () => {
    const program = createProgram('1.02.02', { '2022': 100 })
    // Fault injection: make the pagu write fail after the name update in the same transaction.
    temp.db.exec(`CREATE TRIGGER fail_pagu BEFORE UPDATE ON plan_row_pagu BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    const result = call('updatePlanRow', { planRowId: program.id, changes: { name: 'Tidak tersimpan', pagu: { '2022': 5 } } })
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(call('listPlanRows', {})).toMatchObject({ ok: true, value: [{ name: program.name, pagu: { 2022: 100 } }] })
  })
})
