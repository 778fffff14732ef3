/**
 * The demo plan's input and output shapes, kept apart from the generator so the modules
 * that build the plan (shape, links, pagu) and the writer can share them without cycles.
 */
import type { PlanLevel } from '../../src/shared/domain'
import type { DemoEntry } from './nomenklatur'
import type { Rng } from './random'

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
