/**
 * The plan's shape: which programs each PD runs, and which of their kegiatan and sub
 * kegiatan, with the codes they get. Each PD runs the program penunjang under its first
 * bidang (X.XX.01 -> <bidang>.01) and programs of its own bidang; once a PD's own bidang
 * run out (scale > 1) it takes programs of the other bidang of the plan.
 *
 * The three steps draw from the PRNG in this order (programs, kegiatan, sub kegiatan), so
 * callers must keep it for a seed to give the same plan.
 */
import type { Rng } from './random'
import { isBidangCode, type KegiatanNode, type ProgramNode, type SubNode } from './tree'
import type { DemoPerangkatDaerah } from './types'

export const PENUNJANG_TEMPLATE = 'X.XX.01'

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

export interface PickedSub {
  node: SubNode
  code: string
  gajiAsn: boolean
  /** Filled in by the pagu step. */
  pagu: Array<number | null>
}
export interface PickedKegiatan {
  node: KegiatanNode
  code: string
  subs: PickedSub[]
  sasaranIds: number[]
}
export interface PickedProgram {
  pd: DemoPerangkatDaerah
  node: ProgramNode
  code: string
  /** Key into SASARAN_FOR_BIDANG (links). */
  bidang: string
  penunjang: boolean
  kegiatan: PickedKegiatan[]
  sasaranIds: number[]
}

/**
 * Programs: the penunjang of every PD (with a bidang), then programs of its own bidang, then
 * (scale > 1) programs of the plan's other bidang, drawn to PD in proportion to their own size.
 */
export function pickPrograms(tree: readonly ProgramNode[], pds: readonly DemoPerangkatDaerah[], target: number, rng: Rng): PickedProgram[] {
  const template = tree.find((node) => node.code === PENUNJANG_TEMPLATE)
  const programs = tree.filter((node) => isBidangCode(node.bidang))
  const picks: PickedProgram[] = []
  const newProgram = (pd: DemoPerangkatDaerah, node: ProgramNode, penunjang: boolean): PickedProgram => {
    const ownBidang = pd.bidang.find(isBidangCode)!
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
  const ownTake = Math.max(0, target - picks.length)
  for (const { pd, node } of ownTake >= own.length ? own : rng.sample(own, ownTake)) picks.push(newProgram(pd, node, false))
  let extra = target - picks.length
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
  return picks
}

/**
 * Kegiatan: the core penunjang kegiatan and one kegiatan of every other program, then a
 * uniform draw from the rest of the kegiatan of the chosen programs, up to `target` in all.
 */
export function pickKegiatan(picks: readonly PickedProgram[], target: number, rng: Rng): void {
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
  for (const { program, node } of rng.sample(kegiatanPool, target - kegiatanCount)) addKegiatan(program, node)
}

/**
 * Sub kegiatan: salaries in every penunjang and one sub kegiatan of every other kegiatan,
 * then a uniform draw from the rest, up to `target` in all.
 */
export function pickSubKegiatan(picks: readonly PickedProgram[], target: number, rng: Rng): void {
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
  for (const { program, kegiatan, node } of rng.sample(subPool, target - subCount)) addSub(program, kegiatan, node)
}
