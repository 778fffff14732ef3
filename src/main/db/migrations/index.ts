import type Database from 'better-sqlite3'
import { migration001 } from './001-initial'
import { migration002 } from './002-master-data'
import { migration003 } from './003-targets-and-history'
import { migration004 } from './004-change-entry-batch-index'
import { migration005 } from './005-change-log-per-batch'
import { migration006 } from './006-print-settings'
import type { Migration } from './types'

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006]
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version

export class DatabaseTooNewError extends Error {
  constructor(readonly fileVersion: number) {
    super(
      `Berkas basis data ini dibuat oleh versi Selaras yang lebih baru (skema ${fileVersion}, ` +
        `aplikasi ini mengenal sampai ${LATEST_VERSION}). Perbarui Selaras; berkas tidak diubah.`
    )
    this.name = 'DatabaseTooNewError'
  }
}

export function readSchemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/** Throws DatabaseTooNewError before anything is written when the file is from a newer Selaras. */
export function assertNotNewer(db: Database.Database): number {
  const version = readSchemaVersion(db)
  if (version > LATEST_VERSION) throw new DatabaseTooNewError(version)
  return version
}

/**
 * Applies every pending migration in one transaction: a failure leaves the file at its
 * old version. Returns the version the file had before.
 */
export function migrate(db: Database.Database, afterMigrations?: (fromVersion: number) => void): number {
  const fromVersion = assertNotNewer(db)
  db.transaction(() => {
    for (const migration of MIGRATIONS) {
      if (migration.version <= fromVersion) continue
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    }
    afterMigrations?.(fromVersion)
  })()
  return fromVersion
}
