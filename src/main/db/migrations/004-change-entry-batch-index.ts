import type { Migration } from './types'

// Undo, redo and the deletion of a batch read a batch's entries by batch_id; without an
// index each of them scanned the whole change log, which grows by 5.000 rows per large paste.
export const migration004: Migration = {
  version: 4,
  name: 'indeks entri riwayat per langkah',
  up(db) {
    db.exec('CREATE INDEX change_entry_batch ON change_entry(batch_id, id);')
  }
}
