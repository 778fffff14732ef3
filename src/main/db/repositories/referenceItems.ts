import type Database from 'better-sqlite3'
import type { ReferenceItem, ReferenceList } from '../../../shared/master'

type Db = Database.Database
const SELECT = 'SELECT id, list, code, name, position, active FROM reference_item'
type Row = Omit<ReferenceItem, 'active'> & { active: number }
const toItem = (row: Row): ReferenceItem => ({ ...row, active: row.active === 1 })

export function listReferenceItems(db: Db, list: ReferenceList): ReferenceItem[] {
  return (db.prepare(`${SELECT} WHERE list = ? ORDER BY position, id`).all(list) as Row[]).map(toItem)
}

export function findReferenceItem(db: Db, id: number): ReferenceItem | undefined {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as Row | undefined
  return row && toItem(row)
}

export function findReferenceItemByName(db: Db, list: ReferenceList, name: string): { id: number } | undefined {
  return db.prepare('SELECT id FROM reference_item WHERE list = ? AND name = ? COLLATE NOCASE').get(list, name) as { id: number } | undefined
}

export function insertReferenceItem(db: Db, list: ReferenceList, code: string, name: string): number {
  const next = db.prepare('SELECT COALESCE(MAX(position), 0) + 1 AS next FROM reference_item WHERE list = ?').get(list) as { next: number }
  return Number(db.prepare('INSERT INTO reference_item (list, code, name, position) VALUES (?, ?, ?, ?)').run(list, code, name, next.next).lastInsertRowid)
}

export function updateReferenceItemRow(db: Db, id: number, code: string, name: string, active: boolean): void {
  db.prepare('UPDATE reference_item SET code = ?, name = ?, active = ? WHERE id = ?').run(code, name, active ? 1 : 0, id)
}
