import { seedLokasi, seedPerangkatDaerahBidang, seedReferenceLists } from '../seed/master-data'
import type { Migration } from './types'

// Master data: versioned SIPD nomenclature, perangkat daerah with bidang and history,
// lokasi, editable reference lists, per-row overrides of nomenclature text, and the
// change log that undo and the Riwayat panel are built on.
export const migration002: Migration = {
  version: 2,
  name: 'data induk: nomenklatur berversi, perangkat daerah, lokasi, daftar rujukan',
  up(db) {
    db.exec(`
      CREATE TABLE nomenklatur_version (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        source_file_name TEXT NOT NULL,
        source_sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        bidang_count INTEGER NOT NULL,
        program_count INTEGER NOT NULL,
        kegiatan_count INTEGER NOT NULL,
        sub_kegiatan_count INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE nomenklatur_item (
        version_id INTEGER NOT NULL REFERENCES nomenklatur_version(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('bidang', 'program', 'kegiatan', 'sub_kegiatan')),
        name TEXT NOT NULL,
        parent_code TEXT,
        PRIMARY KEY (version_id, code)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX nomenklatur_item_level ON nomenklatur_item(version_id, level, code);

      CREATE TABLE nomenklatur_sub_kegiatan (
        version_id INTEGER NOT NULL,
        code TEXT NOT NULL,
        kinerja TEXT NOT NULL,
        indikator TEXT NOT NULL,
        satuan TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        spm INTEGER NOT NULL CHECK (spm IN (0, 1)),
        jenis TEXT NOT NULL,
        definisi_operasional TEXT NOT NULL,
        pelaksana TEXT NOT NULL,
        previous_code TEXT,
        previous_name TEXT,
        PRIMARY KEY (version_id, code),
        FOREIGN KEY (version_id, code) REFERENCES nomenklatur_item(version_id, code) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX nomenklatur_previous ON nomenklatur_sub_kegiatan(version_id, previous_code);

      ALTER TABLE rpjmd_period ADD COLUMN nomenklatur_version_id INTEGER REFERENCES nomenklatur_version(id);

      -- Restructuring: the old PD gets valid_to and a successor; its rows keep pointing at it.
      ALTER TABLE perangkat_daerah ADD COLUMN successor_id INTEGER REFERENCES perangkat_daerah(id);
      -- 1 while the row is still the shipped starting list, unchecked by an analyst.
      ALTER TABLE perangkat_daerah ADD COLUMN from_starting_list INTEGER NOT NULL DEFAULT 0;
      UPDATE perangkat_daerah SET from_starting_list = 1;
      CREATE TABLE perangkat_daerah_bidang (
        perangkat_daerah_id INTEGER NOT NULL REFERENCES perangkat_daerah(id) ON DELETE CASCADE,
        bidang_code TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (perangkat_daerah_id, bidang_code)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE lokasi (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('kota', 'kecamatan', 'kelurahan', 'kelompok')),
        parent_code TEXT
      ) STRICT;
      CREATE TABLE lokasi_kelompok_anggota (
        kelompok_id INTEGER NOT NULL REFERENCES lokasi(id) ON DELETE CASCADE,
        anggota_id INTEGER NOT NULL REFERENCES lokasi(id) ON DELETE CASCADE,
        PRIMARY KEY (kelompok_id, anggota_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE reference_item (
        id INTEGER PRIMARY KEY,
        list TEXT NOT NULL CHECK (list IN ('sumber_dana', 'prioritas_nasional', 'prioritas_daerah', 'tag')),
        code TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        UNIQUE (list, name)
      ) STRICT;

      -- Text taken from the nomenclature unless the analyst overrides it on the row.
      ALTER TABLE plan_row ADD COLUMN name_override TEXT;
      ALTER TABLE plan_row ADD COLUMN indikator_override TEXT;
      ALTER TABLE plan_row ADD COLUMN satuan_override TEXT;
      -- Names typed in the foundation version were the analyst's own.
      UPDATE plan_row SET name_override = name;

      CREATE TABLE change_batch (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        os_user TEXT NOT NULL,
        kind TEXT NOT NULL,
        description TEXT NOT NULL,
        undone_at TEXT
      ) STRICT;
      CREATE TABLE change_entry (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES change_batch(id) ON DELETE CASCADE,
        table_name TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        field TEXT NOT NULL,
        old_value ANY,
        new_value ANY
      ) STRICT;
      CREATE INDEX change_entry_row ON change_entry(table_name, row_id);
    `)
    seedLokasi(db)
    seedReferenceLists(db)
    seedPerangkatDaerahBidang(db)
  }
}
