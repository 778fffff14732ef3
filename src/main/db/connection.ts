import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { assertNotNewer, migrate } from './migrations'
import { seedPerangkatDaerah, seedRpjmd } from './seed'
import { seedPrioritasDaerahFromMisi } from './seed/master-data'

export const DATABASE_FILE_NAME = 'selaras.db'

export interface OpenOptions {
  /** Path to a better-sqlite3 binary built for Electron's ABI; absent under plain Node. */
  nativeBinding?: string
}

/**
 * Opens (creating if needed) selaras.db in the data folder: refuses a file from a newer
 * Selaras before touching it, then sets the pragmas, migrates and seeds a new file.
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): Database.Database {
  mkdirSync(dataDir, { recursive: true })
  const db = new Database(join(dataDir, DATABASE_FILE_NAME), { nativeBinding: options.nativeBinding })
  try {
    assertNotNewer(db)
    db.pragma('journal_mode = WAL')
    // Set every time: SQLite does not keep synchronous in the file.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    migrate(db, (fromVersion) => {
      if (fromVersion === 0) {
        seedRpjmd(db)
        seedPerangkatDaerah(db)
        seedPrioritasDaerahFromMisi(db)
      }
    })
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
