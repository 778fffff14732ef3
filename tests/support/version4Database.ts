// A database file as Selaras schema version 4 wrote it (one change_entry row per cell), for
// the tests of migration 5 and of migrating at start-up.
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { DATABASE_FILE_NAME } from '../../src/main/db/connection'
import { MIGRATIONS } from '../../src/main/db/migrations'
import { seedRpjmd } from '../../src/main/db/seed'
import { STARTING_PERANGKAT_DAERAH } from '../../src/main/db/seed/perangkat-daerah'

/** A database as version 4 wrote it: one change_entry row per cell. */
export function version4Database(dir: string): { programId: number; subId: number } {
  const db = new Database(join(dir, DATABASE_FILE_NAME))
  try {
    db.pragma('journal_mode = WAL')
    return db.transaction(() => {
      for (const migration of MIGRATIONS.slice(0, 4)) migration.up(db)
      db.pragma('user_version = 4')
      seedRpjmd(db)
      const insertPd = db.prepare('INSERT INTO perangkat_daerah (name, short_name) VALUES (?, ?)')
      for (const pd of STARTING_PERANGKAT_DAERAH) insertPd.run(pd.name, pd.shortName)
      const insertRow = db.prepare(`INSERT INTO plan_row (rpjmd_period_id, perangkat_daerah_id, level, parent_id, code, name) VALUES (1, 11, ?, ?, ?, ?)`)
      const programId = Number(insertRow.run('program', null, '1.02.02', 'Program Upaya Kesehatan').lastInsertRowid)
      const subId = Number(insertRow.run('sub_kegiatan', programId, '1.02.02.2.01.0001', 'Sub').lastInsertRowid)
      db.prepare('INSERT INTO plan_row_pagu (plan_row_id, year, amount) VALUES (?, 2023, 1250000000)').run(subId)
      db.prepare('INSERT INTO plan_row_target (plan_row_id, year, value_number) VALUES (?, 2024, 12.5)').run(subId)
      const batch = db.prepare('INSERT INTO change_batch (os_user, kind, description) VALUES (?, ?, ?)')
      const entry = db.prepare('INSERT INTO change_entry (batch_id, table_name, row_id, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)')
      const created = Number(batch.run('analis', 'rows:create', 'Tambah program').lastInsertRowid)
      entry.run(created, 'plan_row_snapshot', programId, 'row', null, '{"row":{"id":1},"dependents":{}}')
      const switched = Number(batch.run('analis', 'nomenklatur_switch', 'Ganti versi').lastInsertRowid)
      entry.run(switched, 'rpjmd_period', 1, 'nomenklatur_version_id', null, 7)
      entry.run(switched, 'plan_row', programId, 'name', 'Program Lama', 'Program Upaya Kesehatan')
      const pasted = Number(batch.run('analis', 'cells:paste', 'Tempel 2 sel').lastInsertRowid)
      entry.run(pasted, 'plan_row_target', subId, '2024', 12, 12.5)
      entry.run(pasted, 'plan_row_pagu', subId, '2023', null, 1250000000)
      return { programId, subId }
    })()
  } finally {
    db.close()
  }
}
