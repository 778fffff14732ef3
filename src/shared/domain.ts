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

export interface RpjmdView {
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
  /** Bidang urusan codes (U.BB) the PD runs; program X.XX.01 takes these in place of X.XX. */
  bidang: string[]
  validFrom: number | null
  validTo: number | null
  successorId: number | null
  /** Still the shipped starting list, not yet checked by an analyst. */
  fromStartingList: boolean
}

export type PlanLevel = 'program' | 'kegiatan' | 'sub_kegiatan'

/** A plan or nomenclature level as a message names it: "sub kegiatan". */
export const LEVEL_LABEL = { bidang: 'bidang urusan', program: 'program', kegiatan: 'kegiatan', sub_kegiatan: 'sub kegiatan' } as const satisfies Record<
  PlanLevel | 'bidang',
  string
>

export interface CodeStatus {
  valid: boolean
  /** Why the code is flagged, in Bahasa Indonesia; absent when valid. */
  reason?: string
}

/** One row of the plan: a program, a kegiatan under it, or a sub kegiatan under that. */
export interface PlanRow {
  id: number
  level: PlanLevel
  parentId: number | null
  perangkatDaerahId: number
  code: string
  /** Name shown: the analyst's override, else the nomenclature's, else the last saved. */
  name: string
  nameOverridden: boolean
  indikator: string
  indikatorOverridden: boolean
  satuan: string
  satuanOverridden: boolean
  /** year -> whole Rupiah entered on this row itself. */
  pagu: Record<number, number>
  /** year -> this row's pagu plus everything below it (read-only on upper levels). */
  total: Record<number, number>
  /** year -> target of the row's indikator (a number or a text such as "WTP"). */
  targets: Record<number, TargetValue>
  sasaranIds: number[]
  /** Lokasi (kota, kecamatan, kelurahan or a kelompok such as BAHIM). */
  lokasiIds: number[]
  /** Sumber dana items of the reference list. */
  sumberDanaIds: number[]
  codeStatus: CodeStatus
}

export interface MisiBudget {
  misiId: number
  number: number
  title: string
  /** year -> pagu of the rows serving a sasaran of this misi (directly or through the rows above), each once. */
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
  /** Rows whose pagu serves sasaran of more than one misi: counted under each of them. */
  multiMisiRows: Array<{ planRowId: number; level: string; code: string; name: string; misiNumbers: number[] }>
  sasaranWithoutProgram: Array<{ sasaranId: number; label: string; text: string }>
  programsWithoutSasaran: Array<{ programId: number; code: string; name: string; perangkatDaerah: string }>
}
