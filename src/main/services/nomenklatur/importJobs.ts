import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import type Database from 'better-sqlite3'
import type { ImportJobStatus, NomenklaturVersion } from '../../../shared/master'
import { findVersionBySha, getPlanVersionId, listVersions, setPlanVersionId, storeNomenklaturVersion } from '../../db/repositories/nomenklatur'
import { getActivePeriod } from '../../db/repositories/rpjmd'
import { parseNomenklaturFile } from '../../nomenklatur/importFile'
import { NomenklaturImportError, type NomenklaturPreview, type ParsedNomenklatur } from '../../nomenklatur/types'
import { ServiceError, notFound } from '../errors'

type Job =
  | { state: 'running'; phase: string; done: number; total: number; startedAt: number }
  | { state: 'ready'; preview: NomenklaturPreview; parsed: ParsedNomenklatur; sameAsVersion: string | null; startedAt: number }
  | { state: 'failed'; message: string; startedAt: number }

export type ParseFile = typeof parseNomenklaturFile

const JOB_LIFETIME_MS = 60 * 60 * 1000
const MAX_RUNNING = 2

/**
 * Stores a parsed file as a named version, in one transaction; the first version becomes the
 * plan's. An analyst's import and the built-in version at first start both end here.
 */
export function storeImportedVersion(db: Database.Database, input: { name: string; preview: NomenklaturPreview; parsed: ParsedNomenklatur }): number {
  const period = getActivePeriod(db)
  return db.transaction(() => {
    const id = storeNomenklaturVersion(db, input)
    if (getPlanVersionId(db, period.id) === null) setPlanVersionId(db, period.id, id)
    return id
  })()
}

/** Imports run off the main thread; the renderer polls their progress and confirms the preview. */
export class ImportJobs {
  private readonly jobs = new Map<number, Job>()
  private readonly aborts = new Map<number, AbortController>()
  private nextId = 1

  constructor(
    private readonly db: Database.Database,
    private readonly parse: ParseFile = parseNomenklaturFile
  ) {}

  start(fileName: string, content: Buffer): { jobId: number } {
    this.expireOld()
    const running = [...this.jobs.values()].filter((job) => job.state === 'running').length
    if (running >= MAX_RUNNING) throw new ServiceError('CONFLICT', 'Masih ada impor yang berjalan; tunggu sampai selesai.')
    const jobId = this.nextId++
    const startedAt = Date.now()
    this.jobs.set(jobId, { state: 'running', phase: 'Menyiapkan berkas', done: 0, total: 1, startedAt })
    const dir = mkdtempSync(join(tmpdir(), 'selaras-import-'))
    // Keep only a safe file name: the extension tells CSV from xlsx.
    const path = join(
      dir,
      `berkas${extname(basename(fileName))
        .toLowerCase()
        .replace(/[^.a-z]/g, '')}`
    )
    writeFileSync(path, content)
    const abort = new AbortController()
    this.aborts.set(jobId, abort)
    this.parse(path, {
      signal: abort.signal,
      onProgress: (progress) => {
        if (this.jobs.get(jobId)?.state === 'running') this.jobs.set(jobId, { state: 'running', ...progress, startedAt })
      }
    })
      .then(({ parsed, preview }) => {
        if (!this.jobs.has(jobId)) return
        const named = { ...preview, fileName: basename(fileName) }
        this.jobs.set(jobId, { state: 'ready', preview: named, parsed, sameAsVersion: findVersionBySha(this.db, preview.sha256), startedAt })
      })
      .catch((error: unknown) => {
        if (!this.jobs.has(jobId)) return
        const message =
          error instanceof NomenklaturImportError ? error.message : 'Berkas tidak dapat dibaca. Periksa bahwa berkas adalah ekspor nomenklatur SIPD.'
        if (!(error instanceof NomenklaturImportError)) console.error('Selaras: import failed', error)
        this.jobs.set(jobId, { state: 'failed', message, startedAt })
      })
      .finally(() => {
        this.aborts.delete(jobId)
        rmSync(dir, { recursive: true, force: true })
      })
    return { jobId }
  }

  status(jobId: number): ImportJobStatus {
    const job = this.require(jobId)
    if (job.state === 'running') return { state: 'running', phase: job.phase, done: job.done, total: job.total }
    if (job.state === 'failed') return { state: 'failed', message: job.message }
    const { fileName, totalRows, counts, skipped } = job.preview
    return { state: 'ready', preview: { fileName, totalRows, counts, skipped, sameAsVersion: job.sameAsVersion } }
  }

  /** Stores the previewed file as a named version; the first version becomes the plan's. */
  confirm(jobId: number, versionName: string): NomenklaturVersion {
    const job = this.require(jobId)
    if (job.state !== 'ready') throw new ServiceError('CONFLICT', 'Impor belum siap untuk disimpan.')
    if (listVersions(this.db, null).some((version) => version.name.toLowerCase() === versionName.toLowerCase())) {
      throw new ServiceError('CONFLICT', `Nama versi "${versionName}" sudah dipakai; pilih nama lain.`)
    }
    const versionId = storeImportedVersion(this.db, { name: versionName, preview: job.preview, parsed: job.parsed })
    this.jobs.delete(jobId)
    const active = getPlanVersionId(this.db, getActivePeriod(this.db).id)
    return listVersions(this.db, active).find((version) => version.id === versionId) as NomenklaturVersion
  }

  cancel(jobId: number): { cancelled: true } {
    this.require(jobId)
    // Stops a running parse too: its worker is terminated.
    this.aborts.get(jobId)?.abort()
    this.jobs.delete(jobId)
    return { cancelled: true }
  }

  private require(jobId: number): Job {
    const job = this.jobs.get(jobId)
    if (!job) throw notFound('Proses impor tidak ditemukan (mungkin sudah selesai atau dibatalkan).')
    return job
  }

  private expireOld(): void {
    const now = Date.now()
    for (const [id, job] of this.jobs) if (job.state !== 'running' && now - job.startedAt > JOB_LIFETIME_MS) this.jobs.delete(id)
  }
}
