import type { PlanRow } from '../../../shared/domain'
import type { ReportCell, ReportColumn, ReportDocument, ReportRow } from '../../../shared/reports/document'
import { columnNumbers } from '../../../shared/reports/format'
import { filterRows, shownTotals, type PlanFilter } from '../../../shared/planFilter'
import { addAmounts, empty, money, sumTooLarge, text, zeroAmounts, type Amounts } from './amounts'
import { filterLines, reportFacts, yearsStem, type ReportContext } from './context'

// Daftar program, kegiatan dan sub kegiatan per PD: the plan as a document, with the grid's
// filters (shared/planFilter): rows above a match kept for context, totals of what is shown.

const DEPTH = { program: 1, kegiatan: 2, sub_kegiatan: 3 } as const

function columns(years: number[]): ReportColumn[] {
  return [
    { key: 'kode', kind: 'code', width: 10, label: 'Kode' },
    { key: 'nama', kind: 'text', width: 28, label: 'Program / Kegiatan / Sub Kegiatan' },
    { key: 'indikator', kind: 'text', width: 16, label: 'Indikator' },
    { key: 'satuan', kind: 'text', width: 8, label: 'Satuan' },
    ...years.flatMap((year): ReportColumn[] => [
      { key: `target${year}`, kind: 'target', width: 4, label: `Target ${year}` },
      { key: `pagu${year}`, kind: 'money', width: 9, label: `Pagu ${year} (Rp)` }
    ])
  ]
}

/** The totals as summed for the grid, refused when one passed 2^53 (no longer exact). */
function checkedTotals(rows: PlanRow[], totals: ReadonlyMap<number, Amounts> | null, years: number[]): Map<number, Amounts> {
  const result = new Map<number, Amounts>()
  for (const row of rows) {
    const total = totals?.get(row.id) ?? row.total
    for (const year of years) if (!Number.isSafeInteger(total[year] ?? 0)) throw sumTooLarge()
    result.set(row.id, total)
  }
  return result
}

export function buildDaftarProgram(context: ReportContext): ReportDocument {
  const { years, periodYears, options } = context
  const filter: PlanFilter = {
    perangkatDaerahId: context.perangkatDaerahFilter?.id,
    misiId: context.misiFilter?.id,
    sasaranId: context.sasaranFilter?.id,
    text: options.text
  }
  const filtered = Boolean(filter.perangkatDaerahId || filter.misiId || filter.sasaranId || options.text)
  const shown = filterRows(context.rows, filter, context.rpjmd)
  const totals = checkedTotals(shown, filtered ? shownTotals(shown, periodYears) : null, periodYears)

  const line = (style: ReportRow['style'], depth: number, code: ReportCell, name: ReportCell, row: PlanRow | null, amounts: Amounts | null): ReportRow => ({
    style,
    depth,
    cells: [
      code,
      name,
      row ? text(row.indikator) : empty(),
      row ? text(row.satuan) : empty(),
      ...years.flatMap((year): ReportCell[] => [row ? { kind: 'target', value: row.targets[year] ?? null } : empty(), amounts ? money(amounts[year] ?? 0) : empty()])
    ]
  })

  const byPd = new Map<number, PlanRow[]>()
  for (const row of shown) byPd.set(row.perangkatDaerahId, [...(byPd.get(row.perangkatDaerahId) ?? []), row])
  const rows: ReportRow[] = []
  const total = zeroAmounts(years)
  for (const pd of context.perangkatDaerah.values()) {
    const own = byPd.get(pd.id)
    if (!own) continue
    rows.push(line('group', 0, pd.code ? { kind: 'code', text: pd.code } : empty(), text(pd.name), null, null))
    const sum = zeroAmounts(years)
    for (const row of own) {
      const amounts = totals.get(row.id) as Amounts
      if (row.parentId === null) addAmounts(sum, amounts, years)
      rows.push(line(row.level === 'program' ? 'group' : 'item', DEPTH[row.level], { kind: 'code', text: row.code }, text(row.name, DEPTH[row.level]), row, amounts))
    }
    rows.push(line('subtotal', 0, empty(), text(`Jumlah ${pd.name}`), null, sum))
    addAmounts(total, sum, years)
  }
  if (rows.length > 0) rows.push(line('total', 0, empty(), text('TOTAL'), null, total))

  const header = [
    [
      { text: 'Kode', rowSpan: 2 },
      { text: 'Program / Kegiatan / Sub Kegiatan', rowSpan: 2 },
      { text: 'Indikator', rowSpan: 2 },
      { text: 'Satuan', rowSpan: 2 },
      ...years.map((year) => ({ text: `Tahun ${year}`, colSpan: 2 }))
    ],
    years.flatMap(() => [{ text: 'Target' }, { text: 'Pagu (Rp)' }]),
    columnNumbers(4 + years.length * 2).map((number) => ({ text: number }))
  ]
  return {
    report: 'daftarProgram',
    titleLines: ['Daftar Program, Kegiatan dan Sub Kegiatan per Perangkat Daerah', 'Kota Ternate', `RPJMD ${context.period.firstYear}-${context.period.lastYear}`],
    filterLines: filterLines(context),
    blocks: [
      {
        kind: 'table',
        table: {
          id: 'daftarProgram',
          columns: columns(years),
          header,
          numberRow: true,
          rows,
          emptyText: context.rows.length === 0 ? 'Belum ada program dalam rencana.' : 'Tidak ada baris rencana yang cocok dengan saringan.'
        }
      }
    ],
    footnotes: [
      'Pagu program dan kegiatan = pagunya sendiri ditambah pagu semua baris di bawahnya.',
      ...(filtered
        ? ['Dengan saringan, baris di atas baris yang cocok tetap ditampilkan sebagai konteks; pagu program, kegiatan, jumlah perangkat daerah dan TOTAL hanya menjumlahkan baris yang ditampilkan.']
        : [])
    ],
    facts: reportFacts(context, [
      { label: 'Sasaran', value: context.sasaranFilter ? `${context.sasaranFilter.label} ${context.sasaranFilter.text}` : 'Semua sasaran' },
      { label: 'Kata kunci', value: options.text === '' ? '-' : options.text }
    ]),
    builtAt: context.builtAt.toISOString(),
    fileStem: `Daftar_Program_${yearsStem(context)}`
  }
}
