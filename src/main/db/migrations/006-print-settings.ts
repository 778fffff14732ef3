import type { Migration } from './types'

/**
 * What every printed page carries besides the report: the kop (letterhead) with its logo, the
 * signatories, and the paper a new report starts with. One settings row (id 1). Logos are kept
 * by content and never deleted, so the change log refers to a logo by id and an undo can put
 * the previous one back. Signatory ids are never reused (AUTOINCREMENT): a bookmarked report
 * address names its signatory by id.
 */
export const migration006: Migration = {
  version: 6,
  name: 'pengaturan cetak',
  up(db) {
    db.exec(`
      CREATE TABLE print_logo (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL CHECK (mime_type IN ('image/png', 'image/svg+xml')),
        bytes BLOB NOT NULL CHECK (length(bytes) BETWEEN 1 AND 1048576),
        width INTEGER,
        height INTEGER,
        sha256 TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;
      CREATE TABLE signatory (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        pangkat TEXT NOT NULL DEFAULT '' CHECK (length(pangkat) <= 120),
        nip TEXT NOT NULL CHECK (length(nip) = 18 AND nip NOT GLOB '*[^0-9]*')
      ) STRICT;
      CREATE TABLE print_setting (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        government TEXT NOT NULL,
        agency TEXT NOT NULL,
        address TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        logo_id INTEGER REFERENCES print_logo(id),
        default_paper TEXT NOT NULL CHECK (default_paper IN ('A4', 'F4', 'A3')),
        default_orientation TEXT NOT NULL CHECK (default_orientation IN ('landscape', 'portrait')),
        -- No cascade: a signatory is deleted only after it stops being the default (one logged step).
        default_signatory_id INTEGER REFERENCES signatory(id)
      ) STRICT;
      -- Address and contact are left for the analyst: the app does not guess an office's address.
      -- No signatory is seeded: a real name and NIP come from the office, never from the app.
      INSERT INTO print_setting (id, government, agency, default_paper, default_orientation)
        VALUES (1, 'PEMERINTAH KOTA TERNATE', 'BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH', 'F4', 'landscape');
    `)
  }
}
