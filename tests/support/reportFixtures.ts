// Report documents as the report builders produce them, for the print view's tests and for looking
// at pages before the builders are wired: a T-C.14 like matrix, a small recap, an empty report, a
// report with a 2.000-character name and pagu of 10^13, and a Keselarasan-like document with a chart.
import type { ReportCell, ReportColumn, ReportDocument, ReportRow, ReportTable, HeaderCell } from '../../src/shared/reports/document'
import type { KopSettings, Signatory } from '../../src/shared/printSettings'

const text = (value: string, indent?: number): ReportCell => (indent === undefined ? { kind: 'text', text: value } : { kind: 'text', text: value, indent })
const code = (value: string, colSpan?: number): ReportCell => (colSpan ? { kind: 'code', text: value, colSpan } : { kind: 'code', text: value })
const money = (value: number): ReportCell => ({ kind: 'money', value })
const target = (value: number | string | null): ReportCell => ({ kind: 'target', value })
const empty = (colSpan?: number): ReportCell => (colSpan ? { kind: 'empty', colSpan } : { kind: 'empty' })

export const FIXTURE_YEARS = [2022, 2023, 2024, 2025, 2026]

export const fixtureKop: KopSettings = {
  government: 'PEMERINTAH KOTA TERNATE',
  agency: 'BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH',
  address: 'Jl. Pahlawan Revolusi No. 1, Kelurahan Kalumpang, Kecamatan Ternate Tengah, Kota Ternate 97712',
  contact: 'Telepon (0921) 3121234 · Pos-el bappelitbangda@ternatekota.go.id',
  logoDataUrl:
    'data:image/svg+xml;base64,' +
    btoa(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 120"><path d="M50 4 L94 24 L86 88 L50 116 L14 88 L6 24 Z" fill="#1d4e89" stroke="#000" stroke-width="3"/><circle cx="50" cy="55" r="22" fill="#edae49"/></svg>'
    )
}

export const fixtureSignatory: Signatory = {
  id: 1,
  name: 'Dr. RIZAL MARSAOLY, S.STP., M.Si.',
  title: 'Kepala Bappelitbangda Kota Ternate',
  pangkat: 'Pembina Utama Muda (IV/c)',
  nip: '197102051994031002'
}

const TC14_COLUMNS: ReportColumn[] = [
  { key: 'kodeMisi', kind: 'code', width: 3, label: 'Kode Misi' },
  { key: 'kodeTujuan', kind: 'code', width: 3.5, label: 'Kode Tujuan' },
  { key: 'kodeSasaran', kind: 'code', width: 3.5, label: 'Kode Sasaran' },
  { key: 'nama', kind: 'text', width: 22, label: 'Misi/Tujuan/Sasaran/Program Pembangunan Daerah' },
  { key: 'indikator', kind: 'text', width: 16, label: 'Indikator Kinerja' },
  { key: 'kondisiAwal', kind: 'target', width: 5, label: 'Kondisi Kinerja Awal 2021' },
  ...FIXTURE_YEARS.flatMap((year): ReportColumn[] => [
    { key: `target${year}`, kind: 'target', width: 5, label: `Target ${year}` },
    { key: `rp${year}`, kind: 'money', width: 9, label: `Rp ${year}` }
  ]),
  { key: 'targetAkhir', kind: 'target', width: 5, label: 'Target Kondisi Akhir' },
  { key: 'rpAkhir', kind: 'money', width: 10, label: 'Rp Kondisi Akhir' },
  { key: 'perangkatDaerah', kind: 'text', width: 12, label: 'Perangkat Daerah Penanggung Jawab' }
]

const TC14_HEADER: HeaderCell[][] = [
  [
    { text: 'Kode', colSpan: 3, rowSpan: 3 },
    { text: 'Misi/Tujuan/Sasaran/Program Pembangunan Daerah', rowSpan: 3 },
    { text: 'Indikator Kinerja (tujuan/impact/outcome)', rowSpan: 3 },
    { text: 'Kondisi Kinerja Awal RPJMD (2021)', rowSpan: 3 },
    { text: 'Capaian Kinerja Program dan Kerangka Pendanaan', colSpan: 12 },
    { text: 'Perangkat Daerah Penanggung Jawab', rowSpan: 3 }
  ],
  [...FIXTURE_YEARS.map((year) => ({ text: `Tahun ${year}`, colSpan: 2 })), { text: 'Kondisi Kinerja pada akhir periode RPJMD', colSpan: 2 }],
  [...FIXTURE_YEARS, 'akhir'].flatMap(() => [{ text: 'target' }, { text: 'Rp' }]),
  Array.from({ length: 17 }, (_, index) => (index === 0 ? { text: '(1)', colSpan: 3 } : { text: `(${index + 1})` }))
]

export const MISI_TITLES = [
  'Mewujudkan tata kelola pemerintahan yang bersih, efektif dan melayani',
  'Meningkatkan kualitas sumber daya manusia yang sehat, cerdas dan berdaya saing',
  'Mewujudkan perekonomian daerah yang tangguh berbasis potensi kelautan, perdagangan dan jasa',
  'Mewujudkan infrastruktur kota yang berkualitas dan berwawasan lingkungan',
  'Mewujudkan kehidupan masyarakat yang religius, berbudaya dan harmonis'
]

const PD_NAMES = [
  'Dinas Pendidikan dan Kebudayaan',
  'Dinas Kesehatan',
  'Dinas Pekerjaan Umum dan Penataan Ruang',
  'Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah',
  'Dinas Perhubungan',
  'Dinas Kelautan dan Perikanan',
  'Sekretariat Daerah'
]

const PROGRAM_NAMES = [
  'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
  'Program Pengelolaan Pendidikan',
  'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat',
  'Program Pengelolaan Sumber Daya Air (SDA)',
  'Program Penyelenggaraan Jalan',
  'Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah',
  'Program Pengelolaan Perikanan Tangkap',
  'Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)'
]

/** A small deterministic generator, so the fixture is the same on every run. */
function numbers(seed: number) {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

export interface Tc14Shape {
  misi: number
  tujuanPerMisi: number
  sasaranPerTujuan: number
  programsPerSasaran: number
  unlinkedPrograms: number
}

/** 5 misi x 2 tujuan x 3 sasaran x 5 programs and 24 unlinked programs: 301 rows. */
export const TC14_SHAPE: Tc14Shape = { misi: 5, tujuanPerMisi: 2, sasaranPerTujuan: 3, programsPerSasaran: 5, unlinkedPrograms: 24 }

export function tc14Document(shape: Tc14Shape = TC14_SHAPE): ReportDocument {
  const random = numbers(2027)
  const rows: ReportRow[] = []
  const amounts = () => FIXTURE_YEARS.map(() => Math.round(random() * 40_000) * 1_000_000 + 150_000_000)
  const line = (
    codes: ReportCell[],
    name: ReportCell,
    indikator: string,
    values: Array<number | string | null>,
    pagu: number[] | null,
    pd: string
  ): ReportCell[] => [
    ...codes,
    name,
    text(indikator),
    target(values[0]),
    ...FIXTURE_YEARS.flatMap((_, index) => [target(values[index + 1]), pagu ? money(pagu[index]) : empty()]),
    target(values[5]),
    pagu ? money(pagu.reduce((sum, value) => sum + value, 0)) : empty(),
    text(pd)
  ]
  const series = (start: number) => Array.from({ length: 6 }, (_, index) => Math.round((start + index * 2.5) * 100) / 100)
  const sum = (into: number[], add: number[]) => add.forEach((value, index) => (into[index] += value))
  const total = FIXTURE_YEARS.map(() => 0)
  let programNumber = 0
  const program = (depth: number): number[] => {
    programNumber++
    const pagu = amounts()
    const name = `${PROGRAM_NAMES[programNumber % PROGRAM_NAMES.length]}`
    const programCode = `${1 + (programNumber % 4)}.${String(1 + (programNumber % 26)).padStart(2, '0')}.${String(1 + (programNumber % 12)).padStart(2, '0')}`
    const mark = programNumber % 9 === 0 ? { mark: '*' } : {}
    rows.push({
      style: 'item',
      depth,
      cells: line(
        [code(programCode, 3)],
        text(name, depth),
        'Persentase capaian layanan sesuai standar (%)',
        series(60 + (programNumber % 20)),
        pagu,
        PD_NAMES[programNumber % PD_NAMES.length]
      ),
      ...mark
    })
    if (programNumber % 4 === 0)
      rows.push({
        style: 'continuation',
        depth,
        cells: line([empty(3)], empty(), 'Jumlah dokumen perencanaan yang tersusun tepat waktu (dokumen)', [4, 5, 5, 6, 6, 6], null, '')
      })
    if (!mark.mark) sum(total, pagu)
    return pagu
  }
  for (let m = 1; m <= shape.misi; m++) {
    rows.push({ style: 'group', depth: 0, cells: line([code(String(m)), empty(2)], text(MISI_TITLES[(m - 1) % MISI_TITLES.length], 0), '', [], null, '') })
    const misiSum = FIXTURE_YEARS.map(() => 0)
    for (let t = 1; t <= shape.tujuanPerMisi; t++) {
      const tujuanCode = `${m}.${t}`
      rows.push({
        style: 'group',
        depth: 1,
        cells: line(
          [code(String(m)), code(tujuanCode), empty()],
          text(`Meningkatnya kinerja pembangunan bidang ${t} misi ${m}`, 1),
          'Indeks kepuasan masyarakat (indeks)',
          series(70),
          null,
          ''
        )
      })
      rows.push({ style: 'continuation', depth: 1, cells: line([empty(3)], empty(), 'Indeks pembangunan manusia (poin)', series(72.5), null, '') })
      for (let s = 1; s <= shape.sasaranPerTujuan; s++) {
        const sasaranCode = `${tujuanCode}.${s}`
        rows.push({
          style: 'group',
          depth: 2,
          cells: line(
            [code(String(m)), code(tujuanCode), code(sasaranCode)],
            text(`Meningkatnya kualitas layanan sasaran ${sasaranCode}`, 2),
            'Persentase layanan sesuai standar pelayanan minimal (%)',
            series(55),
            null,
            ''
          )
        })
        const sasaranSum = FIXTURE_YEARS.map(() => 0)
        for (let p = 0; p < shape.programsPerSasaran; p++) sum(sasaranSum, program(3))
        rows.push({ style: 'subtotal', depth: 2, cells: line([empty(3)], text(`Jumlah Sasaran ${sasaranCode}`), '', [], sasaranSum, '') })
        sum(misiSum, sasaranSum)
      }
    }
    rows.push({ style: 'subtotal', depth: 0, cells: line([empty(3)], text(`Jumlah Misi ${m}`), '', [], misiSum, '') })
  }
  if (shape.unlinkedPrograms > 0) {
    rows.push({ style: 'group', depth: 0, cells: line([empty(3)], text('Program yang belum dikaitkan ke sasaran', 0), '', [], null, '') })
    const unlinked = FIXTURE_YEARS.map(() => 0)
    for (let p = 0; p < shape.unlinkedPrograms; p++) sum(unlinked, program(1))
    rows.push({ style: 'subtotal', depth: 0, cells: line([empty(3)], text('Jumlah program yang belum dikaitkan ke sasaran'), '', [], unlinked, '') })
  }
  rows.push({ style: 'total', depth: 0, cells: line([empty(3)], text('TOTAL'), '', [], total, '') })
  return {
    report: 'tc14',
    titleLines: ['Tabel T-C.14', 'Program Pembangunan Daerah yang disertai Pagu Indikatif', 'Kota Ternate', 'RPJMD 2021-2026'],
    filterLines: [],
    blocks: [
      { kind: 'table', table: { id: 'tc14', columns: TC14_COLUMNS, header: TC14_HEADER, numberRow: true, rows, emptyText: 'Belum ada program dalam rencana.' } }
    ],
    footnotes: [
      'Kondisi kinerja pada akhir periode RPJMD: target = target tahun 2026; Rp = jumlah pagu lima tahun 2022-2026.',
      '* Program yang juga tercantum pada sasaran atau misi sebelumnya; pagunya hanya sekali pada TOTAL.'
    ],
    facts: [{ label: 'Dicetak', value: '4 Desember 2026' }],
    builtAt: '2026-12-04T01:00:00.000Z',
    fileStem: 'T-C.14_2021-2026'
  }
}

const RECAP_COLUMNS: ReportColumn[] = [
  { key: 'nama', kind: 'text', width: 30, label: 'Misi / Perangkat Daerah' },
  ...FIXTURE_YEARS.map((year): ReportColumn => ({ key: `pagu${year}`, kind: 'money', width: 10, label: `Pagu ${year}` })),
  { key: 'jumlah', kind: 'money', width: 11, label: 'Jumlah 2022-2026' },
  { key: 'share', kind: 'share', width: 7, label: 'Porsi' }
]

function recapTable(rows: ReportRow[], id = 'rekap'): ReportTable {
  return {
    id,
    columns: RECAP_COLUMNS,
    header: [
      [
        { text: 'Misi / Perangkat Daerah', rowSpan: 2 },
        { text: 'Pagu (Rp)', colSpan: 6 },
        { text: 'Porsi', rowSpan: 2 }
      ],
      [...FIXTURE_YEARS.map((year) => ({ text: String(year) })), { text: 'Jumlah' }],
      Array.from({ length: 8 }, (_, index) => ({ text: `(${index + 1})` }))
    ],
    numberRow: true,
    rows,
    emptyText: 'Belum ada program dalam rencana.'
  }
}

const recapRow = (style: ReportRow['style'], depth: number, name: string, pagu: number[], whole: number, mark?: string): ReportRow => {
  const sumOf = pagu.reduce((sum, value) => sum + value, 0)
  return { style, depth, cells: [text(name, depth), ...pagu.map(money), money(sumOf), { kind: 'share', part: sumOf, whole }], ...(mark ? { mark } : {}) }
}

export function smallDocument(): ReportDocument {
  const a = [1_250_000_000, 1_300_000_000, 1_420_500_000, 1_500_000_000, 1_610_000_000]
  const b = [820_000_000, 845_000_000, 901_250_000, 950_000_000, 990_000_000]
  const whole = [...a, ...b].reduce((sum, value) => sum + value, 0)
  const misi = a.map((value, index) => value + b[index])
  return {
    report: 'rekapMisiPd',
    titleLines: ['Rekap Pagu per Misi dan Perangkat Daerah', 'Kota Ternate', 'Tahun 2022-2026'],
    filterLines: ['Perangkat Daerah : semua'],
    blocks: [
      {
        kind: 'table',
        table: recapTable([
          recapRow('group', 0, 'Misi 1. Mewujudkan tata kelola pemerintahan yang bersih', misi, whole),
          recapRow('item', 1, 'Dinas Kesehatan', a, whole),
          recapRow('item', 1, 'Sekretariat Daerah', b, whole, '*'),
          recapRow('total', 0, 'TOTAL', misi, whole)
        ])
      }
    ],
    footnotes: ['* Pagu yang melayani beberapa misi dihitung pada setiap misi, tetapi hanya sekali pada TOTAL.'],
    facts: [],
    builtAt: '2026-12-04T01:00:00.000Z',
    fileStem: 'Rekap_2022-2026'
  }
}

export function emptyDocument(): ReportDocument {
  const document = tc14Document({ misi: 0, tujuanPerMisi: 0, sasaranPerTujuan: 0, programsPerSasaran: 0, unlinkedPrograms: 0 })
  const block = document.blocks[0]
  if (block.kind === 'table') block.table.rows = []
  return { ...document, footnotes: [] }
}

/** A 2.000-character program name and pagu of 10^13 on every money cell. */
export function extremeDocument(): ReportDocument {
  const document = tc14Document({ misi: 1, tujuanPerMisi: 1, sasaranPerTujuan: 1, programsPerSasaran: 3, unlinkedPrograms: 0 })
  const block = document.blocks[0]
  if (block.kind !== 'table') return document
  const longName = 'Program Peningkatan Kapasitas dan Kualitas Pelayanan Publik Terpadu '.repeat(40).slice(0, 2000)
  for (const row of block.table.rows) {
    row.cells = row.cells.map((cell) => (cell.kind === 'money' ? { kind: 'money', value: 10_000_000_000_000 } : cell))
    if (row.style === 'item') row.cells[1] = text(longName, row.depth)
  }
  return document
}

/** Keselarasan-like: a misi x year table with shares, its chart, a heading and two gap lists. */
export function keselarasanDocument(): ReportDocument {
  const pagu = MISI_TITLES.map((_, index) => FIXTURE_YEARS.map((year) => (index + 2) * 41_000_000_000 + (year - 2022) * 3_500_000_000))
  const whole = pagu.flat().reduce((sum, value) => sum + value, 0)
  const gapColumns: ReportColumn[] = [
    { key: 'kode', kind: 'code', width: 8, label: 'Kode' },
    { key: 'nama', kind: 'text', width: 40, label: 'Nama' },
    { key: 'pd', kind: 'text', width: 20, label: 'Perangkat Daerah' }
  ]
  const gapTable = (id: string, caption: string, count: number): ReportTable => ({
    id,
    caption,
    columns: gapColumns,
    header: [[{ text: 'Kode' }, { text: 'Nama' }, { text: 'Perangkat Daerah' }]],
    numberRow: false,
    rows: Array.from({ length: count }, (_, index) => ({
      style: 'item' as const,
      depth: 0,
      cells: [
        code(`1.02.02.1.${String(index + 1).padStart(2, '0')}.0001`),
        text(PROGRAM_NAMES[index % PROGRAM_NAMES.length]),
        text(PD_NAMES[index % PD_NAMES.length])
      ]
    })),
    emptyText: 'Tidak ada.'
  })
  return {
    report: 'keselarasan',
    titleLines: ['Laporan Keselarasan Misi dan Anggaran', 'Kota Ternate', 'Tahun 2022-2026'],
    filterLines: [],
    blocks: [
      {
        kind: 'table',
        table: recapTable(
          [
            ...pagu.map((row, index) => recapRow('item', 0, `Misi ${index + 1}. ${MISI_TITLES[index]}`, row, whole)),
            recapRow(
              'total',
              0,
              'TOTAL',
              FIXTURE_YEARS.map((_, year) => pagu.reduce((sum, row) => sum + row[year], 0)),
              whole
            )
          ],
          'misi'
        )
      },
      {
        kind: 'chart',
        chart: {
          id: 'chart',
          caption: 'Pagu per misi per tahun (Rp)',
          categories: FIXTURE_YEARS.map(String),
          series: pagu.map((values, index) => ({ label: `Misi ${index + 1}`, values })),
          unit: 'rupiah'
        }
      },
      { kind: 'heading', text: 'Daftar kesenjangan' },
      { kind: 'table', table: gapTable('sasaranTanpaProgram', 'Tabel 2. Sasaran tanpa program', 0) },
      { kind: 'table', table: gapTable('programTanpaSasaran', 'Tabel 3. Program tanpa sasaran', 60) }
    ],
    footnotes: ['Pagu yang melayani beberapa misi dihitung pada setiap misi, tetapi hanya sekali dalam total.'],
    facts: [],
    builtAt: '2026-12-04T01:00:00.000Z',
    fileStem: 'Keselarasan_2022-2026'
  }
}
