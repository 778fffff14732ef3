import type Database from 'better-sqlite3'
import type { PerangkatDaerah } from '../../../shared/domain'

export function listPerangkatDaerah(db: Database.Database): PerangkatDaerah[] {
  return db
    .prepare('SELECT id, code, name, short_name AS shortName FROM perangkat_daerah ORDER BY id')
    .all() as PerangkatDaerah[]
}

export function findPerangkatDaerah(db: Database.Database, id: number): PerangkatDaerah | undefined {
  return db
    .prepare('SELECT id, code, name, short_name AS shortName FROM perangkat_daerah WHERE id = ?')
    .get(id) as PerangkatDaerah | undefined
}
