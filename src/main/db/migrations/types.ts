import type Database from 'better-sqlite3'

export interface Migration {
  /** Becomes PRAGMA user_version once applied. Numbered from 1 without gaps. */
  version: number
  name: string
  up: (db: Database.Database) => void
}
