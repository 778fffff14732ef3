import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { openDatabase } from '../../src/main/db/connection'
import { createHandlers, type Handlers } from '../../src/main/services'

export interface TempDb {
  dir: string
  db: Database.Database
  handlers: Handlers
  cleanup: () => void
}

/** A real selaras.db on disk in a fresh folder. */
export function openTempDb(): TempDb {
  const dir = mkdtempSync(join(tmpdir(), 'selaras-test-'))
  const db = openDatabase(dir)
  return {
    dir,
    db,
    handlers: createHandlers(db),
    cleanup() {
      if (db.open) db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

export function makeTempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'selaras-test-'))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}
