/**
 * Builds a demo plan (program > kegiatan > sub kegiatan per perangkat daerah, pagu per
 * year on sub kegiatan, links to RPJMD sasaran) from nomenclature codes. Pure: the same
 * input and the same seeded PRNG give the same plan; nothing here touches the database.
 *
 * Scale 1 is Kota Ternate's size: the given PD (about 40), 250 program rows, 700 kegiatan
 * and 2,500 sub kegiatan, with pagu summing to about Rp 1,1 triliun a year. Each PD runs
 * the program penunjang under its first bidang (X.XX.01 -> <bidang>.01) and programs of
 * its own bidang. Scale N asks for N times the rows over the same PD; once a PD's own
 * bidang run out it takes programs of the other bidang of the plan (the real code tree
 * repeated across PD: codes are unique per PD, level and code only). The yearly total stays
 * about Rp 1,1 triliun at every scale, so per-row amounts shrink as the rows grow.
 */
import type { PlanLevel } from '../../src/shared/domain'
import type { DemoEntry } from './nomenklatur'
import type { Rng } from './random'

export const BASE_COUNTS = { program: 250, kegiatan: 700, subKegiatan: 2500 } as const
export const PENUNJANG_TEMPLATE = 'X.XX.01'
export const MAX_SCALE = 20

export interface DemoPerangkatDaerah {
  id: number
  name: string
  /** Bidang urusan codes (U.BB), first one first. */
  bidang: readonly string[]
}

export interface DemoSasaran {
  id: number
  misiNumber: number
  number: number
}

export interface GenerateInput {
  entries: readonly DemoEntry[]
  perangkatDaerah: readonly DemoPerangkatDaerah[]
  sasaran: readonly DemoSasaran[]
  /** The pagu years, e.g. 2022-2026. */
  years: readonly number[]
  scale: number
  rng: Rng
  /** Total pagu of the first year; by default drawn between Rp 1,04 and 1,07 triliun. */
  firstYearTotal?: number
}

export interface DemoRow {
  level: PlanLevel
  /** Index in `rows` of the parent row; null for a program. Parents come before children. */
  parent: number | null
  perangkatDaerahId: number
  code: string
  /** The nomenclature name (the row's name_override stays empty). */
  name: string
  /** Whole Rupiah per entry of `years`, null where the row has no pagu that year; null above sub kegiatan. */
  pagu: Array<number | null> | null
  sasaranIds: number[]
}

export interface DemoCounts {
  perangkatDaerah: number
  program: number
  kegiatan: number
  subKegiatan: number
  /** Rows of plan_row_sasaran. */
  links: number
  unlinkedPrograms: number
  twoMisiPrograms: number
  programsLinkedThroughKegiatan: number
}

export interface DemoPlan {
  years: number[]
  rows: DemoRow[]
  counts: DemoCounts
  targets: { program: number; kegiatan: number; subKegiatan: number }
  /** Sum of pagu per entry of `years`. */
  totals: number[]
  /** Indonesian notes: targets that could not be reached, PD left out. */
  notes: string[]
}

// ---------------------------------------------------------------------------------------
// The nomenclature as a tree of kabupaten/kota codes.

interface SubNode {
  code: string
  name: string
}
interface KegiatanNode {
  code: string
  name: string
  subs: SubNode[]
}
interface ProgramNode {
  code: string
  name: string
  bidang: string
  kegiatan: KegiatanNode[]
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

/** Programs with their kegiatan of level 2 (kabupaten/kota) that have sub kegiatan. */
function buildTree(entries: readonly DemoEntry[]): ProgramNode[] {
  const subs = new Map<string, SubNode[]>()
  for (const entry of entries) {
    if (entry.level !== 'sub_kegiatan') continue
    const parent = entry.code.split('.').slice(0, 5).join('.')
    subs.set(parent, [...(subs.get(parent) ?? []), { code: entry.code, name: entry.name }])
  }
  const kegiatan = new Map<string, KegiatanNode[]>()
  for (const entry of entries) {
    const parts = entry.code.split('.')
    if (entry.level !== 'kegiatan' || parts[3] !== '2' || !subs.has(entry.code)) continue
    const parent = parts.slice(0, 3).join('.')
    const node = { code: entry.code, name: entry.name, subs: subs.get(entry.code)!.sort(byCode) }
    kegiatan.set(parent, [...(kegiatan.get(parent) ?? []), node])
  }
  return entries
    .filter((entry) => entry.level === 'program' && kegiatan.has(entry.code))
    .map((entry) => ({ code: entry.code, name: entry.name, bidang: entry.code.slice(0, 4), kegiatan: kegiatan.get(entry.code)!.sort(byCode) }))
    .sort(byCode)
}

// ---------------------------------------------------------------------------------------
// Penunjang: which kegiatan of X.XX.01 every PD runs, and which only some PD.

/** Every PD's secretariat runs these (planning, finance incl. salaries, staff, general, services, upkeep). */
const PENUNJANG_CORE = new Set(['2.01', '2.02', '2.05', '2.06', '2.08', '2.09'])
/** Kegiatan only some PD run, by the bidang that runs them: BLUD (health), Setda, Setwan. */
const PENUNJANG_ONLY_FOR: Record<string, string[]> = {
  '2.10': ['1.02'],
  '2.11': ['4.01'],
  '2.12': ['4.01'],
  '2.13': ['4.01'],
  '2.14': ['4.01'],
  '2.15': ['4.02'],
  '2.16': ['4.02']
}
const GAJI = /Gaji dan Tunjangan/i
const GAJI_ASN = /^Penyediaan Gaji dan Tunjangan ASN$/i

// ---------------------------------------------------------------------------------------
// Sasaran each bidang plausibly serves, as misi.sasaran of the RPJMD Kota Ternate 2021-2026.

const SASARAN_FOR_BIDANG: Record<string, string[]> = {
  'X.XX': ['2.3', '2.5', '2.2'],
  '1.01': ['3.2', '3.3'],
  '1.02': ['3.4', '7.4'],
  '1.03': ['6.4', '6.6', '6.3', '1.1'],
  '1.04': ['6.1'],
  '1.05': ['7.1', '7.2', '7.3', '8.1'],
  '1.06': ['7.5', '8.3'],
  '2.07': ['5.1'],
  '2.08': ['8.2'],
  '2.09': ['7.6', '1.3'],
  '2.10': ['6.3'],
  '2.11': ['6.2', '6.5'],
  '2.12': ['3.1'],
  '2.13': ['1.1'],
  '2.14': ['3.4'],
  '2.15': ['6.7'],
  '2.16': ['2.1'],
  '2.17': ['5.2', '1.2'],
  '2.18': ['1.2', '3.1'],
  '2.19': ['4.3'],
  '2.20': ['2.3'],
  '2.21': ['2.1'],
  '2.22': ['4.1', '4.2'],
  '2.23': ['3.2'],
  '2.24': ['2.3'],
  '3.25': ['1.2', '7.6'],
  '3.26': ['1.2', '4.2'],
  '3.27': ['7.6', '1.3'],
  '3.30': ['1.3', '5.2'],
  '3.31': ['1.2'],
  '4.01': ['2.3', '2.4', '8.1'],
  '4.02': ['2.3'],
  '5.01': ['2.3', '1.1'],
  '5.02': ['2.5', '2.6'],
  '5.03': ['2.2'],
  '5.04': ['2.2'],
  '5.05': ['2.3'],
  '6.01': ['2.4', '2.3'],
  '7.01': ['1.1', '3.1'],
  '8.01': ['8.1']
}

/** Pagu leans to education, health and public works, and to building over routine. */
const BIDANG_WEIGHT: Record<string, number> = { '1.01': 2.2, '1.02': 2.0, '1.03': 2.4, '1.04': 1.5, '2.11': 1.3, '2.15': 1.3 }
const BUILDING = /^(Pembangunan|Rehabilitasi|Peningkatan|Pengadaan)/i

// ---------------------------------------------------------------------------------------

interface PickedSub {
  node: SubNode
  code: string
  gajiAsn: boolean
  pagu: Array<number | null>
}
interface PickedKegiatan {
  node: KegiatanNode
  code: string
  subs: PickedSub[]
  sasaranIds: number[]
}
interface PickedProgram {
  pd: DemoPerangkatDaerah
  node: ProgramNode
  code: string
  /** Key into SASARAN_FOR_BIDANG. */
  bidang: string
  penunjang: boolean
  kegiatan: PickedKegiatan[]
  sasaranIds: number[]
}

const roundThousand = (value: number) => Math.round(value / 1000) * 1000

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
  const template = tree.find((node) => node.code === PENUNJANG_TEMPLATE)
  const programs = tree.filter((node) => /^\d\.\d\d$/.test(node.bidang))
  const pds = input.perangkatDaerah.filter((pd) => pd.bidang.some((code) => /^\d\.\d\d$/.test(code)))
  const left = input.perangkatDaerah.length - pds.length
  if (left > 0) notes.push(`${left} perangkat daerah tanpa bidang urusan tidak diberi program.`)

  // Programs: the penunjang of every PD, then programs of its own bidang, then (scale > 1)
  // programs of the plan's other bidang, drawn to PD in proportion to their own size.
  const picks: PickedProgram[] = []
  const newProgram = (pd: DemoPerangkatDaerah, node: ProgramNode, penunjang: boolean): PickedProgram => {
    const ownBidang = pd.bidang.find((code) => /^\d\.\d\d$/.test(code))!
    return {
      pd,
      node,
      code: penunjang ? `${ownBidang}${node.code.slice(4)}` : node.code,
      // A penunjang serves its PD's own sasaran more often than the governance ones.
      bidang: penunjang ? (rng.next() < 0.75 ? ownBidang : 'X.XX') : node.bidang,
      penunjang,
      kegiatan: [],
      sasaranIds: []
    }
  }
  if (template) for (const pd of pds) picks.push(newProgram(pd, template, true))
  const own = pds.flatMap((pd) => programs.filter((node) => pd.bidang.includes(node.bidang)).map((node) => ({ pd, node })))
  const ownTake = Math.max(0, targets.program - picks.length)
  for (const { pd, node } of ownTake >= own.length ? own : rng.sample(own, ownTake)) picks.push(newProgram(pd, node, false))
  let extra = targets.program - picks.length
  if (extra > 0) {
    const planBidang = new Set(pds.flatMap((pd) => pd.bidang))
    const queues = pds.map((pd) => ({
      pd,
      weight: 1 + own.filter((entry) => entry.pd === pd).length,
      // Programs with more kegiatan first, so the kegiatan per program stay near Ternate's 2,8.
      queue: rng.weightedOrder(
        programs.filter((node) => planBidang.has(node.bidang) && !pd.bidang.includes(node.bidang)),
        (node) => node.kegiatan.length
      ),
      next: 0
    }))
    while (extra > 0) {
      const open = queues.filter((entry) => entry.next < entry.queue.length)
      if (open.length === 0) break
      let draw = rng.next() * open.reduce((sum, entry) => sum + entry.weight, 0)
      const chosen = open.find((entry) => (draw -= entry.weight) < 0) ?? open[open.length - 1]
      picks.push(newProgram(chosen.pd, chosen.queue[chosen.next++], false))
      extra--
    }
  }

  // Kegiatan: the core penunjang kegiatan and one kegiatan of every other program, then a
  // uniform draw from the rest of the kegiatan of the chosen programs.
  const kegiatanPool: Array<{ program: PickedProgram; node: KegiatanNode }> = []
  const addKegiatan = (program: PickedProgram, node: KegiatanNode): PickedKegiatan => {
    const kegiatan = { node, code: program.penunjang ? `${program.code}${node.code.slice(PENUNJANG_TEMPLATE.length)}` : node.code, subs: [], sasaranIds: [] }
    program.kegiatan.push(kegiatan)
    return kegiatan
  }
  let kegiatanCount = 0
  for (const program of picks) {
    let mandatory: KegiatanNode[]
    let rest: KegiatanNode[]
    if (program.penunjang) {
      const allowed = program.node.kegiatan.filter((node) => {
        const only = PENUNJANG_ONLY_FOR[node.code.slice(PENUNJANG_TEMPLATE.length + 1)]
        return !only || only.some((code) => program.pd.bidang.includes(code))
      })
      const isMandatory = (node: KegiatanNode) => {
        const suffix = node.code.slice(PENUNJANG_TEMPLATE.length + 1)
        return PENUNJANG_CORE.has(suffix) || suffix in PENUNJANG_ONLY_FOR
      }
      mandatory = allowed.filter(isMandatory)
      rest = allowed.filter((node) => !isMandatory(node))
      if (mandatory.length === 0 && rest.length > 0) mandatory = [rest.shift()!]
    } else {
      const shuffled = rng.shuffled(program.node.kegiatan)
      mandatory = shuffled.slice(0, 1)
      rest = shuffled.slice(1)
    }
    for (const node of mandatory) addKegiatan(program, node)
    kegiatanCount += mandatory.length
    for (const node of rest) kegiatanPool.push({ program, node })
  }
  for (const { program, node } of rng.sample(kegiatanPool, targets.kegiatan - kegiatanCount)) addKegiatan(program, node)

  // Sub kegiatan: salaries in every penunjang and one sub kegiatan of every other kegiatan,
  // then a uniform draw from the rest.
  const subPool: Array<{ program: PickedProgram; kegiatan: PickedKegiatan; node: SubNode }> = []
  const addSub = (program: PickedProgram, kegiatan: PickedKegiatan, node: SubNode) => {
    kegiatan.subs.push({
      node,
      code: program.penunjang ? `${kegiatan.code}${node.code.slice(kegiatan.node.code.length)}` : node.code,
      gajiAsn: program.penunjang && GAJI_ASN.test(node.name),
      pagu: []
    })
  }
  let subCount = 0
  for (const program of picks) {
    for (const kegiatan of program.kegiatan) {
      const gaji = program.penunjang ? kegiatan.node.subs.filter((node) => GAJI.test(node.name)) : []
      const shuffled = rng.shuffled(kegiatan.node.subs.filter((node) => !gaji.includes(node)))
      const mandatory = gaji.length > 0 ? gaji : shuffled.slice(0, 1)
      for (const node of mandatory) addSub(program, kegiatan, node)
      subCount += mandatory.length
      for (const node of shuffled.filter((node) => !mandatory.includes(node))) subPool.push({ program, kegiatan, node })
    }
  }
  for (const { program, kegiatan, node } of rng.sample(subPool, targets.subKegiatan - subCount)) addSub(program, kegiatan, node)

  // Links: ~5% of programs none, ~5% two sasaran of two misi, ~8% through each of their
  // kegiatan, the rest one sasaran (a fifth of them two of the same misi).
  const sasaranByLabel = new Map(input.sasaran.map((s) => [`${s.misiNumber}.${s.number}`, s]))
  const affinity = (bidang: string) => (SASARAN_FOR_BIDANG[bidang] ?? []).map((label) => sasaranByLabel.get(label)).filter((s) => s !== undefined)
  const primary = (bidang: string): DemoSasaran => {
    const near = affinity(bidang)
    return near.length > 0 && rng.next() >= 0.15 ? rng.pick(near) : rng.pick(input.sasaran)
  }
  let unlinkedPrograms = 0
  let twoMisiPrograms = 0
  let programsLinkedThroughKegiatan = 0
  if (input.sasaran.length === 0) notes.push('RPJMD belum punya sasaran: program tidak ditautkan.')
  for (const program of input.sasaran.length > 0 ? picks : []) {
    const roll = rng.next()
    if (roll < 0.05) {
      unlinkedPrograms++
      continue
    }
    const first = primary(program.bidang)
    if (roll < 0.1) {
      const others = input.sasaran.filter((s) => s.misiNumber !== first.misiNumber)
      const nearOthers = affinity(program.bidang).filter((s) => s.misiNumber !== first.misiNumber)
      if (others.length > 0) {
        const second = nearOthers.length > 0 && rng.next() < 0.5 ? rng.pick(nearOthers) : rng.pick(others)
        program.sasaranIds.push(first.id, second.id)
        twoMisiPrograms++
        continue
      }
    }
    if (roll < 0.18 && program.kegiatan.length > 1) {
      for (const kegiatan of program.kegiatan) kegiatan.sasaranIds.push(rng.next() < 0.7 ? first.id : primary(program.bidang).id)
      programsLinkedThroughKegiatan++
      continue
    }
    program.sasaranIds.push(first.id)
    const sameMisi = input.sasaran.filter((s) => s.misiNumber === first.misiNumber && s.id !== first.id)
    if (rng.next() < 0.2 && sameMisi.length > 0) program.sasaranIds.push(rng.pick(sameMisi).id)
  }

  // Pagu: a yearly total growing 1,5-2,5% a year; about a third to salaries (one row per
  // PD, by PD size), the rest over the other sub kegiatan by a log-normal weight.
  const years = [...input.years]
  const yearTotals: number[] = []
  let running = input.firstYearTotal ?? rng.between(1.04e12, 1.07e12)
  for (let i = 0; i < years.length; i++) {
    if (i > 0) running *= 1 + rng.between(0.015, 0.025)
    yearTotals.push(roundThousand(running))
  }
  const allSubs = picks.flatMap((program) => program.kegiatan.flatMap((kegiatan) => kegiatan.subs.map((sub) => ({ program, sub }))))
  const subsPerPd = new Map<number, number>()
  for (const { program } of allSubs) subsPerPd.set(program.pd.id, (subsPerPd.get(program.pd.id) ?? 0) + 1)
  const gaji = allSubs.filter(({ sub }) => sub.gajiAsn)
  const others = allSubs.filter(({ sub }) => !sub.gajiAsn)
  const gajiShare = gaji.length > 0 ? rng.between(0.3, 0.36) : 0
  const gajiWeight = gaji.map(({ program }) => Math.sqrt(subsPerPd.get(program.pd.id) ?? 1) * rng.lognormal(0, 0.25))
  const otherWeight = others.map(({ program, sub }) => {
    const bidang = BIDANG_WEIGHT[program.node.bidang] ?? 1
    return rng.lognormal(0, 1.1) * bidang * (BUILDING.test(sub.node.name) ? 1.6 : 1)
  })
  // A few sub kegiatan start in the second or third year.
  const otherStart = others.map(() => {
    const roll = rng.next()
    return years.length > 2 && roll < 0.03 ? 1 : years.length > 2 && roll < 0.05 ? 2 : 0
  })
  const spread = (rows: PickedSub[], weights: number[], total: number, yearIndex: number) => {
    const sum = weights.reduce((acc, w) => acc + w, 0)
    rows.forEach((sub, i) => {
      sub.pagu[yearIndex] = weights[i] > 0 ? Math.max(1_000_000, roundThousand((total * weights[i]) / sum)) : null
    })
  }
  years.forEach((_year, yearIndex) => {
    const gajiTotal = yearTotals[yearIndex] * gajiShare
    spread(
      gaji.map(({ sub }) => sub),
      gajiWeight.map((w) => w * (1 + 0.02 * rng.normal())),
      gajiTotal,
      yearIndex
    )
    spread(
      others.map(({ sub }) => sub),
      otherWeight.map((w, i) => (yearIndex >= otherStart[i] ? w * Math.exp(0.1 * rng.normal()) : 0)),
      yearTotals[yearIndex] - gajiTotal,
      yearIndex
    )
  })

  // Rows in tree order: PD, program code, kegiatan code, sub kegiatan code.
  const rows: DemoRow[] = []
  const totals = years.map(() => 0)
  let links = 0
  for (const pd of pds) {
    for (const program of picks.filter((p) => p.pd === pd).sort(byCode)) {
      const programIndex = rows.length
      rows.push({ level: 'program', parent: null, perangkatDaerahId: pd.id, code: program.code, name: program.node.name, pagu: null, sasaranIds: program.sasaranIds })
      links += program.sasaranIds.length
      for (const kegiatan of program.kegiatan.sort(byCode)) {
        const kegiatanIndex = rows.length
        rows.push({ level: 'kegiatan', parent: programIndex, perangkatDaerahId: pd.id, code: kegiatan.code, name: kegiatan.node.name, pagu: null, sasaranIds: kegiatan.sasaranIds })
        links += kegiatan.sasaranIds.length
        for (const sub of kegiatan.subs.sort(byCode)) {
          rows.push({ level: 'sub_kegiatan', parent: kegiatanIndex, perangkatDaerahId: pd.id, code: sub.code, name: sub.node.name, pagu: sub.pagu, sasaranIds: [] })
          sub.pagu.forEach((amount, i) => (totals[i] += amount ?? 0))
        }
      }
    }
  }

  const counts: DemoCounts = {
    perangkatDaerah: new Set(picks.map((p) => p.pd.id)).size,
    program: picks.length,
    kegiatan: picks.reduce((n, p) => n + p.kegiatan.length, 0),
    subKegiatan: allSubs.length,
    links,
    unlinkedPrograms,
    twoMisiPrograms,
    programsLinkedThroughKegiatan
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
