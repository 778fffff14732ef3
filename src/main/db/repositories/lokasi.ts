import type Database from 'better-sqlite3'
import type { Lokasi } from '../../../shared/master'

export function listLokasi(db: Database.Database): Lokasi[] {
  const rows = db
    .prepare(
      `SELECT l.id, l.code, l.name, l.level, l.parent_code AS parentCode,
         (SELECT json_group_array(anggota_id) FROM lokasi_kelompok_anggota WHERE kelompok_id = l.id) AS members
       FROM lokasi l ORDER BY CASE l.level WHEN 'kota' THEN 0 WHEN 'kelompok' THEN 1 ELSE 2 END, l.code`
    )
    .all() as Array<Omit<Lokasi, 'memberIds'> & { members: string }>
  return rows.map(({ members, ...row }) => ({ ...row, memberIds: JSON.parse(members) as number[] }))
}
