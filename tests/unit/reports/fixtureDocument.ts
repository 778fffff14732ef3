// A small T-C.14-shaped document with every row style and cell kind, and the awkward texts the
// writers must survive: a formula-looking name, a quote, a ';', a line break, Rp 10^13.
import type { PrintSettings } from '../../../src/shared/printSettings'
import type { ReportDocument, ReportTable } from '../../../src/shared/reports/document'
import { reportOptionsSchema, type ReportOptions, type ReportOptionsInput } from '../../../src/shared/reports/options'

export const BIG = 10_000_000_000_000

export function fixtureTable(): ReportTable {
  return {
    id: 'tc14',
    caption: 'Tabel 1. Program',
    columns: [
      { key: 'code', kind: 'code', width: 1, label: 'Kode' },
      { key: 'name', kind: 'text', width: 4, label: 'Misi/Tujuan/Sasaran/Program' },
      { key: 'indikator', kind: 'text', width: 3, label: 'Indikator Kinerja' },
      { key: 'target2022', kind: 'target', width: 1, label: 'Target 2022' },
      { key: 'rp2022', kind: 'money', width: 2, label: 'Pagu 2022 (Rp)' },
      { key: 'share', kind: 'share', width: 1, label: 'Porsi 2022' }
    ],
    header: [
      [{ text: 'Kode', rowSpan: 2 }, { text: 'Misi/Tujuan/Sasaran/Program', rowSpan: 2 }, { text: 'Indikator Kinerja', rowSpan: 2 }, { text: '2022', colSpan: 2 }, { text: 'Porsi', rowSpan: 2 }],
      [{ text: 'Target' }, { text: 'Rp' }],
      [{ text: '(1)' }, { text: '(2)' }, { text: '(3)' }, { text: '(4)' }, { text: '(5)' }, { text: '(6)' }]
    ],
    numberRow: true,
    rows: [
      { style: 'group', depth: 0, cells: [{ kind: 'code', text: '1' }, { kind: 'text', text: 'Misi 1: Mewujudkan "Ternate" maju; sejahtera', colSpan: 5 }] },
      {
        style: 'item',
        depth: 1,
        mark: '*',
        cells: [
          { kind: 'code', text: '1.02.03' },
          { kind: 'text', text: '=1+1', indent: 1 },
          { kind: 'text', text: 'Angka harapan\nhidup' },
          { kind: 'target', value: 72.5 },
          { kind: 'money', value: BIG },
          { kind: 'share', part: 1, whole: 4 }
        ]
      },
      {
        style: 'continuation',
        depth: 1,
        cells: [
          { kind: 'empty' },
          { kind: 'empty' },
          { kind: 'text', text: '  +62 812 3456' },
          { kind: 'target', value: 'Baik' },
          { kind: 'money', value: 1_250_000 },
          { kind: 'share', part: 3, whole: 4 }
        ]
      },
      { style: 'item', depth: 1, cells: [{ kind: 'code', text: '01' }, { kind: 'text', text: '@SUM(A1:A2)' }, { kind: 'text', text: '\t-2+3' }, { kind: 'target', value: null }, { kind: 'money', value: 0 }, { kind: 'empty' }] },
      { style: 'subtotal', depth: 0, cells: [{ kind: 'text', text: 'Jumlah Misi 1', colSpan: 4 }, { kind: 'money', value: BIG + 1_250_000 }, { kind: 'share', part: 4, whole: 4 }] },
      { style: 'total', depth: 0, cells: [{ kind: 'text', text: 'TOTAL', colSpan: 4 }, { kind: 'money', value: BIG + 1_250_000 }, { kind: 'empty' }] }
    ],
    emptyText: 'Belum ada program dalam rencana.'
  }
}

export function fixtureDocument(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    report: 'tc14',
    titleLines: ['Tabel T-C.14', 'Program Pembangunan Daerah yang disertai Pagu Indikatif', 'Kota Ternate 2022-2026'],
    filterLines: ['Perangkat Daerah : semua'],
    blocks: [{ kind: 'table', table: fixtureTable() }],
    footnotes: ['Rp kondisi akhir = jumlah lima tahun.', '* Program yang melayani beberapa misi; dihitung sekali dalam TOTAL.'],
    facts: [
      { label: 'Filter misi', value: 'semua' },
      { label: 'Versi nomenklatur', value: 'Kepmendagri 900.1-5 (2024)' }
    ],
    builtAt: '2026-12-04T01:00:00.000Z',
    fileStem: 'T-C.14_2022-2026',
    ...overrides
  }
}

// A 1x1 transparent PNG.
export const PNG_1PX = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

export function fixtureSettings(overrides: Partial<PrintSettings> = {}): PrintSettings {
  return {
    kop: {
      government: 'PEMERINTAH KOTA TERNATE',
      agency: 'BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH',
      address: 'Jl. Pahlawan Revolusi No. 1, Ternate',
      contact: 'Telp. (0921) 000000',
      logoDataUrl: PNG_1PX
    },
    defaultPaper: 'F4',
    defaultOrientation: 'landscape',
    signatories: [{ id: 3, name: 'Dr. Rizal Marsaoly, S.T., M.T.', title: 'Kepala Bappelitbangda Kota Ternate', pangkat: 'Pembina Utama Muda (IV/c)', nip: '197102051994031002' }],
    defaultSignatoryId: 3,
    ...overrides
  }
}

export const fixtureOptions = (input: Partial<ReportOptionsInput> = {}): ReportOptions => reportOptionsSchema.parse({ report: 'tc14', ...input })
