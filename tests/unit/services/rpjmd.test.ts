import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/services/dispatch'
import { openTempDb, type TempDb } from '../../support/tempDb'

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

const call = (channel: string, args: unknown) => dispatch(temp.handlers, channel, args, () => undefined)
const rpjmd = () => temp.handlers.getRpjmd({})
const indikatorCount = () => (temp.db.prepare('SELECT COUNT(*) AS n FROM indikator').get() as { n: number }).n
const valueCount = () => (temp.db.prepare('SELECT COUNT(*) AS n FROM indikator_value').get() as { n: number }).n

describe('RPJMD: tujuan and indikator', () => {
  it('attaches a sasaran to a tujuan of its own misi and detaches it again', () => {
    const misi3 = rpjmd().misi[2]
    const result = call('attachSasaranToTujuan', { sasaranId: misi3.sasaran[1].id, tujuanId: misi3.tujuan[0].id })
    expect(result).toMatchObject({ ok: true, value: { label: '3.2', tujuanId: misi3.tujuan[0].id } })
    expect(rpjmd().misi[2].sasaran[1].tujuanId).toBe(misi3.tujuan[0].id)
    expect(call('attachSasaranToTujuan', { sasaranId: misi3.sasaran[1].id, tujuanId: null })).toMatchObject({ ok: true })
    expect(rpjmd().misi[2].sasaran[1].tujuanId).toBeNull()
  })

  it('refuses a tujuan of another misi', () => {
    const [misi1, misi2] = rpjmd().misi
    const result = call('attachSasaranToTujuan', { sasaranId: misi1.sasaran[0].id, tujuanId: misi2.tujuan[0].id })
    expect(result).toMatchObject({ ok: false, error: { message: 'Sasaran 1.1 hanya dapat dikaitkan dengan tujuan dari misi yang sama.' } })
    expect(rpjmd().misi[0].sasaran[0].tujuanId).toBeNull()
  })

  it('keeps an indicator with baseline 2021, numeric and qualitative targets', () => {
    const sasaranId = rpjmd().misi[1].sasaran[4].id
    const created = call('createIndikator', { sasaranId, name: 'Opini BPK atas LKPD', satuan: 'opini' })
    expect(created.ok).toBe(true)
    const id = created.ok ? (created.value as { id: number }).id : 0
    const updated = call('updateIndikator', {
      indikatorId: id,
      name: 'Opini BPK atas LKPD',
      satuan: 'opini',
      values: { '2021': 'WDP', '2022': 'WTP', '2023': 82.59, '2024': null }
    })
    expect(updated).toMatchObject({ ok: true, value: { values: { 2021: 'WDP', 2022: 'WTP', 2023: 82.59 } } })
    expect(temp.handlers.listIndikator({ sasaranId })[0].values).toEqual({ 2021: 'WDP', 2022: 'WTP', 2023: 82.59 })
    expect(call('deleteIndikator', { indikatorId: id })).toMatchObject({ ok: true })
    expect(indikatorCount()).toBe(0)
  })

  it('refuses bad indicator input without writing', () => {
    const sasaranId = rpjmd().misi[0].sasaran[0].id
    const created = temp.handlers.createIndikator({ sasaranId, name: 'Indeks Williamson', satuan: 'indeks' })
    const before = [indikatorCount(), valueCount()]
    const cases: Array<[string, unknown, RegExp]> = [
      ['createIndikator', { sasaranId: 99999, name: 'X', satuan: '' }, /Sasaran .* tidak ditemukan/],
      ['createIndikator', { sasaranId, name: 'x'.repeat(10_000), satuan: '' }, /terlalu panjang/],
      ['updateIndikator', { indikatorId: created.id, name: 'X', satuan: '', values: { '2019': 1 } }, /Tahun 2019 di luar/],
      ['updateIndikator', { indikatorId: created.id, name: 'X', satuan: '', values: { '2022': Number.NaN } }, /Target/],
      ['updateIndikator', { indikatorId: 4242, name: 'X', satuan: '', values: {} }, /Indikator .* tidak ditemukan/]
    ]
    for (const [channel, args, message] of cases) {
      const result = call(channel, args)
      expect(result.ok, channel).toBe(false)
      if (!result.ok) expect(result.error.message).toMatch(message)
    }
    expect([indikatorCount(), valueCount()]).toEqual(before)
    expect(temp.handlers.listIndikator({ sasaranId })[0].name).toBe('Indeks Williamson')
  })
})
