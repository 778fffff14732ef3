import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WILAYAH_KOTA_TERNATE } from '../../../src/main/db/seed/wilayah-ternate'
import { SHARED_DIR } from '../../support/paths'

describe('shipped wilayah data', () => {
  it('equals the reference CSV row by row (kode, nama, tingkat)', () => {
    const lines = readFileSync(join(SHARED_DIR, 'data/wilayah-kota-ternate.csv'), 'utf8').trim().split(/\r?\n/)
    expect(lines[0]).toBe('kode,nama,tingkat')
    const rows = lines.slice(1).map((line) => line.split(','))
    expect(WILAYAH_KOTA_TERNATE.map((row) => [...row])).toEqual(rows)
    expect(rows.filter((row) => row[2] === 'kecamatan')).toHaveLength(8)
    expect(rows.filter((row) => row[2] === 'kelurahan')).toHaveLength(78)
  })
})
