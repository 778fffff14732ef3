import type { Migration } from './types'

// Indicator targets per plan row and year (tolok ukur), lokasi and sumber dana per row,
// and an index for walking the change log backwards (undo, redo, Riwayat).
export const migration003: Migration = {
  version: 3,
  name: 'target indikator per baris, lokasi dan sumber dana baris, indeks riwayat',
  up(db) {
    db.exec(`
      CREATE TABLE plan_row_target (
        plan_row_id INTEGER NOT NULL REFERENCES plan_row(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        value_number REAL,
        value_text TEXT,
        PRIMARY KEY (plan_row_id, year),
        CHECK ((value_number IS NULL) + (value_text IS NULL) = 1)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE plan_row_lokasi (
        plan_row_id INTEGER NOT NULL REFERENCES plan_row(id) ON DELETE CASCADE,
        lokasi_id INTEGER NOT NULL REFERENCES lokasi(id),
        PRIMARY KEY (plan_row_id, lokasi_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE plan_row_sumber_dana (
        plan_row_id INTEGER NOT NULL REFERENCES plan_row(id) ON DELETE CASCADE,
        reference_item_id INTEGER NOT NULL REFERENCES reference_item(id),
        PRIMARY KEY (plan_row_id, reference_item_id)
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX change_batch_undone ON change_batch(undone_at, id);
    `)
  }
}
