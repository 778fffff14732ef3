import { describe, expect, it } from 'vitest'
import { validateArgs } from '../../../src/shared/contract'

const cell = { planRowId: 7, field: 'pagu:2024', text: '1.250.000' }
const check = (edits: unknown) => validateArgs('applyCellEdits', { kind: 'paste', edits })

describe('applyCellEdits arguments (checked in main: the renderer is untrusted)', () => {
  it('takes a batch of well-formed cells as they are', () => {
    const edits = [cell, { planRowId: 8, field: 'target:2023', text: '' }, { planRowId: 9, field: 'sumberDana', text: 'DAU; PAD' }]
    expect(check(edits)).toEqual({ ok: true, value: { kind: 'paste', edits } })
  })

  it.each([
    ['not a list', { 0: cell }, 'Daftar perubahan tidak valid.'],
    ['an empty list', [], 'Tidak ada sel yang diubah.'],
    ['a cell that is not an object', [cell, 'pagu'], 'Daftar perubahan tidak valid.'],
    ['an unknown key', [{ ...cell, sql: 'DROP TABLE plan_row' }], 'Isian tidak dikenal: sql.'],
    ['two unknown keys', [{ ...cell, a: 1, b: 2 }], 'Isian tidak dikenal: a, b.'],
    ['a row id that is text', [{ ...cell, planRowId: '7' }], 'Baris tidak valid.'],
    ['a row id below one', [{ ...cell, planRowId: 0 }], 'Baris tidak valid.'],
    ['a row id with a fraction', [{ ...cell, planRowId: 7.5 }], 'Baris tidak valid.'],
    ['a column that cannot be edited', [{ ...cell, field: 'id' }], 'Kolom tidak dapat diubah.'],
    ['a pagu column without a year', [{ ...cell, field: 'pagu:' }], 'Kolom tidak dapat diubah.'],
    ['a missing text', [{ planRowId: 7, field: 'name' }], 'Isi sel harus berupa teks.'],
    ['a text of 2.001 characters', [{ ...cell, text: 'x'.repeat(2001) }], 'Isi sel terlalu panjang.']
  ])('refuses %s with a message', (_what, edits, message) => {
    expect(check(edits)).toEqual({ ok: false, error: { code: 'VALIDATION', message } })
  })

  it('refuses more than 200.000 cells, and an unknown kind', () => {
    expect(check(new Array(200_001).fill(cell))).toMatchObject({
      ok: false,
      error: { message: 'Terlalu banyak sel dalam satu perubahan (paling banyak 200.000).' }
    })
    expect(validateArgs('applyCellEdits', { kind: 'hapus', edits: [cell] })).toMatchObject({ ok: false, error: { message: 'Jenis perubahan tidak dikenal.' } })
  })
})
