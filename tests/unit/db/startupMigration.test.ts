// An older database file migrated at start-up in a real worker thread (the TypeScript entry,
// through tsx), on a real file on disk.
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DATABASE_FILE_NAME, openDatabase } from '../../../src/main/db/connection'
import { LATEST_VERSION } from '../../../src/main/db/migrations'
import { batchEntries } from '../../../src/main/db/repositories/changeLog'
import { hasPendingMigration, migrateBeforeOpen } from '../../../src/main/db/startupMigration'
import { makeTempDir } from '../../support/tempDb'
import { version4Database } from '../../support/version4Database'

const temps: Array<{ cleanup: () => void }> = []
const tempDir = () => {
  const temp = makeTempDir()
  temps.push(temp)
  return temp.dir
}
afterEach(() => temps.splice(0).forEach((temp) => temp.cleanup()))

const fileVersion = (dir: string) => {
  const db = new Database(join(dir, DATABASE_FILE_NAME), { readonly: true })
  try {
    return db.pragma('user_version', { simple: true })
  } finally {
    db.close()
  }
}

describe('migrating an older file at start-up', () => {
  it('leaves a new or current data folder to openDatabase', async () => {
    const dir = tempDir()
    expect(hasPendingMigration(dir)).toBe(false)
    openDatabase(dir).close()
    expect(hasPendingMigration(dir)).toBe(false)
    const onSlow = vi.fn()
    await migrateBeforeOpen(dir, { onSlow, slowAfterMs: 0 })
    expect(onSlow).not.toHaveBeenCalled()
  })

  it('migrates an older file in a worker while the main thread stays free, and says so when it takes a while', async () => {
    const dir = tempDir()
    const { programId } = version4Database(dir)
    expect(hasPendingMigration(dir)).toBe(true)
    const onSlow = vi.fn()
    const onDone = vi.fn()
    let ticks = 0
    const ticker = setInterval(() => (ticks += 1), 1)
    try {
      await migrateBeforeOpen(dir, { onSlow, onDone, slowAfterMs: 0 })
    } finally {
      clearInterval(ticker)
    }
    // The main thread ran its timers while the worker worked.
    expect(ticks).toBeGreaterThan(0)
    expect(onSlow).toHaveBeenCalledTimes(1)
    expect(onDone).toHaveBeenCalledTimes(1)
    expect(onDone.mock.calls[0][0]).toBeGreaterThan(0)
    expect(fileVersion(dir)).toBe(LATEST_VERSION)
    expect(hasPendingMigration(dir)).toBe(false)
    const db = openDatabase(dir)
    try {
      expect(batchEntries(db, 2)).toEqual([
        { tableName: 'rpjmd_period', rowId: 1, field: 'nomenklatur_version_id', oldValue: null, newValue: 7 },
        { tableName: 'plan_row', rowId: programId, field: 'name', oldValue: 'Program Lama', newValue: 'Program Upaya Kesehatan' }
      ])
    } finally {
      db.close()
    }
  })

  it('says nothing when the migration is quick', async () => {
    const dir = tempDir()
    version4Database(dir)
    const onSlow = vi.fn()
    await migrateBeforeOpen(dir, { onSlow, slowAfterMs: 60000 })
    expect(onSlow).not.toHaveBeenCalled()
    expect(fileVersion(dir)).toBe(LATEST_VERSION)
  })

  it('rejects with the reason and leaves the file at its version when the migration fails', async () => {
    const dir = tempDir()
    version4Database(dir)
    // Migration 5 creates change_row: a table of that name already there makes it fail.
    const db = new Database(join(dir, DATABASE_FILE_NAME))
    db.exec('CREATE TABLE change_row (x)')
    db.close()
    await expect(migrateBeforeOpen(dir)).rejects.toThrow(/change_row already exists/)
    expect(fileVersion(dir)).toBe(4)
  })
})
