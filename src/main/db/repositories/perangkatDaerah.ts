import type Database from 'better-sqlite3'
import type { PerangkatDaerah } from '../../../shared/domain'

type Db = Database.Database

export type PerangkatDaerahFields = Omit<PerangkatDaerah, 'id' | 'fromStartingList'>

const SELECT = `SELECT p.id, p.code, p.name, p.short_name AS shortName, p.valid_from AS validFrom, p.valid_to AS validTo,
  p.successor_id AS successorId, p.from_starting_list AS fromStartingList,
  (SELECT json_group_array(bidang_code) FROM (SELECT bidang_code FROM perangkat_daerah_bidang b
     WHERE b.perangkat_daerah_id = p.id ORDER BY b.position)) AS bidang
  FROM perangkat_daerah p`

type Row = Omit<PerangkatDaerah, 'bidang' | 'fromStartingList'> & { bidang: string; fromStartingList: number }

const toPerangkatDaerah = (row: Row): PerangkatDaerah => ({
  ...row,
  bidang: JSON.parse(row.bidang) as string[],
  fromStartingList: row.fromStartingList === 1
})

export function listPerangkatDaerah(db: Db): PerangkatDaerah[] {
  return (db.prepare(`${SELECT} ORDER BY p.id`).all() as Row[]).map(toPerangkatDaerah)
}

export function findPerangkatDaerah(db: Db, id: number): PerangkatDaerah | undefined {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as Row | undefined
  return row && toPerangkatDaerah(row)
}

export function findPerangkatDaerahByCode(db: Db, code: string): { id: number } | undefined {
  return db.prepare('SELECT id FROM perangkat_daerah WHERE code = ?').get(code) as { id: number } | undefined
}

function writeBidang(db: Db, id: number, bidang: string[]): void {
  db.prepare('DELETE FROM perangkat_daerah_bidang WHERE perangkat_daerah_id = ?').run(id)
  const insert = db.prepare('INSERT INTO perangkat_daerah_bidang (perangkat_daerah_id, bidang_code, position) VALUES (?, ?, ?)')
  bidang.forEach((code, index) => insert.run(id, code, index + 1))
}

export function insertPerangkatDaerah(db: Db, fields: PerangkatDaerahFields): number {
  const id = Number(
    db
      .prepare('INSERT INTO perangkat_daerah (code, name, short_name, valid_from, valid_to, successor_id) VALUES (?, ?, ?, ?, ?, ?)')
      .run(fields.code, fields.name, fields.shortName, fields.validFrom, fields.validTo, fields.successorId).lastInsertRowid
  )
  writeBidang(db, id, fields.bidang)
  return id
}

/** An analyst's save also marks a starting-list row as checked. */
export function updatePerangkatDaerahRow(db: Db, id: number, fields: PerangkatDaerahFields): void {
  db.prepare(
    `UPDATE perangkat_daerah SET code = ?, name = ?, short_name = ?, valid_from = ?, valid_to = ?, successor_id = ?,
     from_starting_list = 0 WHERE id = ?`
  ).run(fields.code, fields.name, fields.shortName, fields.validFrom, fields.validTo, fields.successorId, id)
  writeBidang(db, id, fields.bidang)
}
