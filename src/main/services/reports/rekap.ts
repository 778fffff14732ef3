import type { Misi, PerangkatDaerah, PlanRow } from '../../../shared/domain'
import type { ReportDocument, ReportRow } from '../../../shared/reports/document'
import { columnNumbers } from '../../../shared/reports/format'
import { addAmounts, sumYears, text, zeroAmounts, type Amounts } from './amounts'
import { filterLines, reportFacts, yearsStem, type ReportContext } from './context'
import { loadServing, type Serving } from './serving'
import { REPEAT_MARK } from './marks'
import { paguShareCells, paguShareColumns, paguShareHeader } from './yearColumns'

// Rekap pagu per misi dan perangkat daerah: misi as groups with the PD that serve them, or PD
// as groups with the misi they serve. A pagu serving several misi counts under each, once in TOTAL.
const UNLINKED = 'Belum dikaitkan ke sasaran'

interface Recap {
  programs: PlanRow[]
  serving: Serving
  /** "misiId:pdId" of the PD that hold pagu serving that misi and another. */
  multiMisi: Set<string>
}

/** The program's pagu that serves no sasaran. */
function unlinkedPart(program: PlanRow, serving: Serving, years: number[]): Amounts {
  const linked = serving.linked.get(program.id)
  return Object.fromEntries(years.map((year) => [year, (program.total[year] ?? 0) - (linked?.[year] ?? 0)]))
}

function sumOver(programs: PlanRow[], part: (program: PlanRow) => Amounts | undefined, years: number[]): Amounts | undefined {
  let sum: Amounts | undefined
  for (const program of programs) {
    const amounts = part(program)
    if (!amounts) continue
    sum ??= zeroAmounts(years)
    addAmounts(sum, amounts, years)
  }
  return sum
}

export function buildRekap(context: ReportContext): ReportDocument {
  const { years, options, misiFilter } = context
  const pdFilter = context.perangkatDaerahFilter
  const programs = context.rows.filter((row) => row.level === 'program' && (!pdFilter || row.perangkatDaerahId === pdFilter.id))
  const serving = loadServing(context.db, context.period.id, context.rows)
  const multiMisi = new Set([...serving.multiMisi].flatMap(([row, misiIds]) => misiIds.map((misiId) => `${misiId}:${row.perangkatDaerahId}`)))
  const recap: Recap = { programs, serving, multiMisi }
  const misiShown = context.rpjmd.misi.filter((misi) => !misiFilter || misi.id === misiFilter.id)
  const pdShown = [...context.perangkatDaerah.values()].filter((pd) => programs.some((program) => program.perangkatDaerahId === pd.id))

  const total = zeroAmounts(years)
  for (const program of programs) addAmounts(total, misiFilter ? serving.byMisi.get(program.id)?.get(misiFilter.id) : program.total, years)
  const rows = options.groupBy === 'misi' ? byMisi(recap, misiShown, pdShown, total, context) : byPerangkatDaerah(recap, misiShown, pdShown, total, context)
  if (rows.length > 0) rows.push({ style: 'total', depth: 0, cells: [{ kind: 'text', text: 'TOTAL', colSpan: 2 }, ...paguShareCells(total, total, years)] })
  const marked = rows.some((row) => row.mark)

  const columnsCount = 2 + (years.length + 1) * 2
  const { top, bottom } = paguShareHeader(years)
  const first = options.groupBy === 'misi' ? 'Misi / Perangkat Daerah' : 'Perangkat Daerah / Misi'
  return {
    report: 'rekapMisiPd',
    titleLines: ['Rekapitulasi Pagu Indikatif per Misi dan Perangkat Daerah', 'Kota Ternate', `RPJMD ${context.period.firstYear}-${context.period.lastYear}`],
    filterLines: filterLines(context),
    blocks: [
      {
        kind: 'table',
        table: {
          id: 'rekapMisiPd',
          columns: [
            { key: 'kode', kind: 'code', width: 5, label: 'Kode' },
            { key: 'uraian', kind: 'text', width: 30, label: first },
            ...paguShareColumns(years)
          ],
          header: [[{ text: 'Kode', rowSpan: 2 }, { text: first, rowSpan: 2 }, ...top], bottom, columnNumbers(columnsCount).map((number) => ({ text: number }))],
          numberRow: true,
          rows,
          emptyText: emptyText(context, programs.length)
        }
      }
    ],
    footnotes: [
      'Pagu sebuah baris rencana dihitung pada misi yang dilayaninya: sasaran yang dikaitkan pada baris itu atau pada baris di atasnya (aturan yang sama dengan Keselarasan).',
      'Porsi = pagu baris dibagi TOTAL tahun yang sama; TOTAL menghitung setiap pagu sekali.',
      ...(marked
        ? [`${REPEAT_MARK} Memuat pagu yang melayani lebih dari satu misi: dihitung pada setiap misi yang dilayaninya dan sekali pada TOTAL, sehingga jumlah porsi misi dapat melebihi 100%.`]
        : [])
    ],
    facts: reportFacts(context, [{ label: 'Dikelompokkan menurut', value: options.groupBy === 'misi' ? 'Misi' : 'Perangkat daerah' }]),
    builtAt: context.builtAt.toISOString(),
    fileStem: `Rekap_Pagu_Misi_PD_${yearsStem(context)}`
  }
}

function emptyText(context: ReportContext, programCount: number): string {
  if (programCount > 0) return `Belum ada pagu yang melayani Misi ${context.misiFilter?.number}.`
  return context.perangkatDaerahFilter ? `${context.perangkatDaerahFilter.name} belum punya program dalam rencana.` : 'Belum ada program dalam rencana.'
}

const line = (style: 'group' | 'item', depth: number, code: string, name: string, amounts: Amounts | undefined, whole: Amounts, years: number[], mark: boolean): ReportRow => ({
  style,
  depth,
  cells: [code === '' ? { kind: 'empty' } : { kind: 'code', text: code }, text(name, depth), ...paguShareCells(amounts, whole, years)],
  ...(mark ? { mark: REPEAT_MARK } : {})
})

function byMisi(recap: Recap, misiShown: Misi[], pdShown: PerangkatDaerah[], total: Amounts, context: ReportContext): ReportRow[] {
  const { years } = context
  const rows: ReportRow[] = []
  for (const misi of misiShown) {
    const items: ReportRow[] = []
    const sum = zeroAmounts(years)
    for (const pd of pdShown) {
      const own = recap.programs.filter((program) => program.perangkatDaerahId === pd.id)
      const amounts = sumOver(own, (program) => recap.serving.byMisi.get(program.id)?.get(misi.id), years)
      if (!amounts) continue
      addAmounts(sum, amounts, years)
      items.push(line('item', 1, pd.code ?? '', pd.name, amounts, total, years, recap.multiMisi.has(`${misi.id}:${pd.id}`)))
    }
    if (items.length === 0 && context.perangkatDaerahFilter) continue
    rows.push(line('group', 0, String(misi.number), misi.title, sum, total, years, items.some((item) => item.mark)), ...items)
  }
  if (!context.misiFilter) {
    const items: ReportRow[] = []
    const sum = zeroAmounts(years)
    for (const pd of pdShown) {
      const own = recap.programs.filter((program) => program.perangkatDaerahId === pd.id)
      const amounts = sumOver(own, (program) => unlinkedOf(recap, program, years), years)
      if (!amounts) continue
      addAmounts(sum, amounts, years)
      items.push(line('item', 1, pd.code ?? '', pd.name, amounts, total, years, false))
    }
    if (items.length > 0) rows.push(line('group', 0, '', UNLINKED, sum, total, years, false), ...items)
  }
  return recap.programs.length === 0 ? [] : rows
}

/** The part of a program that serves no sasaran, if it has one (a program linked to nothing, or pagu left over). */
function unlinkedOf(recap: Recap, program: PlanRow, years: number[]): Amounts | undefined {
  const rest = unlinkedPart(program, recap.serving, years)
  return !recap.serving.bySasaran.has(program.id) || sumYears(rest, years) > 0 ? rest : undefined
}

function byPerangkatDaerah(recap: Recap, misiShown: Misi[], pdShown: PerangkatDaerah[], total: Amounts, context: ReportContext): ReportRow[] {
  const { years, misiFilter } = context
  const rows: ReportRow[] = []
  for (const pd of pdShown) {
    const own = recap.programs.filter((program) => program.perangkatDaerahId === pd.id)
    const items: ReportRow[] = []
    for (const misi of misiShown) {
      const amounts = sumOver(own, (program) => recap.serving.byMisi.get(program.id)?.get(misi.id), years)
      if (amounts) items.push(line('item', 1, String(misi.number), misi.title, amounts, total, years, recap.multiMisi.has(`${misi.id}:${pd.id}`)))
    }
    const unlinked = misiFilter ? undefined : sumOver(own, (program) => unlinkedOf(recap, program, years), years)
    if (unlinked) items.push(line('item', 1, '', UNLINKED, unlinked, total, years, false))
    if (items.length === 0) continue
    const sum = sumOver(own, (program) => (misiFilter ? recap.serving.byMisi.get(program.id)?.get(misiFilter.id) : program.total), years)
    rows.push(line('group', 0, pd.code ?? '', pd.name, sum, total, years, items.some((item) => item.mark)), ...items)
  }
  return rows
}
