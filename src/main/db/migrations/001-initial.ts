import type { Migration } from './types'

// The foundation schema. Plan rows carry a level and a parent so kegiatan and sub
// kegiatan (next issue) are more rows of the same table, and pagu sits in its own
// table per year so any level can hold it.
export const migration001: Migration = {
  version: 1,
  name: 'rencana dasar: RPJMD, perangkat daerah, program dan pagu',
  up(db) {
    db.exec(`
      CREATE TABLE rpjmd_period (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        first_year INTEGER NOT NULL,
        last_year INTEGER NOT NULL,
        visi TEXT NOT NULL,
        motto TEXT NOT NULL DEFAULT '',
        CHECK (last_year > first_year)
      ) STRICT;

      CREATE TABLE misi (
        id INTEGER PRIMARY KEY,
        rpjmd_period_id INTEGER NOT NULL REFERENCES rpjmd_period(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number > 0),
        title TEXT NOT NULL,
        UNIQUE (rpjmd_period_id, number)
      ) STRICT;

      CREATE TABLE tujuan (
        id INTEGER PRIMARY KEY,
        misi_id INTEGER NOT NULL REFERENCES misi(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number > 0),
        text TEXT NOT NULL,
        UNIQUE (misi_id, number)
      ) STRICT;

      CREATE TABLE sasaran (
        id INTEGER PRIMARY KEY,
        misi_id INTEGER NOT NULL REFERENCES misi(id) ON DELETE CASCADE,
        tujuan_id INTEGER REFERENCES tujuan(id) ON DELETE SET NULL,
        number INTEGER NOT NULL CHECK (number > 0),
        text TEXT NOT NULL,
        UNIQUE (misi_id, number)
      ) STRICT;
      CREATE INDEX sasaran_tujuan ON sasaran(tujuan_id);

      -- A sasaran may only serve a tujuan of its own misi.
      CREATE TRIGGER sasaran_tujuan_same_misi_insert BEFORE INSERT ON sasaran
      WHEN NEW.tujuan_id IS NOT NULL
        AND (SELECT misi_id FROM tujuan WHERE id = NEW.tujuan_id) IS NOT NEW.misi_id
      BEGIN SELECT RAISE(ABORT, 'tujuan belongs to another misi'); END;
      CREATE TRIGGER sasaran_tujuan_same_misi_update BEFORE UPDATE OF tujuan_id, misi_id ON sasaran
      WHEN NEW.tujuan_id IS NOT NULL
        AND (SELECT misi_id FROM tujuan WHERE id = NEW.tujuan_id) IS NOT NEW.misi_id
      BEGIN SELECT RAISE(ABORT, 'tujuan belongs to another misi'); END;

      -- Indicators measure a tujuan or a sasaran (program outcome indicators come later).
      CREATE TABLE indikator (
        id INTEGER PRIMARY KEY,
        tujuan_id INTEGER REFERENCES tujuan(id) ON DELETE CASCADE,
        sasaran_id INTEGER REFERENCES sasaran(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        name TEXT NOT NULL,
        satuan TEXT NOT NULL DEFAULT '',
        CHECK ((tujuan_id IS NULL) + (sasaran_id IS NULL) = 1)
      ) STRICT;
      CREATE INDEX indikator_sasaran ON indikator(sasaran_id);
      CREATE INDEX indikator_tujuan ON indikator(tujuan_id);

      -- Year 0 (the period's first year) holds the baseline; later years the targets.
      -- A value is a number or a qualitative text such as 'WTP'.
      CREATE TABLE indikator_value (
        indikator_id INTEGER NOT NULL REFERENCES indikator(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        value_number REAL,
        value_text TEXT,
        PRIMARY KEY (indikator_id, year),
        CHECK ((value_number IS NULL) + (value_text IS NULL) = 1)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE perangkat_daerah (
        id INTEGER PRIMARY KEY,
        code TEXT UNIQUE,
        name TEXT NOT NULL,
        short_name TEXT NOT NULL DEFAULT '',
        valid_from INTEGER,
        valid_to INTEGER,
        CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
      ) STRICT;

      CREATE TABLE plan_row (
        id INTEGER PRIMARY KEY,
        rpjmd_period_id INTEGER NOT NULL REFERENCES rpjmd_period(id) ON DELETE CASCADE,
        perangkat_daerah_id INTEGER NOT NULL REFERENCES perangkat_daerah(id),
        level TEXT NOT NULL CHECK (level IN ('program', 'kegiatan', 'sub_kegiatan')),
        parent_id INTEGER REFERENCES plan_row(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        CHECK ((level = 'program') = (parent_id IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX plan_row_unique_code
        ON plan_row(rpjmd_period_id, perangkat_daerah_id, level, code);
      CREATE INDEX plan_row_parent ON plan_row(parent_id);

      CREATE TABLE plan_row_pagu (
        plan_row_id INTEGER NOT NULL REFERENCES plan_row(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        amount INTEGER NOT NULL CHECK (amount >= 0),
        PRIMARY KEY (plan_row_id, year)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE plan_row_sasaran (
        plan_row_id INTEGER NOT NULL REFERENCES plan_row(id) ON DELETE CASCADE,
        sasaran_id INTEGER NOT NULL REFERENCES sasaran(id) ON DELETE CASCADE,
        PRIMARY KEY (plan_row_id, sasaran_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX plan_row_sasaran_by_sasaran ON plan_row_sasaran(sasaran_id);

      CREATE TABLE app_setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `)
  }
}
