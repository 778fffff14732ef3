/**
 * Builds a demo plan (program > kegiatan > sub kegiatan per perangkat daerah, pagu per
 * year on sub kegiatan, links to RPJMD sasaran) from nomenclature codes. Pure: the same
 * input and the same seeded PRNG give the same plan; nothing here touches the database.
 *
 * Scale 1 is Kota Ternate's size: the given PD (about 40), 250 program rows, 700 kegiatan
 * and 2,500 sub kegiatan, with pagu summing to about Rp 1,1 triliun a year. Scale N asks
 * for N times the rows over the same PD, repeating the real code tree across PD (codes are
 * unique per PD, level and code only); the yearly total stays the same.
 *
 * The steps live in their own modules: tree (usable codes), shape (which rows, which codes),
 * links (sasaran), pagu (amounts). They share one PRNG, so the order of the calls below is
 * part of what a seed means: reordering them changes every plan.
 */
import { distributePagu } from './pagu'
import { linkSasaran } from './links'
import { pickKegiatan, pickPrograms, pickSubKegiatan } from './shape'
import { buildTree, byCode, isBidangCode } from './tree'
import type { DemoCounts, DemoPlan, DemoRow, GenerateInput } from './types'

export type { DemoCounts, DemoPerangkatDaerah, DemoPlan, DemoRow, DemoSasaran, GenerateInput } from './types'
export { PENUNJANG_TEMPLATE } from './shape'

export const BASE_COUNTS = { program: 250, kegiatan: 700, subKegiatan: 2500 } as const
export const MAX_SCALE = 20

export function generateDemoPlan(input: GenerateInput): DemoPlan {
  const { rng, scale } = input
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE) throw new RangeError(`scale must be an integer 1..${MAX_SCALE}`)
  const notes: string[] = []
  const targets = {
    program: BASE_COUNTS.program * scale,
    kegiatan: BASE_COUNTS.kegiatan * scale,
    subKegiatan: BASE_COUNTS.subKegiatan * scale
  }
  const tree = buildTree(input.entries)
  const pds = input.perangkatDaerah.filter((pd) => pd.bidang.some(isBidangCode))
  const left = input.perangkatDaerah.length - pds.length
  if (left > 0) notes.push(`${left} perangkat daerah tanpa bidang urusan tidak diberi program.`)

  const picks = pickPrograms(tree, pds, targets.program, rng)
  pickKegiatan(picks, targets.kegiatan, rng)
  pickSubKegiatan(picks, targets.subKegiatan, rng)
  if (input.sasaran.length === 0) notes.push('RPJMD belum punya sasaran: program tidak ditautkan.')
  const linkCounts = linkSasaran(picks, input.sasaran, rng)
  const years = [...input.years]
  distributePagu(picks, years, rng, input.firstYearTotal)

  // Rows in tree order: PD, program code, kegiatan code, sub kegiatan code.
  const rows: DemoRow[] = []
  const totals = years.map(() => 0)
  let links = 0
  for (const pd of pds) {
    for (const program of picks.filter((p) => p.pd === pd).sort(byCode)) {
      const programIndex = rows.length
      rows.push({
        level: 'program',
        parent: null,
        perangkatDaerahId: pd.id,
        code: program.code,
        name: program.node.name,
        pagu: null,
        sasaranIds: program.sasaranIds
      })
      links += program.sasaranIds.length
      for (const kegiatan of program.kegiatan.sort(byCode)) {
        const kegiatanIndex = rows.length
        rows.push({
          level: 'kegiatan',
          parent: programIndex,
          perangkatDaerahId: pd.id,
          code: kegiatan.code,
          name: kegiatan.node.name,
          pagu: null,
          sasaranIds: kegiatan.sasaranIds
        })
        links += kegiatan.sasaranIds.length
        for (const sub of kegiatan.subs.sort(byCode)) {
          rows.push({
            level: 'sub_kegiatan',
            parent: kegiatanIndex,
            perangkatDaerahId: pd.id,
            code: sub.code,
            name: sub.node.name,
            pagu: sub.pagu,
            sasaranIds: []
          })
          sub.pagu.forEach((amount, i) => (totals[i] += amount ?? 0))
        }
      }
    }
  }

  const counts: DemoCounts = {
    perangkatDaerah: new Set(picks.map((p) => p.pd.id)).size,
    program: picks.length,
    kegiatan: picks.reduce((n, p) => n + p.kegiatan.length, 0),
    subKegiatan: picks.reduce((n, p) => n + p.kegiatan.reduce((m, k) => m + k.subs.length, 0), 0),
    links,
    ...linkCounts
  }
  const short = (
    [
      ['program', counts.program, targets.program],
      ['kegiatan', counts.kegiatan, targets.kegiatan],
      ['sub kegiatan', counts.subKegiatan, targets.subKegiatan]
    ] as const
  ).filter(([, got, want]) => got < want)
  if (short.length > 0) {
    notes.push(`Kode nomenklatur tidak cukup untuk skala ${scale}: ${short.map(([what, got, want]) => `${got} dari ${want} ${what}`).join(', ')}.`)
  }
  return { years, rows, counts, targets, totals, notes }
}
