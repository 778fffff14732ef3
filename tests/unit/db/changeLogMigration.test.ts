import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/connection'
import { LATEST_VERSION } from '../../../src/main/db/migrations'
import { batchEntries, entriesAboutRow } from '../../../src/main/db/repositories/changeLog'
import { undo } from '../../../src/main/services/changeLog/undoRedo'
import { makeTempDir } from '../../support/tempDb'
import { version4Database } from '../../support/version4Database'

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
        expect(entriesAboutRow(db, subId).map(({ tableName, field, oldValue, newValue }) => [tableName, field, oldValue, newValue])).toEqual([
          ['plan_row_pagu', '2023', null, 1250000000],
          ['plan_row_target', '2024', 12, 12.5]
        ])
        expect(entriesAboutRow(db, programId).map((entry) => entry.batchId)).toEqual([2, 1])
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
