/**
 * Pagu per year on the sub kegiatan: a yearly total about Rp 1,1 triliun at every scale
 * (so per-row amounts shrink as the rows grow), growing 1,5-2,5% a year; about a third to
 * salaries (one row per PD, by PD size), the rest over the other sub kegiatan by a
 * log-normal weight. Amounts are whole thousands of Rupiah, at least Rp 1 juta.
 */
import type { Rng } from './random'
import type { PickedProgram, PickedSub } from './shape'

/** Pagu leans to education, health and public works, and to building over routine. */
const BIDANG_WEIGHT: Record<string, number> = { '1.01': 2.2, '1.02': 2.0, '1.03': 2.4, '1.04': 1.5, '2.11': 1.3, '2.15': 1.3 }
const BUILDING = /^(Pembangunan|Rehabilitasi|Peningkatan|Pengadaan)/i

const roundThousand = (value: number) => Math.round(value / 1000) * 1000

/** Fills `pagu` of every picked sub kegiatan, one entry per year. */
export function distributePagu(picks: readonly PickedProgram[], years: readonly number[], rng: Rng, firstYearTotal?: number): void {
  const yearTotals: number[] = []
  let running = firstYearTotal ?? rng.between(1.04e12, 1.07e12)
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
}
