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
