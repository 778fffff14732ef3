import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE_NAME, openDatabase } from '../../../src/main/db/connection'
import { LATEST_VERSION, MIGRATIONS } from '../../../src/main/db/migrations'
import { batchEntries, rowHistory } from '../../../src/main/db/repositories/changeLog'
import { seedPlan } from '../../../src/main/db/seed'
import { STARTING_PERANGKAT_DAERAH } from '../../../src/main/db/seed/perangkat-daerah'
import { undo } from '../../../src/main/services/history'
import { makeTempDir } from '../../support/tempDb'

/** A database as version 4 wrote it: one change_entry row per cell. */
function version4Database(dir: string): { programId: number; subId: number } {
  const db = new Database(join(dir, DATABASE_FILE_NAME))
  try {
    db.pragma('journal_mode = WAL')
    return db.transaction(() => {
      for (const migration of MIGRATIONS.slice(0, 4)) migration.up(db)
      db.pragma('user_version = 4')
      seedPlan(db)
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

describe('migration 5 (one change-log body per batch)', () => {
  it('keeps every recorded entry in order, with its values, and the Riwayat and undo work on them', () => {
    const temp = makeTempDir()
    try {
      const { programId, subId } = version4Database(temp.dir)
      const db = openDatabase(temp.dir)
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
        expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'change_entry'").get()).toBeUndefined()
        expect(batchEntries(db, 2)).toEqual([
          { tableName: 'rpjmd_period', rowId: 1, field: 'nomenklatur_version_id', oldValue: null, newValue: 7 },
          { tableName: 'plan_row', rowId: programId, field: 'name', oldValue: 'Program Lama', newValue: 'Program Upaya Kesehatan' }
        ])
        expect(batchEntries(db, 1)[0].newValue).toBe('{"row":{"id":1},"dependents":{}}')
        // The period entry names no plan row: only plan rows are indexed, with where their entries are in the batch.
        expect(db.prepare('SELECT row_id, batch_id, positions FROM change_row ORDER BY row_id, batch_id').all()).toEqual([
          { row_id: programId, batch_id: 1, positions: '[0]' },
          { row_id: programId, batch_id: 2, positions: '[1]' },
          { row_id: subId, batch_id: 3, positions: '[0,1]' }
        ])
        expect(rowHistory(db, subId).map(({ tableName, field, oldValue, newValue }) => [tableName, field, oldValue, newValue])).toEqual([
          ['plan_row_pagu', '2023', null, 1250000000],
          ['plan_row_target', '2024', 12, 12.5]
        ])
        expect(rowHistory(db, programId).map((entry) => entry.batchId)).toEqual([2, 1])
        undo(db)
        expect(db.prepare('SELECT COUNT(*) AS n FROM plan_row_pagu').get()).toEqual({ n: 0 })
        expect(db.prepare('SELECT value_number FROM plan_row_target').get()).toEqual({ value_number: 12 })
      } finally {
        db.close()
      }
    } finally {
      temp.cleanup()
    }
  })
})
