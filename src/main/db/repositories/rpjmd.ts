import type Database from 'better-sqlite3'
import type { Misi, RpjmdView, RpjmdPeriod, Sasaran, Tujuan } from '../../../shared/domain'
import { ACTIVE_PERIOD_SETTING } from '../seed'

type Db = Database.Database

interface SasaranRow {
  id: number
  misi_id: number
  tujuan_id: number | null
  number: number
  text: string
  misi_number: number
}

function toSasaran(row: SasaranRow): Sasaran {
  return {
    id: row.id,
    misiId: row.misi_id,
    tujuanId: row.tujuan_id,
    number: row.number,
    text: row.text,
    label: `${row.misi_number}.${row.number}`
  }
}

const SASARAN_SELECT = `
  SELECT s.id, s.misi_id, s.tujuan_id, s.number, s.text, m.number AS misi_number
  FROM sasaran s JOIN misi m ON m.id = s.misi_id`

export function getActivePeriod(db: Db): RpjmdPeriod {
  const row = db
    .prepare(
      `SELECT p.id, p.name, p.first_year AS firstYear, p.last_year AS lastYear, p.visi, p.motto
       FROM rpjmd_period p
       WHERE p.id = (SELECT CAST(value AS INTEGER) FROM app_setting WHERE key = ?)`
    )
    .get(ACTIVE_PERIOD_SETTING) as RpjmdPeriod | undefined
  if (!row) throw new Error('no active RPJMD period')
  return row
}

export function targetYears(period: RpjmdPeriod): number[] {
  const years: number[] = []
  for (let year = period.firstYear + 1; year <= period.lastYear; year++) years.push(year)
  return years
}

export function getRpjmdView(db: Db): RpjmdView {
  const period = getActivePeriod(db)
  const misiRows = db.prepare('SELECT id, number, title FROM misi WHERE rpjmd_period_id = ? ORDER BY number').all(period.id) as Array<{
    id: number
    number: number
    title: string
  }>
  const tujuanRows = db
    .prepare(
      `SELECT t.id, t.misi_id AS misiId, t.number, t.text FROM tujuan t JOIN misi m ON m.id = t.misi_id
       WHERE m.rpjmd_period_id = ? ORDER BY t.misi_id, t.number`
    )
    .all(period.id) as Tujuan[]
  const sasaranRows = db.prepare(`${SASARAN_SELECT} WHERE m.rpjmd_period_id = ? ORDER BY m.number, s.number`).all(period.id) as SasaranRow[]
  const misi: Misi[] = misiRows.map((row) => ({
    ...row,
    tujuan: tujuanRows.filter((t) => t.misiId === row.id),
    sasaran: sasaranRows.filter((s) => s.misi_id === row.id).map(toSasaran)
  }))
  return { period, targetYears: targetYears(period), misi }
}

export function findSasaran(db: Db, sasaranId: number): Sasaran | undefined {
  const row = db.prepare(`${SASARAN_SELECT} WHERE s.id = ?`).get(sasaranId) as SasaranRow | undefined
  return row && toSasaran(row)
}

export function findTujuan(db: Db, tujuanId: number): Tujuan | undefined {
  return db.prepare('SELECT id, misi_id AS misiId, number, text FROM tujuan WHERE id = ?').get(tujuanId) as Tujuan | undefined
}

export function setSasaranTujuan(db: Db, sasaranId: number, tujuanId: number | null): void {
  db.prepare('UPDATE sasaran SET tujuan_id = ? WHERE id = ?').run(tujuanId, sasaranId)
}
