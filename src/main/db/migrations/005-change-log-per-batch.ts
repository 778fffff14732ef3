import type { Migration } from './types'

/**
 * The change log keeps each step's entries together in its batch, as one JSON array of
 * [table, row id, field, old value, new value] (stored as JSONB), and per (plan row, batch)
 * the positions of that row's entries in it, for the row's Riwayat: one log row per cell meant
 * three b-tree inserts per cell of a paste.
 */
export const migration005: Migration = {
  version: 5,
  name: 'riwayat per langkah',
  up(db) {
    db.exec(`
      -- JSON text or SQLite's binary JSONB (new batches): a row's entries are then found by position without parsing the whole body.
      ALTER TABLE change_batch ADD COLUMN entries ANY NOT NULL DEFAULT '[]';
      CREATE TABLE change_row (
        row_id INTEGER NOT NULL,
        batch_id INTEGER NOT NULL REFERENCES change_batch(id) ON DELETE CASCADE,
        positions TEXT NOT NULL,
        PRIMARY KEY (row_id, batch_id)
      ) WITHOUT ROWID, STRICT;
      -- A dropped batch takes its index rows along (a new batch may get its id).
      CREATE INDEX change_row_batch ON change_row(batch_id);
      UPDATE change_batch SET entries = (
        SELECT jsonb_group_array(json_array(table_name, row_id, field, old_value, new_value))
        FROM (SELECT * FROM change_entry e WHERE e.batch_id = change_batch.id ORDER BY e.id)
      ) WHERE EXISTS (SELECT 1 FROM change_entry e WHERE e.batch_id = change_batch.id);
      INSERT INTO change_row (row_id, batch_id, positions)
        SELECT row_id, batch_id, json_group_array(position) FROM (
          SELECT row_id, batch_id, table_name, ROW_NUMBER() OVER (PARTITION BY batch_id ORDER BY id) - 1 AS position
          FROM change_entry ORDER BY batch_id, id
        ) WHERE table_name LIKE 'plan_row%' GROUP BY row_id, batch_id;
      DROP TABLE change_entry;
    `)
  }
}
