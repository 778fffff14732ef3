import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setPlanVersionId } from '../../../src/main/db/repositories/nomenklatur'
import { dispatch } from '../../../src/main/services/dispatch'
import type { PlanRow } from '../../../src/shared/domain'
import { storeSmallVersion } from '../../support/nomenklaturFixture'
import { openTempDb, type TempDb } from '../../support/tempDb'

let temp: TempDb
const DINKES = 11
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

const call = (channel: string, args: unknown) => dispatch(temp.handlers, channel, args, () => undefined)
const rows = () => temp.handlers.listPlanRows({})
const byCode = (code: string) => rows().find((row) => row.code === code) as PlanRow
function useVersion(version: '2026' | '2027'): number {
  const id = storeSmallVersion(temp.db, version)
  setPlanVersionId(temp.db, 1, id)
  return id
}
function tree() {
  const program = temp.handlers.createPlanRow({ level: 'program', perangkatDaerahId: DINKES, code: '1.02.02' }).row
  const kegiatan = temp.handlers.createPlanRow({ level: 'kegiatan', parentId: program.id, code: '1.02.02.2.02' }).row
  const sub = temp.handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0001', pagu: { '2023': 500 } }).row
  return { program, kegiatan, sub }
}

describe('plan rows in three levels with nomenclature codes', () => {
  it('flags every code while no nomenclature version is in use', () => {
    const program = temp.handlers.createPlanRow({ level: 'program', perangkatDaerahId: DINKES, code: '1.02.02', name: 'Program X' }).row
    expect(program.codeStatus).toEqual({ valid: false, reason: 'Belum ada versi nomenklatur yang dipakai rencana; kode belum dapat diperiksa.' })
  })

  it('takes name, indikator and satuan from the nomenclature, and rolls pagu up', () => {
    useVersion('2026')
    const { program, kegiatan, sub } = tree()
    expect(sub).toMatchObject({
      name: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil',
      satuan: 'Orang',
      indikator: 'Jumlah Pengelolaan Pelayanan Kesehatan Ibu Hamil',
      codeStatus: { valid: true }
    })
    const second = temp.handlers.createPlanRow({
      level: 'sub_kegiatan',
      parentId: kegiatan.id,
      code: '1.02.02.2.02.0028',
      pagu: { '2023': 250, '2024': 7 }
    }).row
    expect(second.perangkatDaerahId).toBe(DINKES)
    expect(byCode('1.02.02.2.02').total).toEqual({ 2023: 750, 2024: 7 })
    expect(byCode('1.02.02').total).toEqual({ 2023: 750, 2024: 7 })
    expect(byCode('1.02.02').name).toBe('PROGRAM PEMENUHAN UPAYA KESEHATAN')
    expect(rows().map((row) => row.id)).toEqual([program.id, kegiatan.id, sub.id, second.id])
    // An edit returns the row and its ancestors with fresh totals.
    const saved = temp.handlers.updatePlanRow({ planRowId: sub.id, changes: { pagu: { '2023': 1_000 } } })
    expect(saved.row.id).toBe(sub.id)
    expect(saved.rows.map((row) => [row.code, row.total[2023]])).toEqual([
      ['1.02.02.2.02.0001', 1_000],
      ['1.02.02.2.02', 1_250],
      ['1.02.02', 1_250]
    ])
  })

  it('overrides text per row and returns to the nomenclature when cleared', () => {
    useVersion('2026')
    const { sub } = tree()
    temp.handlers.updatePlanRow({ planRowId: sub.id, changes: { name: 'Pelayanan ibu hamil di Pulau Hiri', satuan: 'Ibu hamil' } })
    expect(byCode(sub.code)).toMatchObject({ name: 'Pelayanan ibu hamil di Pulau Hiri', nameOverridden: true, satuan: 'Ibu hamil', satuanOverridden: true })
    temp.handlers.updatePlanRow({ planRowId: sub.id, changes: { name: null, satuan: null } })
    expect(byCode(sub.code)).toMatchObject({ name: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', nameOverridden: false, satuan: 'Orang' })
  })

  it('flags unknown codes, wrong levels and codes outside their parent, with the reason', () => {
    useVersion('2026')
    const { kegiatan, sub } = tree()
    const unknown = temp.handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.9999' }).row
    expect(unknown.codeStatus).toEqual({ valid: false, reason: 'Kode 1.02.02.2.02.9999 tidak ada dalam nomenklatur "Uji 2026".' })
    const moved = temp.handlers.updatePlanRow({ planRowId: sub.id, changes: { code: '1.02.03.2.01.0001' } }).row
    expect(moved.codeStatus.reason).toBe('Kode 1.02.03.2.01.0001 tidak berada di bawah kegiatan 1.02.02.2.02.')
    const wrongShape = temp.handlers.createPlanRow({ level: 'kegiatan', parentId: byCode('1.02.02').id, code: '1.02.02.2' }).row
    expect(wrongShape.codeStatus.reason).toBe('Kode kegiatan harus berformat U.BB.PP.K.KK.')
  })

  it('writes the penunjang program X.XX.01 with the PD bidang and refuses a foreign bidang', () => {
    useVersion('2026')
    const own = temp.handlers.createPlanRow({ level: 'program', perangkatDaerahId: DINKES, code: '1.02.01' }).row
    expect(own).toMatchObject({ name: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', codeStatus: { valid: true } })
    const kegiatan = temp.handlers.createPlanRow({ level: 'kegiatan', parentId: own.id, code: '1.02.01.2.01' }).row
    expect(kegiatan.codeStatus.valid).toBe(true)
    const foreign = temp.handlers.createPlanRow({ level: 'program', perangkatDaerahId: DINKES, code: '1.05.01' }).row
    expect(foreign.codeStatus.reason).toMatch(/memakai bidang perangkat daerahnya sendiri \(1\.02, 2\.14\); 1\.05 bukan bidang/)
    expect(temp.handlers.searchNomenklatur({ level: 'program', query: 'penunjang', perangkatDaerahId: DINKES }).map((entry) => entry.code)).toEqual([
      '1.02.01',
      '2.14.01'
    ])
    expect(temp.handlers.searchNomenklatur({ level: 'sub_kegiatan', query: 'dokumen', parentCode: '1.02.01.2.01' }).map((entry) => entry.code)).toEqual([
      '1.02.01.2.01.0001'
    ])
  })

  it('takes pagu only where it belongs', () => {
    useVersion('2026')
    const { program, kegiatan } = tree()
    expect(call('updatePlanRow', { planRowId: kegiatan.id, changes: { pagu: { '2023': 5 } } })).toMatchObject({
      ok: false,
      error: { message: 'Pagu diisi pada sub kegiatan; pagu kegiatan adalah jumlah sub kegiatannya.' }
    })
    expect(call('updatePlanRow', { planRowId: program.id, changes: { pagu: { '2023': 5 } } })).toMatchObject({
      ok: false,
      error: { message: 'Program ini sudah punya kegiatan; isi pagu 2023 pada sub kegiatannya.' }
    })
    expect(call('createPlanRow', { level: 'kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02' })).toMatchObject({
      ok: false,
      error: { message: 'Kegiatan tidak dapat ditambahkan di bawah kegiatan.' }
    })
  })

  it('moves the plan to a new version with the mapped codes in one undoable step', () => {
    useVersion('2026')
    const { kegiatan } = tree()
    const renumbered = temp.handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0028', pagu: { '2024': 90 } }).row
    const vanished = temp.handlers.createPlanRow({ level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.02.0099' }).row
    const v2027 = storeSmallVersion(temp.db, '2027')

    const preview = temp.handlers.previewVersionSwitch({ versionId: v2027 })
    expect(preview).toMatchObject({ fromVersion: 'Uji 2026', toVersion: 'Uji 2027', unchangedCount: 3 })
    expect(preview.changes).toEqual([
      {
        rowId: renumbered.id,
        level: 'sub_kegiatan',
        code: '1.02.02.2.02.0028',
        name: 'Pengambilan dan Pengiriman Spesimen Penyakit Potensial KLB',
        status: 'changed',
        proposedCode: '1.02.02.2.02.0053',
        proposedName: 'Pengambilan, Pemeriksaan dan Pengiriman Spesimen Penyakit Potensial KLB'
      },
      {
        rowId: vanished.id,
        level: 'sub_kegiatan',
        code: '1.02.02.2.02.0099',
        name: 'Kegiatan yang dihapus',
        status: 'vanished',
        proposedCode: null,
        proposedName: null
      }
    ])

    const bad = call('applyVersionSwitch', {
      versionId: v2027,
      accept: [
        { planRowId: renumbered.id, newCode: '1.02.02.2.02.0053' },
        { planRowId: vanished.id, newCode: '1.02.02.2.02.7777' }
      ]
    })
    expect(bad).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Baris 1.02.02.2.02.0099: kode baru 1.02.02.2.02.7777 ditolak.') as unknown }
    })
    expect(byCode('1.02.02.2.02.0028').codeStatus.valid).toBe(true)

    const applied = temp.handlers.applyVersionSwitch({ versionId: v2027, accept: [{ planRowId: renumbered.id, newCode: '1.02.02.2.02.0053' }] })
    expect(applied).toMatchObject({ changedRows: 1, flaggedRows: 1 })
    expect(byCode('1.02.02.2.02.0053')).toMatchObject({
      id: renumbered.id,
      pagu: { 2024: 90 },
      codeStatus: { valid: true },
      name: 'Pengambilan, Pemeriksaan dan Pengiriman Spesimen Penyakit Potensial KLB'
    })
    expect(byCode('1.02.02.2.02.0099').codeStatus.reason).toBe('Kode 1.02.02.2.02.0099 tidak ada dalam nomenklatur "Uji 2027".')
    expect(temp.handlers.listNomenklaturVersions({}).map((version) => [version.name, version.active])).toEqual([
      ['Uji 2026', false],
      ['Uji 2027', true]
    ])
    expect(temp.db.prepare('SELECT os_user, kind FROM change_batch').all()).toEqual([
      ...Array.from({ length: 5 }, () => ({ os_user: expect.any(String) as unknown, kind: 'rows:create' })),
      { os_user: expect.any(String) as unknown, kind: 'nomenklatur_switch' }
    ])

    temp.handlers.undoChangeBatch({ batchId: applied.batchId })
    expect(byCode('1.02.02.2.02.0028').codeStatus.valid).toBe(true)
    expect(temp.handlers.listNomenklaturVersions({}).find((version) => version.active)?.name).toBe('Uji 2026')
    expect(call('undoChangeBatch', { batchId: applied.batchId })).toMatchObject({ ok: false, error: { message: 'Perubahan ini sudah dibatalkan.' } })
  })
})
