import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../../src/main/services/dispatch'
import type { ImportJobStatus } from '../../../src/shared/master'
import { SHARED_DIR } from '../../support/paths'
import { openTempDb, type TempDb } from '../../support/tempDb'

const SIPD_EXPORT = readFileSync(join(SHARED_DIR, 'data/nomenklatur-sipd-pemutakhiran-2027.xlsx')).toString('base64')

let temp: TempDb
beforeEach(() => {
  temp = openTempDb()
})
afterEach(() => temp.cleanup())

const call = (channel: string, args: unknown) => dispatch(temp.handlers, channel, args, () => undefined)
const count = (sql: string) => (temp.db.prepare(sql).get() as { n: number }).n

async function settle(jobId: number): Promise<ImportJobStatus> {
  return vi.waitFor(
    () => {
      const status = temp.handlers.getNomenklaturImport({ jobId })
      if (status.state === 'running') throw new Error('still running')
      return status
    },
    { timeout: 30_000, interval: 50 }
  )
}

describe('nomenclature import jobs', () => {
  it('previews the real export, stores it in one step as the plan version, and spots a re-import', async () => {
    const { jobId } = temp.handlers.startNomenklaturImport({ fileName: 'nomenklatur-sipd-pemutakhiran-2027.xlsx', contentBase64: SIPD_EXPORT })
    const status = await settle(jobId)
    expect(status).toMatchObject({
      state: 'ready',
      preview: {
        fileName: 'nomenklatur-sipd-pemutakhiran-2027.xlsx',
        totalRows: 7581,
        counts: { bidang: 45, program: 189, kegiatan: 713, subKegiatan: 3550 },
        sameAsVersion: null
      }
    })
    expect(count('SELECT COUNT(*) AS n FROM nomenklatur_item')).toBe(0)

    const version = temp.handlers.confirmNomenklaturImport({ jobId, versionName: 'Pemutakhiran 2027' })
    expect(version).toMatchObject({ name: 'Pemutakhiran 2027', active: true, counts: { subKegiatan: 3550 } })
    expect(temp.db.prepare('SELECT level, COUNT(*) AS n FROM nomenklatur_item GROUP BY level ORDER BY level').all()).toEqual([
      { level: 'bidang', n: 45 },
      { level: 'kegiatan', n: 713 },
      { level: 'program', n: 189 },
      { level: 'sub_kegiatan', n: 3550 }
    ])
    expect(count('SELECT COUNT(*) AS n FROM nomenklatur_sub_kegiatan WHERE previous_code IS NOT NULL')).toBe(176)
    expect(temp.db.prepare(`SELECT satuan, previous_code FROM nomenklatur_sub_kegiatan WHERE code = '1.02.02.2.02.0053'`).get()).toEqual({
      satuan: 'Paket',
      previous_code: '1.02.02.2.02.0028'
    })
    expect(call('getNomenklaturImport', { jobId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })

    const again = temp.handlers.startNomenklaturImport({ fileName: 'salinan.xlsx', contentBase64: SIPD_EXPORT })
    expect(await settle(again.jobId)).toMatchObject({ state: 'ready', preview: { sameAsVersion: 'Pemutakhiran 2027' } })
    expect(call('confirmNomenklaturImport', { jobId: again.jobId, versionName: 'pemutakhiran 2027' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Nama versi "pemutakhiran 2027" sudah dipakai; pilih nama lain.' }
    })
    expect(temp.handlers.confirmNomenklaturImport({ jobId: again.jobId, versionName: 'Salinan 2027' })).toMatchObject({ active: false })
    expect(temp.handlers.listNomenklaturVersions({}).map((entry) => [entry.name, entry.active])).toEqual([
      ['Pemutakhiran 2027', true],
      ['Salinan 2027', false]
    ])
  })

  it('reports a bad file with its reason and writes nothing', async () => {
    const { jobId } = temp.handlers.startNomenklaturImport({ fileName: 'catatan.xlsx', contentBase64: Buffer.from('bukan lembar kerja').toString('base64') })
    const status = await settle(jobId)
    expect(status.state).toBe('failed')
    if (status.state === 'failed') expect(status.message).toMatch(/bukan lembar kerja|tidak ditemukan/)
    expect(call('confirmNomenklaturImport', { jobId, versionName: 'X' })).toMatchObject({ ok: false, error: { message: 'Impor belum siap untuk disimpan.' } })
    expect(count('SELECT COUNT(*) AS n FROM nomenklatur_version')).toBe(0)
  })

  it('cancels a job, which then cannot be confirmed', async () => {
    const { jobId } = temp.handlers.startNomenklaturImport({ fileName: 'n.xlsx', contentBase64: SIPD_EXPORT })
    expect(temp.handlers.cancelNomenklaturImport({ jobId })).toEqual({ cancelled: true })
    expect(call('confirmNomenklaturImport', { jobId, versionName: 'X' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(count('SELECT COUNT(*) AS n FROM nomenklatur_version')).toBe(0)
  })

  it('refuses content that is not base64 before anything runs', () => {
    expect(call('startNomenklaturImport', { fileName: 'a.xlsx', contentBase64: '<script>' })).toMatchObject({
      ok: false,
      error: { message: 'Isi berkas tidak terbaca.' }
    })
  })
})
