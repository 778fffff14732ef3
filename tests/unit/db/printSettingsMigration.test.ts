import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE_NAME, openDatabase } from '../../../src/main/db/connection'
import { LATEST_VERSION, MIGRATIONS } from '../../../src/main/db/migrations'
import { seedRpjmd } from '../../../src/main/db/seed'
import { readPrintSettings } from '../../../src/main/services/printSettings/printSettingsService'
import { makeTempDir } from '../../support/tempDb'

describe('migration 6 (print settings)', () => {
  it('adds the kop with Ternate defaults, no signatory and F4 landscape to a file at version 5, keeping its data', () => {
    const temp = makeTempDir()
    try {
      const v5 = new Database(join(temp.dir, DATABASE_FILE_NAME))
      v5.pragma('journal_mode = WAL')
      v5.transaction(() => {
        for (const migration of MIGRATIONS.slice(0, 5)) migration.up(v5)
        v5.pragma('user_version = 5')
        seedRpjmd(v5)
        v5.prepare("INSERT INTO change_batch (os_user, kind, description, entries) VALUES ('analis', 'cells:edit', 'Ubah 1 sel', '[]')").run()
      })()
      v5.close()

      const db = openDatabase(temp.dir)
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
        expect(LATEST_VERSION).toBeGreaterThanOrEqual(6)
        for (const table of ['print_setting', 'print_logo', 'signatory']) {
          const sql = (db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(table) as { sql: string }).sql
          expect(sql, table).toMatch(/\bSTRICT\b/)
        }
        expect(readPrintSettings(db)).toEqual({
          kop: {
            government: 'PEMERINTAH KOTA TERNATE',
            agency: 'BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH',
            address: '',
            contact: '',
            logoDataUrl: null
          },
          defaultPaper: 'F4',
          defaultOrientation: 'landscape',
          signatories: [],
          defaultSignatoryId: null
        })
        // The data of version 5 is still there.
        expect(db.prepare('SELECT COUNT(*) AS n FROM misi').get()).toEqual({ n: 8 })
        expect(db.prepare('SELECT description FROM change_batch').all()).toEqual([{ description: 'Ubah 1 sel' }])
        // The table refuses what the service refuses: a NIP of letters, a second settings row.
        expect(() => db.prepare("INSERT INTO signatory (name, title, nip) VALUES ('A', 'B', '19710205199403100X')").run()).toThrow(/CHECK/)
        expect(() =>
          db.prepare("INSERT INTO print_setting (id, government, agency, default_paper, default_orientation) VALUES (2, 'a', 'b', 'F4', 'portrait')").run()
        ).toThrow(/CHECK/)
        expect(db.pragma('foreign_key_check')).toEqual([])
      } finally {
        db.close()
      }
    } finally {
      temp.cleanup()
    }
  })
})
