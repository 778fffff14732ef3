import type { Migration } from './types'

/**
 * The change log keeps each step's entries together in its batch, as one JSON array of
 * [table, row id, field, old value, new value], and a small (plan row, batch) index for a
 * row's Riwayat. One log row per cell cost ~40 ms of a 5.000-cell paste (three b-tree
 * inserts per cell); the batch body and 1.000 index rows cost ~6 ms.
 */
export const migration005: Migration = {
  version: 5,
  name: 'riwayat per langkah',
  up(db) {
    db.exec(`
      ALTER TABLE change_batch ADD COLUMN entries TEXT NOT NULL DEFAULT '[]';
      CREATE TABLE change_row (
        row_id INTEGER NOT NULL,
        batch_id INTEGER NOT NULL,
        PRIMARY KEY (row_id, batch_id)
      ) WITHOUT ROWID, STRICT;
      UPDATE change_batch SET entries = (
        SELECT json_group_array(json_array(table_name, row_id, field, old_value, new_value))
        FROM (SELECT * FROM change_entry e WHERE e.batch_id = change_batch.id ORDER BY e.id)
      ) WHERE EXISTS (SELECT 1 FROM change_entry e WHERE e.batch_id = change_batch.id);
      INSERT OR IGNORE INTO change_row (row_id, batch_id)
        SELECT row_id, batch_id FROM change_entry WHERE table_name LIKE 'plan_row%';
      DROP TABLE change_entry;
    `)
  }
}
