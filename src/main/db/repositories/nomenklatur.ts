import type Database from 'better-sqlite3'
import type { NomenklaturEntry, NomenklaturLevel, NomenklaturVersion } from '../../../shared/master'
import type { NomenklaturPreview, ParsedNomenklatur } from '../../nomenklatur/types'

type Db = Database.Database

/** Stores one imported version in one transaction; earlier versions stay as they were. */
export function storeNomenklaturVersion(db: Db, input: { name: string; preview: NomenklaturPreview; parsed: ParsedNomenklatur }): number {
  const { name, preview, parsed } = input
  return db.transaction(() => {
    const versionId = Number(
      db
        .prepare(
          `INSERT INTO nomenklatur_version (name, source_file_name, source_sha256, bidang_count, program_count, kegiatan_count, sub_kegiatan_count)
           VALUES (?, ?, ?, ?, ?, ?, ?)`
        )
        .run(name, preview.fileName, preview.sha256, parsed.bidang.length, parsed.program.length, parsed.kegiatan.length, parsed.subKegiatan.length)
        .lastInsertRowid
    )
    const item = db.prepare('INSERT INTO nomenklatur_item (version_id, code, level, name, parent_code) VALUES (?, ?, ?, ?, ?)')
    for (const entry of parsed.bidang) item.run(versionId, entry.code, 'bidang', entry.name, null)
    for (const entry of parsed.program) item.run(versionId, entry.code, 'program', entry.name, entry.bidangCode)
    for (const entry of parsed.kegiatan) item.run(versionId, entry.code, 'kegiatan', entry.name, entry.programCode)
    const detail = db.prepare(
      `INSERT INTO nomenklatur_sub_kegiatan (version_id, code, kinerja, indikator, satuan, tags, spm, jenis, definisi_operasional, pelaksana, previous_code, previous_name)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    for (const entry of parsed.subKegiatan) {
      item.run(versionId, entry.code, 'sub_kegiatan', entry.name, entry.kegiatanCode)
      detail.run(
        versionId,
        entry.code,
        entry.kinerja,
        entry.indikator,
        entry.satuan,
        JSON.stringify(entry.tags),
        entry.spm ? 1 : 0,
        entry.jenis,
        entry.definisiOperasional,
        entry.pelaksana,
        entry.previousCode,
        entry.previousName
      )
    }
    return versionId
  })()
}

export function listVersions(db: Db, activeId: number | null): NomenklaturVersion[] {
  const rows = db
    .prepare(
      `SELECT id, name, source_file_name, imported_at, bidang_count, program_count, kegiatan_count, sub_kegiatan_count
       FROM nomenklatur_version ORDER BY id`
    )
    .all() as Array<Record<string, string | number>>
  return rows.map((row) => ({
    id: row.id as number,
    name: row.name as string,
    sourceFileName: row.source_file_name as string,
    importedAt: row.imported_at as string,
    counts: {
      bidang: row.bidang_count as number,
      program: row.program_count as number,
      kegiatan: row.kegiatan_count as number,
      subKegiatan: row.sub_kegiatan_count as number
    },
    active: row.id === activeId
  }))
}

export function findVersion(db: Db, id: number): { id: number; name: string } | undefined {
  return db.prepare('SELECT id, name FROM nomenklatur_version WHERE id = ?').get(id) as { id: number; name: string } | undefined
}

export function findVersionBySha(db: Db, sha256: string): string | null {
  const row = db.prepare('SELECT name FROM nomenklatur_version WHERE source_sha256 = ? ORDER BY id LIMIT 1').get(sha256) as { name: string } | undefined
  return row?.name ?? null
}

export type CodeIndex = Map<string, NomenklaturEntry>

const ENTRY_SELECT = `SELECT i.code, i.level, i.name, i.parent_code AS parentCode, d.indikator, d.satuan
  FROM nomenklatur_item i LEFT JOIN nomenklatur_sub_kegiatan d ON d.version_id = i.version_id AND d.code = i.code`

/** Every code of a version, for checking a whole plan in one pass. */
export function loadCodeIndex(db: Db, versionId: number): CodeIndex {
  const rows = db.prepare(`${ENTRY_SELECT} WHERE i.version_id = ?`).all(versionId) as NomenklaturEntry[]
  return new Map(rows.map((row) => [row.code, row]))
}

/** Codes or names containing the query, optionally under a parent code prefix. */
export function searchEntries(db: Db, versionId: number, level: NomenklaturLevel, query: string, prefix: string | null, limit: number): NomenklaturEntry[] {
  const like = `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
  return db
    .prepare(
      `${ENTRY_SELECT} WHERE i.version_id = ? AND i.level = ? AND (? IS NULL OR i.code LIKE ? || '.%')
       AND (i.code LIKE ? ESCAPE '\\' OR i.name LIKE ? ESCAPE '\\') ORDER BY i.code LIMIT ?`
    )
    .all(versionId, level, prefix, prefix, like, like, limit) as NomenklaturEntry[]
}

/** New codes that name oldCode as their SUBKEGIATAN SEBELUMNYA. */
export function successorCodes(db: Db, versionId: number, oldCode: string): string[] {
  return (
    db.prepare('SELECT code FROM nomenklatur_sub_kegiatan WHERE version_id = ? AND previous_code = ? ORDER BY code').all(versionId, oldCode) as Array<{
      code: string
    }>
  ).map((row) => row.code)
}

export function getPlanVersionId(db: Db, periodId: number): number | null {
  const row = db.prepare('SELECT nomenklatur_version_id AS id FROM rpjmd_period WHERE id = ?').get(periodId) as { id: number | null }
  return row.id
}

export function setPlanVersionId(db: Db, periodId: number, versionId: number | null): void {
  db.prepare('UPDATE rpjmd_period SET nomenklatur_version_id = ? WHERE id = ?').run(versionId, periodId)
}
