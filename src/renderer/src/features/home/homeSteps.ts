import type { HomeSummary } from '../../../../shared/homeSummary'
import { formatCount } from '../../../../shared/money'

/** Where a step is done: a screen, and for Data Induk one of its panels. */
export type HomeTarget = { screen: 'program' } | { screen: 'data-induk'; panel: 'nomenklatur' | 'perangkat-daerah' | 'cetak' }

export interface HomeStep {
  id: 'nomenklatur' | 'perangkat-daerah' | 'program' | 'sasaran'
  title: string
  done: boolean
  detail: string
  linkLabel: string
  target: HomeTarget
}

/** The first start's steps, in the order an analyst takes them, with their state read from the summary. */
export function homeSteps(summary: HomeSummary): HomeStep[] {
  const { counts, nomenklatur, perangkatDaerahUnchecked, sasaran, subKegiatanWithoutSasaran } = summary
  return [
    {
      id: 'nomenklatur',
      title: 'Nomenklatur siap',
      done: nomenklatur !== null,
      detail: nomenklatur
        ? `Rencana memakai "${nomenklatur.name}" (${formatCount(nomenklatur.subKegiatanCount)} sub kegiatan). Ekspor SIPD yang lebih baru dapat diimpor sebagai versi baru.`
        : 'Belum ada versi nomenklatur: impor ekspor nomenklatur SIPD.',
      linkLabel: 'Data Induk › Nomenklatur',
      target: { screen: 'data-induk', panel: 'nomenklatur' }
    },
    {
      id: 'perangkat-daerah',
      title: 'Perangkat daerah diperiksa',
      done: perangkatDaerahUnchecked === 0,
      detail:
        perangkatDaerahUnchecked === 0
          ? `${formatCount(counts.perangkatDaerahTotal)} perangkat daerah sudah diperiksa.`
          : `${formatCount(perangkatDaerahUnchecked)} dari ${formatCount(counts.perangkatDaerahTotal)} masih "daftar awal": periksa nama, singkatan dan bidangnya, lalu simpan.`,
      linkLabel: 'Data Induk › Perangkat Daerah',
      target: { screen: 'data-induk', panel: 'perangkat-daerah' }
    },
    {
      id: 'program',
      title: 'Program dimasukkan',
      done: counts.program > 0,
      detail:
        counts.program > 0
          ? `${formatCount(counts.program)} program dari ${formatCount(counts.perangkatDaerah)} perangkat daerah.`
          : 'Belum ada program: tambahkan program dengan kode dari nomenklatur, lalu kegiatan, sub kegiatan dan pagunya.',
      linkLabel: 'Program & Anggaran',
      target: { screen: 'program' }
    },
    {
      id: 'sasaran',
      title: 'Sasaran terkait',
      done: counts.subKegiatan > 0 && subKegiatanWithoutSasaran === 0,
      detail:
        counts.subKegiatan === 0
          ? 'Setelah sub kegiatan ada, kaitkan setiap baris dengan sasaran RPJMD yang dilayaninya.'
          : `${formatCount(subKegiatanWithoutSasaran)} sub kegiatan belum terkait sasaran; ${formatCount(sasaran.withProgram)} dari ${formatCount(sasaran.total)} sasaran sudah punya program.`,
      linkLabel: 'Program & Anggaran',
      target: { screen: 'program' }
    }
  ]
}
