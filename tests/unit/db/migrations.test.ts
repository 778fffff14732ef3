import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE_NAME, openDatabase } from '../../../src/main/db/connection'
import { DatabaseTooNewError, LATEST_VERSION, MIGRATIONS, migrate } from '../../../src/main/db/migrations'
import { seedRpjmd } from '../../../src/main/db/seed'
import { STARTING_PERANGKAT_DAERAH } from '../../../src/main/db/seed/perangkat-daerah'
import { makeTempDir } from '../../support/tempDb'

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('migrations', () => {
  const cleanups: Array<() => void> = []
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))
  const tempDir = () => {
    const temp = makeTempDir()
    cleanups.push(temp.cleanup)
    return temp.dir
  }

  it('are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1))
  })

  it("find a row's Riwayat through the row index, without reading every batch ever recorded", () => {
    const dir = tempDir()
    const db = openDatabase(dir)
    cleanups.push(() => db.close())
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT b.id FROM change_row r JOIN change_batch b ON b.id = r.batch_id WHERE r.row_id = ?').all(1) as Array<{
      detail: string
    }>
    expect(plan.map((step) => step.detail).join(' | ')).toMatch(/SEARCH r USING PRIMARY KEY \(row_id=\?\).*SEARCH b USING INTEGER PRIMARY KEY/)
  })

  it('create a fresh database at the latest version with WAL, synchronous=FULL and foreign keys', () => {
    const dir = tempDir()
    const db = openDatabase(dir)
    cleanups.push(() => db.close())
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    const tables = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table'`).all() as Array<{ name: string; sql: string }>
    expect(tables.map((table) => table.name)).toEqual(
      expect.arrayContaining([
        'rpjmd_period',
        'misi',
        'tujuan',
        'sasaran',
        'indikator',
        'indikator_value',
        'perangkat_daerah',
        'plan_row',
        'plan_row_pagu',
        'plan_row_sasaran'
      ])
    )
    // sqlite_sequence is SQLite's own (AUTOINCREMENT of signatory); it cannot be STRICT.
    for (const table of tables.filter((entry) => !entry.name.startsWith('sqlite_'))) expect(table.sql, table.name).toMatch(/\bSTRICT\b/)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('keep data and do not seed twice when an existing file is reopened', () => {
    const dir = tempDir()
    const first = openDatabase(dir)
    first.prepare(`UPDATE misi SET title = 'diubah analis' WHERE number = 1`).run()
    first.close()
    const second = openDatabase(dir)
    cleanups.push(() => second.close())
    expect(second.prepare('SELECT COUNT(*) AS n FROM misi').get()).toEqual({ n: 8 })
    expect(second.prepare('SELECT title FROM misi WHERE number = 1').get()).toEqual({ title: 'diubah analis' })
  })

  it('refuse a database written by a newer Selaras and leave the file untouched', () => {
    const dir = tempDir()
    const path = join(dir, DATABASE_FILE_NAME)
    const future = new Database(path)
    future.exec('CREATE TABLE from_the_future (x INTEGER) STRICT')
    future.pragma(`user_version = ${LATEST_VERSION + 5}`)
    future.close()
    const before = sha256(path)
    expect(() => openDatabase(dir)).toThrow(DatabaseTooNewError)
    expect(() => openDatabase(dir)).toThrow(/versi Selaras yang lebih baru/)
    expect(sha256(path)).toBe(before)
    const check = new Database(path, { readonly: true })
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete')
    check.close()
  })

  it('roll back every pending migration together when one fails', () => {
    const db = new Database(':memory:')
    cleanups.push(() => db.close())
    expect(() =>
      migrate(db, () => {
        throw new Error('seed failed')
      })
    ).toThrow('seed failed')
    expect(db.pragma('user_version', { simple: true })).toBe(0)
    expect(db.prepare(`SELECT COUNT(*) AS n FROM sqlite_schema WHERE type = 'table'`).get()).toEqual({ n: 0 })
  })
})

describe('migration 2 (master data) from a foundation database', () => {
  it('carries programs, pagu, links and perangkat daerah forward and adds the master data', () => {
    const temp = makeTempDir()
    try {
      const path = join(temp.dir, DATABASE_FILE_NAME)
      // A database exactly as the foundation version wrote it: schema 1 and its seed.
      const v1 = new Database(path)
      v1.pragma('journal_mode = WAL')
      v1.transaction(() => {
        MIGRATIONS[0].up(v1)
        v1.pragma('user_version = 1')
        seedRpjmd(v1)
        const insertPd = v1.prepare('INSERT INTO perangkat_daerah (name, short_name) VALUES (?, ?)')
        for (const pd of STARTING_PERANGKAT_DAERAH) insertPd.run(pd.name, pd.shortName)
      })()
      const program = v1
        .prepare(
          `INSERT INTO plan_row (rpjmd_period_id, perangkat_daerah_id, level, code, name) VALUES (1, 11, 'program', '1.02.02', 'Program Upaya Kesehatan')`
        )
        .run().lastInsertRowid
      v1.prepare('INSERT INTO plan_row_pagu (plan_row_id, year, amount) VALUES (?, 2023, 1250000000)').run(program)
      v1.prepare('INSERT INTO plan_row_sasaran (plan_row_id, sasaran_id) VALUES (?, 12)').run(program)
      v1.close()

      const db = openDatabase(temp.dir)
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
        expect(db.prepare('SELECT code, name, name_override FROM plan_row').all()).toEqual([
          { code: '1.02.02', name: 'Program Upaya Kesehatan', name_override: 'Program Upaya Kesehatan' }
        ])
        expect(db.prepare('SELECT plan_row_id, year, amount FROM plan_row_pagu').all()).toEqual([{ plan_row_id: 1, year: 2023, amount: 1_250_000_000 }])
        expect(db.prepare('SELECT COUNT(*) AS n FROM plan_row_sasaran').get()).toEqual({ n: 1 })
        expect(db.prepare('SELECT COUNT(*) AS n FROM perangkat_daerah WHERE from_starting_list = 1').get()).toEqual({ n: 40 })
        expect(db.prepare(`SELECT bidang_code FROM perangkat_daerah_bidang WHERE perangkat_daerah_id = 11 ORDER BY position`).all()).toEqual([
          { bidang_code: '1.02' },
          { bidang_code: '2.14' }
        ])
        expect(db.prepare(`SELECT level, COUNT(*) AS n FROM lokasi GROUP BY level ORDER BY level`).all()).toEqual([
          { level: 'kecamatan', n: 8 },
          { level: 'kelompok', n: 2 },
          { level: 'kelurahan', n: 78 },
          { level: 'kota', n: 1 }
        ])
        expect(db.prepare(`SELECT COUNT(*) AS n FROM reference_item WHERE list = 'prioritas_daerah'`).get()).toEqual({ n: 8 })
        expect(db.pragma('foreign_key_check')).toEqual([])
      } finally {
        db.close()
      }
    } finally {
      temp.cleanup()
    }
  })

  it('gives a fresh database the same master data', () => {
    const temp = makeTempDir()
    const db = openDatabase(temp.dir)
    try {
      expect(db.prepare(`SELECT list, COUNT(*) AS n FROM reference_item GROUP BY list ORDER BY list`).all()).toEqual([
        { list: 'prioritas_daerah', n: 8 },
        { list: 'prioritas_nasional', n: 8 },
        { list: 'sumber_dana', n: 8 },
        { list: 'tag', n: 6 }
      ])
      expect(db.prepare('SELECT COUNT(*) AS n FROM perangkat_daerah_bidang').get()).toEqual({
        n: STARTING_PERANGKAT_DAERAH.reduce((sum, pd) => sum + pd.bidang.length, 0)
      })
    } finally {
      db.close()
      temp.cleanup()
    }
  })
})
