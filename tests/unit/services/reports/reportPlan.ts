// A plan that exercises the reports: nesting, a program under two sasaran of one misi, one
// under two misi, one served only through a sub kegiatan link, one linked to nothing.
import type { PlanRow } from '../../../../src/shared/domain'
import type { TempDb } from '../../../support/tempDb'

export function sasaranByLabel(temp: TempDb, label: string) {
  const sasaran = temp.handlers
    .getRpjmd({})
    .misi.flatMap((misi) => misi.sasaran)
    .find((candidate) => candidate.label === label)
  if (!sasaran) throw new Error(`no sasaran ${label}`)
  return sasaran
}

export function reportPlan(temp: TempDb) {
  const { handlers } = temp
  const link = (row: PlanRow, label: string) => handlers.linkSasaran({ planRowId: row.id, sasaranId: sasaranByLabel(temp, label).id })
  const misi3 = handlers.getRpjmd({}).misi[2]
  handlers.attachSasaranToTujuan({ sasaranId: sasaranByLabel(temp, '3.2').id, tujuanId: misi3.tujuan[0].id })

  // A: linked itself to 3.2 (attached to tujuan 3.1); pagu on two sub kegiatan.
  const a = handlers.createPlanRow({ level: 'program', perangkatDaerahId: 3, code: '1.01.02', name: 'Program A' }).row
  const aKegiatan = handlers.createPlanRow({ level: 'kegiatan', parentId: a.id, code: '1.01.02.2.01' }).row
  handlers.createPlanRow({ level: 'sub_kegiatan', parentId: aKegiatan.id, code: '1.01.02.2.01.0001', pagu: { '2023': 1_000, '2024': 2_000 } })
  handlers.createPlanRow({ level: 'sub_kegiatan', parentId: aKegiatan.id, code: '1.01.02.2.01.0002', pagu: { '2023': 500 } })
  link(a, '3.2')
  // B: two sasaran of misi 3 (neither attached to a tujuan).
  const b = handlers.createPlanRow({ level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: 'Program B', pagu: { '2022': 300, '2026': 70 } }).row
  link(b, '3.4')
  link(b, '3.1')
  // C: two misi.
  const c = handlers.createPlanRow({ level: 'program', perangkatDaerahId: 1, code: '2.08.02', name: 'Program C', pagu: { '2023': 4_000 } }).row
  link(c, '6.1')
  link(c, '7.5')
  // D: served only through one of its sub kegiatan; the other is linked to nothing.
  const d = handlers.createPlanRow({ level: 'program', perangkatDaerahId: 8, code: '1.05.03', name: 'Program D' }).row
  const dKegiatan = handlers.createPlanRow({ level: 'kegiatan', parentId: d.id, code: '1.05.03.2.01' }).row
  const dLinked = handlers.createPlanRow({ level: 'sub_kegiatan', parentId: dKegiatan.id, code: '1.05.03.2.01.0001', pagu: { '2023': 60 } }).row
  handlers.createPlanRow({ level: 'sub_kegiatan', parentId: dKegiatan.id, code: '1.05.03.2.01.0002', pagu: { '2023': 7, '2025': 8 } })
  link(dLinked, '3.2')
  // E: linked to nothing.
  const e = handlers.createPlanRow({ level: 'program', perangkatDaerahId: 1, code: '4.01.01', name: 'Program E', pagu: { '2024': 9 } }).row
  const rows = handlers.listPlanRows({})
  const program = (row: PlanRow) => rows.find((candidate) => candidate.id === row.id) as PlanRow
  return { a: program(a), b: program(b), c: program(c), d: program(d), e: program(e) }
}

/** Pagu per year of the rows that serve one of `sasaranIds` (own link or a link above), the slow obvious way. */
export function servingPagu(rows: PlanRow[], sasaranIds: number[], year: number, within?: (row: PlanRow) => boolean): number {
  const byId = new Map(rows.map((row) => [row.id, row]))
  let sum = 0
  for (const row of rows) {
    if (within && !within(row)) continue
    let serves = false
    for (let current: PlanRow | undefined = row; current; current = current.parentId === null ? undefined : byId.get(current.parentId)) {
      if (current.sasaranIds.some((id) => sasaranIds.includes(id))) serves = true
    }
    if (serves) sum += row.pagu[year] ?? 0
  }
  return sum
}

export const TEN_TRILLION = 10_000_000_000_000

/** One program linked to sasaran 1.1 with `subCount` sub kegiatan of Rp 10^13 in every year (written directly: a quick setup). */
export function bigPaguPlan(temp: TempDb, subCount: number, years: number[]): void {
  const program = temp.handlers.createPlanRow({ level: 'program', perangkatDaerahId: 1, code: '4.01.01', name: 'Program besar' }).row
  const kegiatan = temp.handlers.createPlanRow({ level: 'kegiatan', parentId: program.id, code: '4.01.01.2.01' }).row
  const insert = temp.db.prepare(
    "INSERT INTO plan_row (rpjmd_period_id, perangkat_daerah_id, level, parent_id, code, name) VALUES (1, 1, 'sub_kegiatan', ?, ?, 'Sub kegiatan')"
  )
  const pagu = temp.db.prepare('INSERT INTO plan_row_pagu (plan_row_id, year, amount) VALUES (?, ?, ?)')
  temp.db.transaction(() => {
    for (let n = 1; n <= subCount; n++) {
      const id = insert.run(kegiatan.id, `4.01.01.2.01.${String(n).padStart(4, '0')}`).lastInsertRowid
      for (const year of years) pagu.run(id, year, TEN_TRILLION)
    }
  })()
  temp.handlers.linkSasaran({ planRowId: program.id, sasaranId: sasaranByLabel(temp, '1.1').id })
}
