/**
 * Fills the active plan of an open database with demo data: refuses a plan that already has
 * rows (unless replace), makes sure the plan has a nomenclature version (importing the SIPD
 * export when it has none), generates the plan and writes it in one transaction.
 */
import type Database from 'better-sqlite3'
import {
  findVersion,
  findVersionBySha,
  getPlanVersionId,
  loadCodeIndex,
  setPlanVersionId,
  storeNomenklaturVersion
} from '../../src/main/db/repositories/nomenklatur'
import { listPerangkatDaerah } from '../../src/main/db/repositories/perangkatDaerah'
import { getActivePeriod, targetYears } from '../../src/main/db/repositories/rpjmd'
import { parseNomenklaturFile } from '../../src/main/nomenklatur/importFile'
import type { NomenklaturImportResult } from '../../src/main/nomenklatur/types'
import { generateDemoPlan, type DemoPerangkatDaerah, type DemoPlan, type DemoSasaran } from './generate'
import { entriesFromParsed, syntheticEntries, type DemoEntry } from './nomenklatur'
import { mulberry32 } from './random'
import { countPlanRows, writeDemoPlan } from './write'

type Db = Database.Database

export const DEFAULT_VERSION_NAME = 'Pemutakhiran 2027'
export const DEFAULT_SEED = 2027

/** A refusal the user can act on; the message is in Bahasa Indonesia. */
export class DemoDataError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DemoDataError'
  }
}

export interface DemoDataOptions {
  scale: number
  seed: number
  replace: boolean
  /** The SIPD export to import when the plan has no nomenclature version; null: none at hand. */
  nomenklaturPath: string | null
  /** Lines worth printing: phases that took over a second, write progress. */
  log?: (line: string) => void
}

export interface DemoDataResult {
  plan: DemoPlan
  /** The version the plan's codes come from; null when codes were made up. */
  versionName: string | null
  /** How the version came about: already in use, imported now, an earlier import reused, none. */
  versionSource: 'existing' | 'imported' | 'reused' | 'none'
  deletedRows: number
  seconds: number
}

const seconds = (ms: number) => (ms / 1000).toLocaleString('id-ID', { maximumFractionDigits: 1 })

export async function runDemoData(db: Db, options: DemoDataOptions): Promise<DemoDataResult> {
  const started = performance.now()
  const log = options.log ?? (() => {})
  const timed = async <T>(label: string, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now()
    const result = await work()
    const took = performance.now() - start
    if (took > 1000) log(`${label}: ${seconds(took)} detik`)
    return result
  }

  const period = getActivePeriod(db)
  const existing = countPlanRows(db, period.id)
  if (existing > 0 && !options.replace) {
    throw new DemoDataError(
      `Rencana "${period.name}" sudah berisi ${existing.toLocaleString('id-ID')} baris program/kegiatan/sub kegiatan; ` +
        'data contoh tidak ditulis. Jalankan lagi dengan --replace untuk menghapus semua baris itu dan menggantinya.'
    )
  }

  // Nomenclature: the plan's own version, else the SIPD export, else codes in the right shapes.
  const pds: DemoPerangkatDaerah[] = listPerangkatDaerah(db)
    .filter((pd) => pd.validTo === null || pd.validTo >= period.lastYear)
    .map((pd) => ({ id: pd.id, name: pd.name, bidang: pd.bidang }))
  let entries: DemoEntry[]
  let versionName: string | null = null
  let versionSource: DemoDataResult['versionSource']
  let toStore: NomenklaturImportResult | null = null
  let reuseId: number | null = null
  const currentId = getPlanVersionId(db, period.id)
  if (currentId !== null) {
    entries = [...loadCodeIndex(db, currentId).values()]
    versionName = findVersion(db, currentId)?.name ?? null
    versionSource = 'existing'
  } else if (options.nomenklaturPath) {
    const path = options.nomenklaturPath
    const imported = await timed('Membaca nomenklatur', () => parseNomenklaturFile(path))
    entries = entriesFromParsed(imported.parsed)
    const sameFile = findVersionBySha(db, imported.preview.sha256)
    if (sameFile !== null) {
      reuseId = (db.prepare('SELECT id FROM nomenklatur_version WHERE name = ?').get(sameFile) as { id: number }).id
      versionName = sameFile
      versionSource = 'reused'
    } else {
      const taken = (name: string) => db.prepare('SELECT 1 FROM nomenklatur_version WHERE name = ?').get(name) !== undefined
      versionName = DEFAULT_VERSION_NAME
      for (let n = 2; taken(versionName); n++) versionName = `${DEFAULT_VERSION_NAME} (${n})`
      toStore = imported
      versionSource = 'imported'
    }
  } else {
    entries = syntheticEntries(pds.flatMap((pd) => pd.bidang))
    versionSource = 'none'
  }

  const sasaran = db
    .prepare(
      `SELECT s.id, m.number AS misiNumber, s.number FROM sasaran s JOIN misi m ON m.id = s.misi_id
       WHERE m.rpjmd_period_id = ? ORDER BY m.number, s.number`
    )
    .all(period.id) as DemoSasaran[]
  const plan = await timed('Menyusun data contoh', () =>
    generateDemoPlan({ entries, perangkatDaerah: pds, sasaran, years: targetYears(period), scale: options.scale, rng: mulberry32(options.seed) })
  )

  const writeStart = performance.now()
  let lastLog = writeStart
  const { deletedRows } = await timed('Menulis ke basis data', () =>
    writeDemoPlan(db, plan, {
      periodId: period.id,
      replace: options.replace,
      before: () => {
        if (toStore) {
          const id = storeNomenklaturVersion(db, { name: versionName!, preview: toStore.preview, parsed: toStore.parsed })
          setPlanVersionId(db, period.id, id)
        } else if (reuseId !== null) {
          setPlanVersionId(db, period.id, reuseId)
        }
      },
      onProgress: (done, total) => {
        const now = performance.now()
        if (now - writeStart > 1000 && now - lastLog > 1000 && done < total) {
          log(`Menulis baris rencana: ${done.toLocaleString('id-ID')} dari ${total.toLocaleString('id-ID')}`)
          lastLog = now
        }
      }
    })
  )
  return { plan, versionName, versionSource, deletedRows, seconds: (performance.now() - started) / 1000 }
}
