import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE_NAME, openDatabase } from '../../../src/main/db/connection'
import { DatabaseTooNewError, LATEST_VERSION, MIGRATIONS, migrate } from '../../../src/main/db/migrations'
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
      expect.arrayContaining(['rpjmd_period', 'misi', 'tujuan', 'sasaran', 'indikator', 'indikator_value', 'perangkat_daerah', 'plan_row', 'plan_row_pagu', 'plan_row_sasaran'])
    )
    for (const table of tables) expect(table.sql, table.name).toMatch(/\bSTRICT\b/)
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
