import type Database from 'better-sqlite3'
import { seedPerangkatDaerahBidang } from './master-data'
import { STARTING_PERANGKAT_DAERAH } from './perangkat-daerah'
import { RPJMD_2021_2026, type SeedRpjmd } from './rpjmd-2021-2026'

export const ACTIVE_PERIOD_SETTING = 'active_rpjmd_period_id'

/** Writes a seed RPJMD (period, visi, misi, tujuan, sasaran); the caller runs it inside the migration transaction. */
export function seedRpjmd(db: Database.Database, rpjmd: SeedRpjmd = RPJMD_2021_2026): number {
  const period = db
    .prepare('INSERT INTO rpjmd_period (name, first_year, last_year, visi, motto) VALUES (?, ?, ?, ?, ?)')
    .run(rpjmd.name, rpjmd.firstYear, rpjmd.lastYear, rpjmd.visi, rpjmd.motto)
  const periodId = Number(period.lastInsertRowid)
  const insertMisi = db.prepare('INSERT INTO misi (rpjmd_period_id, number, title) VALUES (?, ?, ?)')
  const insertTujuan = db.prepare('INSERT INTO tujuan (misi_id, number, text) VALUES (?, ?, ?)')
  const insertSasaran = db.prepare('INSERT INTO sasaran (misi_id, number, text) VALUES (?, ?, ?)')
  rpjmd.misi.forEach((misi, misiIndex) => {
    const misiId = Number(insertMisi.run(periodId, misiIndex + 1, misi.title).lastInsertRowid)
    misi.tujuan.forEach((text, index) => insertTujuan.run(misiId, index + 1, text))
    misi.sasaran.forEach((text, index) => insertSasaran.run(misiId, index + 1, text))
  })
  db.prepare('INSERT OR REPLACE INTO app_setting (key, value) VALUES (?, ?)').run(ACTIVE_PERIOD_SETTING, String(periodId))
  return periodId
}

export function seedPerangkatDaerah(db: Database.Database): void {
  const insert = db.prepare('INSERT INTO perangkat_daerah (name, short_name, from_starting_list) VALUES (?, ?, 1)')
  for (const pd of STARTING_PERANGKAT_DAERAH) insert.run(pd.name, pd.shortName)
  seedPerangkatDaerahBidang(db)
}
