import type { HeaderCell, ReportColumn } from '../../../shared/reports/document'
import { columnNumbers } from '../../../shared/reports/format'

// The columns and header rows of T-C.14 (tables.md section 1): Kode (misi, tujuan, sasaran),
// name, indikator, kondisi awal, target and Rp for each year shown, kondisi akhir, PD.

export function tc14Columns(firstYear: number, years: number[]): ReportColumn[] {
  return [
    { key: 'kodeMisi', kind: 'code', width: 3, label: 'Kode Misi' },
    { key: 'kodeTujuan', kind: 'code', width: 3.5, label: 'Kode Tujuan' },
    { key: 'kodeSasaran', kind: 'code', width: 3.5, label: 'Kode Sasaran' },
    { key: 'nama', kind: 'text', width: 30, label: 'Misi/Tujuan/Sasaran/Program Pembangunan Daerah' },
    { key: 'indikator', kind: 'text', width: 14, label: 'Indikator Kinerja' },
    { key: 'kondisiAwal', kind: 'target', width: 5, label: `Kondisi Kinerja Awal ${firstYear}` },
    ...years.flatMap((year): ReportColumn[] => [
      { key: `target${year}`, kind: 'target', width: 5, label: `Target ${year}` },
      { key: `rp${year}`, kind: 'money', width: 9, label: `Pagu ${year} (Rp)` }
    ]),
    { key: 'targetAkhir', kind: 'target', width: 5, label: 'Target Kondisi Akhir' },
    { key: 'rpAkhir', kind: 'money', width: 10, label: 'Pagu Kondisi Akhir (Rp)' },
    { key: 'perangkatDaerah', kind: 'text', width: 14, label: 'Perangkat Daerah Penanggung Jawab' }
  ]
}

export function tc14Header(firstYear: number, years: number[]): HeaderCell[][] {
  const columnCount = 3 + 3 + years.length * 2 + 2 + 1
  return [
    [
      { text: 'Kode', colSpan: 3, rowSpan: 3 },
      { text: 'Misi/Tujuan/Sasaran/Program Pembangunan Daerah', rowSpan: 3 },
      { text: 'Indikator Kinerja (tujuan/impact/outcome)', rowSpan: 3 },
      { text: `Kondisi Kinerja Awal RPJMD (${firstYear})`, rowSpan: 3 },
      { text: 'Capaian Kinerja Program dan Kerangka Pendanaan', colSpan: (years.length + 1) * 2 },
      { text: 'Perangkat Daerah Penanggung Jawab', rowSpan: 3 }
    ],
    [...years.map((year) => ({ text: `Tahun ${year}`, colSpan: 2 })), { text: 'Kondisi Kinerja pada akhir periode RPJMD', colSpan: 2 }],
    [...years, 'akhir'].flatMap(() => [{ text: 'target' }, { text: 'Rp' }]),
    // (1) spans the three Kode columns.
    columnNumbers(columnCount - 2).map((text, index) => (index === 0 ? { text, colSpan: 3 } : { text }))
  ]
}
