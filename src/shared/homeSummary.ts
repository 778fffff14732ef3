import type { WarningKind } from './planWarnings'

/** Beranda: the state of the plan at a glance (one read, getHomeSummary). */
export interface HomeSummary {
  periodName: string
  counts: {
    program: number
    kegiatan: number
    subKegiatan: number
    /** Perangkat daerah with at least one program, of `perangkatDaerahTotal` in the list. */
    perangkatDaerah: number
    perangkatDaerahTotal: number
  }
  /** Whole Rupiah entered per year, the plan's years and the prakiraan maju year after them. */
  paguByYear: Array<{ year: number; pagu: number; prakiraanMaju: boolean }>
  sasaran: { total: number; withProgram: number }
  /** Sub kegiatan that neither they nor a row above them serve a sasaran (the Peringatan rule). */
  subKegiatanWithoutSasaran: number
  /** The Peringatan list's counts by kind, in its order. */
  warnings: Array<{ kind: WarningKind; label: string; count: number }>
  warningTotal: number
  nomenklatur: { name: string; subKegiatanCount: number } | null
  flaggedCodes: number
  /** Perangkat daerah still as shipped ("daftar awal") and never saved. */
  perangkatDaerahUnchecked: number
  /** The latest step of the change log (made or undone). */
  lastChange: { at: string; osUser: string; description: string; undone: boolean } | null
}
