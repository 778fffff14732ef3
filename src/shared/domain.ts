// Domain types shared by main and renderer. Money fields are whole Rupiah (safe integers).

export interface RpjmdPeriod {
  id: number
  name: string
  /** Year 0: the baseline (kondisi awal). Targets run firstYear+1 .. lastYear. */
  firstYear: number
  lastYear: number
  visi: string
  motto: string
}

export interface Tujuan {
  id: number
  misiId: number
  number: number
  text: string
}

export interface Sasaran {
  id: number
  misiId: number
  /** Null until the analyst attaches it to a tujuan of the same misi. */
  tujuanId: number | null
  number: number
  text: string
  /** "misi.sasaran", e.g. "3.2". */
  label: string
}

export interface Misi {
  id: number
  number: number
  title: string
  tujuan: Tujuan[]
  sasaran: Sasaran[]
}

export interface PlanView {
  period: RpjmdPeriod
  /** Years that take targets and pagu: firstYear+1 .. lastYear. */
  targetYears: number[]
  misi: Misi[]
}

/** A target is a number (82.59) or a qualitative value ("WTP"). */
export type TargetValue = number | string

export interface Indikator {
  id: number
  sasaranId: number
  name: string
  satuan: string
  /** year -> value; the period's first year holds the baseline. */
  values: Record<number, TargetValue>
}

export interface PerangkatDaerah {
  id: number
  code: string | null
  name: string
  shortName: string
}

export interface ProgramRow {
  id: number
  perangkatDaerahId: number
  code: string
  name: string
  /** year -> whole Rupiah; missing years are 0. */
  pagu: Record<number, number>
  sasaranIds: number[]
}

export interface MisiBudget {
  misiId: number
  number: number
  title: string
  /** year -> sum of pagu of programs linked to any sasaran of this misi, each program once. */
  pagu: Record<number, number>
  programCount: number
}

export interface KeselarasanView {
  years: number[]
  misi: MisiBudget[]
  /** year -> pagu of every program, each counted once. */
  grandTotal: Record<number, number>
  /** year -> pagu of programs linked to no sasaran. */
  unlinkedTotal: Record<number, number>
  /** Programs linked to sasaran of more than one misi: counted under each of them. */
  multiMisiPrograms: Array<{ programId: number; code: string; name: string; misiNumbers: number[] }>
  sasaranWithoutProgram: Array<{ sasaranId: number; label: string; text: string }>
  programsWithoutSasaran: Array<{ programId: number; code: string; name: string; perangkatDaerah: string }>
}
