/**
 * Links from programs (or their kegiatan) to RPJMD sasaran, so the keselarasan view has a
 * realistic mix: ~5% of programs none, ~5% two sasaran of two misi, ~8% through each of
 * their kegiatan, the rest one sasaran (a fifth of them two of the same misi).
 */
import type { Rng } from './random'
import type { PickedProgram } from './shape'
import type { DemoSasaran } from './types'

/** Sasaran each bidang plausibly serves, as misi.sasaran of the RPJMD Kota Ternate 2021-2026. */
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

export interface LinkCounts {
  unlinkedPrograms: number
  twoMisiPrograms: number
  programsLinkedThroughKegiatan: number
}

/** Fills sasaranIds of the programs and kegiatan; draws nothing when there are no sasaran. */
export function linkSasaran(picks: readonly PickedProgram[], sasaran: readonly DemoSasaran[], rng: Rng): LinkCounts {
  const sasaranByLabel = new Map(sasaran.map((s) => [`${s.misiNumber}.${s.number}`, s]))
  const affinity = (bidang: string) => (SASARAN_FOR_BIDANG[bidang] ?? []).map((label) => sasaranByLabel.get(label)).filter((s) => s !== undefined)
  const primary = (bidang: string): DemoSasaran => {
    const near = affinity(bidang)
    return near.length > 0 && rng.next() >= 0.15 ? rng.pick(near) : rng.pick(sasaran)
  }
  let unlinkedPrograms = 0
  let twoMisiPrograms = 0
  let programsLinkedThroughKegiatan = 0
  for (const program of sasaran.length > 0 ? picks : []) {
    const roll = rng.next()
    if (roll < 0.05) {
      unlinkedPrograms++
      continue
    }
    const first = primary(program.bidang)
    if (roll < 0.1) {
      const others = sasaran.filter((s) => s.misiNumber !== first.misiNumber)
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
    const sameMisi = sasaran.filter((s) => s.misiNumber === first.misiNumber && s.id !== first.id)
    if (rng.next() < 0.2 && sameMisi.length > 0) program.sasaranIds.push(rng.pick(sameMisi).id)
  }
  return { unlinkedPrograms, twoMisiPrograms, programsLinkedThroughKegiatan }
}
