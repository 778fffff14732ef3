import { LEVEL_LABEL, type KeselarasanView, type PlanLevel } from '../../../shared/domain'
import type { ReportBlock, ReportDocument, ReportRow, ReportTable } from '../../../shared/reports/document'
import { columnNumbers } from '../../../shared/reports/format'
import { computeKeselarasan } from '../../db/repositories/keselarasan'
import { money, sumYears, text, type Amounts } from './amounts'
import { misiText, reportFacts, yearsStem, type ReportContext } from './context'
import { REPEAT_MARK } from './marks'
import { paguShareCells, paguShareColumns, paguShareHeader, sumLabel } from './yearColumns'

// The Keselarasan screen as a document: the misi x year table with shares (the numbers of
// getKeselarasan itself), its bar chart, and the three gap lists.

const numbered = (count: number) => columnNumbers(count).map((number) => ({ text: number }))

function misiTable(view: KeselarasanView, years: number[]): ReportTable {
  const sharedMisi = new Set(view.multiMisiRows.flatMap((row) => row.misiNumbers))
  const line = (style: ReportRow['style'], code: string, name: string, count: number | null, amounts: Amounts, mark = false): ReportRow => ({
    style,
    depth: 0,
    cells: [
      code === '' ? { kind: 'empty' } : { kind: 'code', text: code },
      text(name),
      count === null ? { kind: 'empty' } : { kind: 'count', value: count },
      ...paguShareCells(amounts, view.grandTotal, years)
    ],
    ...(mark ? { mark: REPEAT_MARK } : {})
  })
  const { top, bottom } = paguShareHeader(years)
  const noPrograms = view.misi.every((misi) => misi.programCount === 0) && view.programsWithoutSasaran.length === 0
  return {
    id: 'keselarasanMisi',
    caption: 'Tabel 1. Pagu per misi dan tahun',
    columns: [
      { key: 'kode', kind: 'code', width: 4, label: 'Misi' },
      { key: 'misi', kind: 'text', width: 30, label: 'Uraian misi' },
      { key: 'program', kind: 'count', width: 6, label: 'Jumlah program' },
      ...paguShareColumns(years)
    ],
    header: [
      [{ text: 'Misi', colSpan: 2, rowSpan: 2 }, { text: 'Jumlah Program', rowSpan: 2 }, ...top],
      bottom,
      [{ text: '(1)', colSpan: 2 }, ...numbered(2 + (years.length + 1) * 2).slice(1)]
    ],
    numberRow: true,
    rows: noPrograms
      ? []
      : [
          ...view.misi.map((misi) => line('item', String(misi.number), misi.title, misi.programCount, misi.pagu, sharedMisi.has(misi.number))),
          line('item', '', 'Belum terkait sasaran', view.programsWithoutSasaran.length, view.unlinkedTotal),
          line('total', '', 'TOTAL (setiap program sekali)', null, view.grandTotal)
        ],
    emptyText: 'Belum ada program dalam rencana.'
  }
}

function gapTables(view: KeselarasanView, context: ReportContext): ReportTable[] {
  const totals = new Map(context.rows.map((row) => [row.id, row.total]))
  const ownPagu = new Map(context.rows.map((row) => [row.id, row.pagu]))
  const years = context.years
  const pagu = sumLabel(years)
  return [
    {
      id: 'sasaranTanpaProgram',
      caption: 'Tabel 2. Sasaran yang belum dilayani program',
      columns: [
        { key: 'kode', kind: 'code', width: 5, label: 'Kode sasaran' },
        { key: 'sasaran', kind: 'text', width: 60, label: 'Sasaran' }
      ],
      header: [[{ text: 'Kode' }, { text: 'Sasaran' }], numbered(2)],
      numberRow: true,
      rows: view.sasaranWithoutProgram.map((row) => ({ style: 'item', depth: 0, cells: [{ kind: 'code', text: row.label }, text(row.text)] })),
      emptyText: 'Setiap sasaran sudah dilayani program.'
    },
    {
      id: 'programTanpaSasaran',
      caption: 'Tabel 3. Program yang belum dikaitkan ke sasaran',
      columns: [
        { key: 'kode', kind: 'code', width: 8, label: 'Kode program' },
        { key: 'program', kind: 'text', width: 34, label: 'Program' },
        { key: 'perangkatDaerah', kind: 'text', width: 20, label: 'Perangkat Daerah' },
        { key: 'pagu', kind: 'money', width: 11, label: `Pagu ${pagu} (Rp)` }
      ],
      header: [[{ text: 'Kode' }, { text: 'Program' }, { text: 'Perangkat Daerah' }, { text: `Pagu ${pagu} (Rp)` }], numbered(4)],
      numberRow: true,
      rows: view.programsWithoutSasaran.map((row) => ({
        style: 'item',
        depth: 0,
        cells: [{ kind: 'code', text: row.code }, text(row.name), text(row.perangkatDaerah), money(sumYears(totals.get(row.programId), years))]
      })),
      emptyText: 'Setiap program sudah dikaitkan ke sasaran.'
    },
    {
      id: 'multiMisi',
      caption: 'Tabel 4. Baris rencana yang melayani lebih dari satu misi',
      columns: [
        { key: 'kode', kind: 'code', width: 10, label: 'Kode' },
        { key: 'tingkat', kind: 'text', width: 8, label: 'Tingkat' },
        { key: 'nama', kind: 'text', width: 34, label: 'Nama' },
        { key: 'misi', kind: 'text', width: 8, label: 'Misi' },
        { key: 'pagu', kind: 'money', width: 11, label: `Pagu sendiri ${pagu} (Rp)` }
      ],
      header: [[{ text: 'Kode' }, { text: 'Tingkat' }, { text: 'Nama' }, { text: 'Misi' }, { text: `Pagu sendiri ${pagu} (Rp)` }], numbered(5)],
      numberRow: true,
      rows: view.multiMisiRows.map((row) => ({
        style: 'item',
        depth: 0,
        cells: [
          { kind: 'code', text: row.code },
          text(LEVEL_LABEL[row.level as PlanLevel] ?? row.level),
          text(row.name),
          text(row.misiNumbers.join(', ')),
          money(sumYears(ownPagu.get(row.planRowId), years))
        ]
      })),
      emptyText: 'Tidak ada baris yang melayani lebih dari satu misi.'
    }
  ]
}

export function buildKeselarasanReport(context: ReportContext): ReportDocument {
  const view = computeKeselarasan(context.db, context.period)
  const years = context.years
  const chart: ReportBlock = {
    kind: 'chart',
    chart: {
      id: 'keselarasanChart',
      caption: 'Gambar 1. Pagu per misi dan tahun (Rp)',
      categories: view.misi.map((misi) => `Misi ${misi.number}`),
      series: years.map((year) => ({ label: String(year), values: view.misi.map((misi) => misi.pagu[year] ?? 0) })),
      unit: 'rupiah'
    }
  }
  const ignored = [
    ...(context.perangkatDaerahFilter ? [`perangkat daerah (${context.perangkatDaerahFilter.name})`] : []),
    ...(context.misiFilter ? [`misi (${misiText(context.misiFilter)})`] : [])
  ]
  return {
    report: 'keselarasan',
    titleLines: ['Laporan Keselarasan Program dengan Misi RPJMD', 'Kota Ternate', `RPJMD ${context.period.firstYear}-${context.period.lastYear}`],
    filterLines: [
      ...(years.length !== context.periodYears.length ? [`Tahun : ${years.join(', ')}`] : []),
      ...(ignored.length > 0 ? [`Laporan ini selalu mencakup seluruh rencana; saringan ${ignored.join(' dan ')} tidak diterapkan.`] : [])
    ],
    blocks: [{ kind: 'table', table: misiTable(view, years) }, chart, ...gapTables(view, context).map((table): ReportBlock => ({ kind: 'table', table }))],
    footnotes: [
      'Pagu sebuah baris rencana dihitung pada misi yang dilayaninya: sasaran yang dikaitkan pada baris itu atau pada baris di atasnya.',
      ...(view.multiMisiRows.length > 0
        ? [`${REPEAT_MARK} Misi yang memuat pagu yang juga melayani misi lain (Tabel 4): pagu itu dihitung pada setiap misinya dan sekali pada TOTAL, sehingga jumlah porsi misi dapat melebihi 100%.`]
        : []),
      'Porsi = pagu dibagi TOTAL tahun yang sama.'
    ],
    facts: reportFacts(context),
    builtAt: context.builtAt.toISOString(),
    fileStem: `Keselarasan_${yearsStem(context)}`
  }
}
