import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openDatabase } from '../../../src/main/db/connection'
import { BUILT_IN_NOMENKLATUR, builtInNomenklaturPath, loadBuiltInNomenklatur } from '../../../src/main/services/nomenklatur/builtInNomenklatur'
import { createHandlers } from '../../../src/main/services'
import { parseNomenklaturFile } from '../../../src/main/nomenklatur/importFile'
import type { ImportJobStatus } from '../../../src/shared/master'
import { buildCsv, sampleRows } from '../nomenklatur/support/buildXlsx'
import { SHARED_DIR } from '../../support/paths'
import { makeTempDir } from '../../support/tempDb'

const SHIPPED = builtInNomenklaturPath(resolve(__dirname, '../../../src/main'))

let temp: ReturnType<typeof makeTempDir>
beforeEach(() => {
  temp = makeTempDir()
})
afterEach(() => temp.cleanup())

const planVersionName = (db: ReturnType<typeof openDatabase>) =>
  (db.prepare('SELECT v.name FROM rpjmd_period p JOIN nomenklatur_version v ON v.id = p.nomenklatur_version_id').get() as { name: string } | undefined)?.name ??
  null
const versionCount = (db: ReturnType<typeof openDatabase>) => (db.prepare('SELECT COUNT(*) AS n FROM nomenklatur_version').get() as { n: number }).n

describe('the built-in nomenclature at first start', () => {
  it('ships the SIPD export itself: resources/ holds the same bytes as ../shared/data', () => {
    expect(SHIPPED).toBe(resolve(__dirname, '../../../resources', BUILT_IN_NOMENKLATUR.fileName))
    expect(readFileSync(SHIPPED).equals(readFileSync(join(SHARED_DIR, 'data', BUILT_IN_NOMENKLATUR.fileName)))).toBe(true)
  })

  it('stores the real file through the importer as the plan version, once: a second start loads nothing', async () => {
    const first = openDatabase(temp.dir)
    expect(planVersionName(first)).toBeNull()
    const loaded = await loadBuiltInNomenklatur(first, SHIPPED)
    expect(loaded).toMatchObject({ state: 'loaded' })
    expect(createHandlers(first).listNomenklaturVersions({})).toEqual([
      expect.objectContaining({
        name: 'Pemutakhiran 2027 (bawaan)',
        sourceFileName: 'nomenklatur-sipd-pemutakhiran-2027.xlsx',
        counts: { bidang: 45, program: 189, kegiatan: 713, subKegiatan: 3550 },
        active: true
      })
    ])
    // The importer's checks ran: its parse of the same file gives the very rows stored.
    const { parsed } = await parseNomenklaturFile(SHIPPED)
    const stored = first.prepare("SELECT code, name FROM nomenklatur_item WHERE level = 'sub_kegiatan' ORDER BY code").all()
    expect(stored).toEqual(parsed.subKegiatan.map((entry) => ({ code: entry.code, name: entry.name })).sort((a, b) => a.code.localeCompare(b.code)))
    first.close()

    // The file on disk, reopened as at the next start.
    const parse = vi.fn(parseNomenklaturFile)
    const second = openDatabase(temp.dir)
    expect(await loadBuiltInNomenklatur(second, SHIPPED, { parse })).toEqual({ state: 'present' })
    expect(parse).not.toHaveBeenCalled()
    expect(versionCount(second)).toBe(1)
    expect(planVersionName(second)).toBe('Pemutakhiran 2027 (bawaan)')
    second.close()
  }, 60_000)

  it('a later import becomes a new version beside it; the plan keeps the built-in one until switched', async () => {
    const db = openDatabase(temp.dir)
    await loadBuiltInNomenklatur(db, SHIPPED)
    const handlers = createHandlers(db)
    const { jobId } = handlers.startNomenklaturImport({ fileName: 'nomenklatur-2028.csv', contentBase64: buildCsv(sampleRows()).toString('base64') })
    const status = await vi.waitFor(
      () => {
        const current: ImportJobStatus = handlers.getNomenklaturImport({ jobId })
        if (current.state === 'running') throw new Error('still running')
        return current
      },
      { timeout: 30_000, interval: 50 }
    )
    expect(status.state).toBe('ready')
    expect(handlers.confirmNomenklaturImport({ jobId, versionName: 'Pemutakhiran 2028' })).toMatchObject({ name: 'Pemutakhiran 2028', active: false })
    expect(handlers.listNomenklaturVersions({}).map((version) => [version.name, version.active])).toEqual([
      ['Pemutakhiran 2027 (bawaan)', true],
      ['Pemutakhiran 2028', false]
    ])
    db.close()
  }, 60_000)

  it('stores all or nothing: a batch that fails part-way leaves no version, and the next start loads it again', async () => {
    const db = openDatabase(temp.dir)
    // The real parse with one sub kegiatan repeated at the end: the insert fails after thousands of rows.
    const failing: typeof parseNomenklaturFile = async (path) => {
      const result = await parseNomenklaturFile(path)
      return { ...result, parsed: { ...result.parsed, subKegiatan: [...result.parsed.subKegiatan, result.parsed.subKegiatan[0]] } }
    }
    const result = await loadBuiltInNomenklatur(db, SHIPPED, { parse: failing })
    expect(result.state === 'failed' && result.reason).toMatch(/UNIQUE/)
    expect(versionCount(db)).toBe(0)
    expect((db.prepare('SELECT COUNT(*) AS n FROM nomenklatur_item').get() as { n: number }).n).toBe(0)
    expect(planVersionName(db)).toBeNull()
    expect(await loadBuiltInNomenklatur(db, SHIPPED)).toMatchObject({ state: 'loaded' })
    expect(planVersionName(db)).toBe('Pemutakhiran 2027 (bawaan)')
    db.close()
  }, 60_000)

  it('says when it is slow, and opens without it when the file is missing', async () => {
    const db = openDatabase(temp.dir)
    const missing = join(temp.dir, 'tidak-ada.xlsx')
    expect(await loadBuiltInNomenklatur(db, missing)).toEqual({ state: 'missing', path: missing })
    const onSlow = vi.fn()
    const onDone = vi.fn()
    await loadBuiltInNomenklatur(db, SHIPPED, { slowAfterMs: 0, onSlow, onDone })
    expect(onSlow).toHaveBeenCalledTimes(1)
    expect(onDone).toHaveBeenCalledWith(expect.any(Number))
    db.close()
  }, 60_000)

  it('finds the file under Electron resources when packaged', () => {
    expect(builtInNomenklaturPath('/app/out/main', '/opt/Selaras/resources')).toBe(join('/opt/Selaras/resources', BUILT_IN_NOMENKLATUR.fileName))
    expect(builtInNomenklaturPath('/repo/out/main')).toBe(join('/repo/resources', BUILT_IN_NOMENKLATUR.fileName))
  })
})
