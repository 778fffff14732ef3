import type { Misi, PlanRow, Sasaran, TargetValue } from '../../../shared/domain'
import type { ReportCell, ReportDocument, ReportRow } from '../../../shared/reports/document'
import { listPeriodIndikator, type RpjmdIndikator } from '../../db/repositories/reports'
import { addAmounts, empty, money, sameAmounts, sumYears, text, zeroAmounts, type Amounts } from './amounts'
import { filterLines, reportFacts, type ReportContext } from './context'
import { PART_MARK, REPEAT_MARK } from './marks'
import { loadServing } from './serving'
import { tc14Columns, tc14Header } from './tc14Layout'

// T-C.14, Program Pembangunan Daerah yang disertai Pagu Indikatif: misi > tujuan > sasaran >
// program, each level with its indikator, Rp subtotals per sasaran and misi, one TOTAL.


const withSatuan = (name: string, satuan: string) => (satuan.trim() === '' ? name : `${name} (${satuan})`)
const code = (value: string): ReportCell => (value === '' ? empty() : { kind: 'code', text: value })
const target = (value: TargetValue | undefined): ReportCell => ({ kind: 'target', value: value ?? null })

export function buildTc14(context: ReportContext): ReportDocument {
  const { period, years, periodYears, options, misiFilter } = context
  const first = period.firstYear
  const last = period.lastYear
  const serving = loadServing(context.db, period.id, context.rows)
  const indikatorOf = new Map<string, RpjmdIndikator[]>()
  for (const indikator of listPeriodIndikator(context.db, period.id)) {
    const key = indikator.tujuanId !== null ? `t${indikator.tujuanId}` : `s${indikator.sasaranId}`
    indikatorOf.set(key, [...(indikatorOf.get(key) ?? []), indikator])
  }
  const pdFilter = context.perangkatDaerahFilter
  const programs = context.rows.filter((row) => row.level === 'program' && (!pdFilter || row.perangkatDaerahId === pdFilter.id))
  const pdName = (row: PlanRow) => context.perangkatDaerah.get(row.perangkatDaerahId)?.name ?? ''
  const rows: ReportRow[] = []
  const printed = new Set<number>()
  const marks = new Set<string>()

  const line = (codes: ReportCell[], name: ReportCell, indikator: string, values: Record<number, TargetValue>, amounts: Amounts | null, pd: string) => [
    ...codes,
    name,
    text(indikator),
    target(values[first]),
    ...years.flatMap((year) => [target(values[year]), amounts ? money(amounts[year] ?? 0) : empty()]),
    target(values[last]),
    amounts ? money(sumYears(amounts, periodYears)) : empty(),
    text(pd)
  ]

  /** A misi, tujuan or sasaran: its first indikator on its own row, the others as continuation rows. */
  const levelRows = (depth: number, codes: string[], name: string, indikator: RpjmdIndikator[]) => {
    const [head, ...rest] = indikator
    const headText = head ? withSatuan(head.name, head.satuan) : ''
    rows.push({ style: 'group', depth, cells: line(codes.map(code), text(name, depth), headText, head?.values ?? {}, null, '') })
    for (const next of rest) {
      rows.push({ style: 'continuation', depth, cells: line([empty(3)], empty(), withSatuan(next.name, next.satuan), next.values, null, '') })
    }
  }

  const subtotal = (depth: number, label: string, amounts: Amounts, style: 'subtotal' | 'total' = 'subtotal') =>
    rows.push({ style, depth, cells: line([empty(3)], text(label), '', {}, amounts, '') })

  const programRow = (program: PlanRow, depth: number, amounts: Amounts, repeat: boolean) => {
    const mark = `${repeat && printed.has(program.id) ? REPEAT_MARK : ''}${sameAmounts(amounts, program.total, periodYears) ? '' : PART_MARK}`
    for (const used of mark) marks.add(used)
    printed.add(program.id)
    const cells = line([{ kind: 'code', text: program.code, colSpan: 3 }], text(program.name, depth), withSatuan(program.indikator, program.satuan), program.targets, amounts, pdName(program))
    rows.push({ style: 'item', depth, cells, ...(mark ? { mark } : {}) })
  }

  const sasaranBlock = (misi: Misi, tujuanCode: string, sasaran: Sasaran) => {
    levelRows(2, [String(misi.number), tujuanCode, sasaran.label], sasaran.text, indikatorOf.get(`s${sasaran.id}`) ?? [])
    const sum = zeroAmounts(periodYears)
    for (const program of programs) {
      const amounts = serving.bySasaran.get(program.id)?.get(sasaran.id)
      if (!amounts) continue
      programRow(program, 3, amounts, true)
      addAmounts(sum, amounts, periodYears)
    }
    subtotal(2, `Jumlah Sasaran ${sasaran.label}`, sum)
  }

  for (const misi of context.rpjmd.misi) {
    if (misiFilter && misi.id !== misiFilter.id) continue
    const misiCode = String(misi.number)
    levelRows(0, [misiCode, '', ''], misi.title, [])
    for (const tujuan of misi.tujuan) {
      const tujuanCode = `${misi.number}.${tujuan.number}`
      levelRows(1, [misiCode, tujuanCode, ''], tujuan.text, indikatorOf.get(`t${tujuan.id}`) ?? [])
      for (const sasaran of misi.sasaran) if (sasaran.tujuanId === tujuan.id) sasaranBlock(misi, tujuanCode, sasaran)
    }
    const unattached = misi.sasaran.filter((sasaran) => sasaran.tujuanId === null)
    if (unattached.length > 0) {
      rows.push({ style: 'group', depth: 1, cells: line([code(misiCode), empty(2)], text('Sasaran yang belum dikaitkan ke tujuan', 1), '', {}, null, '') })
      for (const sasaran of unattached) sasaranBlock(misi, '', sasaran)
    }
    const sum = zeroAmounts(periodYears)
    for (const program of programs) addAmounts(sum, serving.byMisi.get(program.id)?.get(misi.id), periodYears)
    subtotal(0, `Jumlah Misi ${misi.number}`, sum)
  }

  // Programs (or the part of their pagu) that serve no sasaran; never under a misi filter.
  const showUnlinked = options.includeUnlinked && !misiFilter
  const rest = (program: PlanRow): Amounts => {
    const linked = serving.linked.get(program.id)
    return Object.fromEntries(periodYears.map((year) => [year, (program.total[year] ?? 0) - (linked?.[year] ?? 0)]))
  }
  if (showUnlinked) {
    const unlinked = programs.filter((program) => !serving.bySasaran.has(program.id) || sumYears(rest(program), periodYears) > 0)
    if (unlinked.length > 0) {
      rows.push({ style: 'group', depth: 0, cells: line([empty(3)], text('Program yang belum dikaitkan ke sasaran'), '', {}, null, '') })
      const sum = zeroAmounts(periodYears)
      for (const program of unlinked) {
        const amounts = rest(program)
        programRow(program, 1, amounts, false)
        addAmounts(sum, amounts, periodYears)
      }
      subtotal(0, 'Jumlah program yang belum dikaitkan ke sasaran', sum)
    }
  }

  // TOTAL: every program once, with the part of its pagu the table shows.
  const total = zeroAmounts(periodYears)
  for (const program of programs) {
    if (misiFilter) addAmounts(total, serving.byMisi.get(program.id)?.get(misiFilter.id), periodYears)
    else addAmounts(total, showUnlinked ? program.total : serving.linked.get(program.id), periodYears)
  }
  subtotal(0, 'TOTAL', total, 'total')

  const emptyText = programs.length === 0 ? (pdFilter ? `${pdFilter.name} belum punya program dalam rencana.` : 'Belum ada program dalam rencana.') : misiFilter ? `Belum ada program yang melayani Misi ${misiFilter.number}.` : 'Belum ada program yang dikaitkan ke sasaran.'
  return {
    report: 'tc14',
    titleLines: ['Tabel T-C.14', 'Program Pembangunan Daerah yang disertai Pagu Indikatif', 'Kota Ternate', `RPJMD ${first}-${last}`],
    filterLines: [...filterLines(context), ...(options.includeUnlinked || misiFilter ? [] : ['Program yang belum dikaitkan ke sasaran tidak ditampilkan.'])],
    blocks: [
      {
        kind: 'table',
        table: { id: 'tc14', columns: tc14Columns(first, years), header: tc14Header(first, years), numberRow: true, rows: printed.size === 0 ? [] : rows, emptyText }
      }
    ],
    footnotes: tc14Footnotes(context, marks, showUnlinked),
    facts: reportFacts(context, [{ label: 'Program tanpa sasaran', value: showUnlinked ? 'Ditampilkan' : 'Tidak ditampilkan' }]),
    builtAt: context.builtAt.toISOString(),
    fileStem: `T-C.14_${first}-${last}`
  }
}

function tc14Footnotes(context: ReportContext, marks: Set<string>, showUnlinked: boolean): string[] {
  const years = context.periodYears
  const notes = [
    `Kondisi kinerja pada akhir periode RPJMD: target = target tahun ${years.at(-1)}; Rp = jumlah pagu lima tahun ${years[0]}-${years.at(-1)}.`,
    'Program dicantumkan di bawah setiap sasaran yang dilayaninya: sasaran yang dikaitkan pada program itu sendiri atau pada kegiatan/sub kegiatannya (aturan yang sama dengan Keselarasan). Rp program = pagu program beserta seluruh kegiatan dan sub kegiatan di bawahnya.',
    'Subtotal misi menghitung setiap program sekali per misi; TOTAL menghitung setiap program sekali (sama dengan total Keselarasan untuk program yang ditampilkan).'
  ]
  if (marks.has(REPEAT_MARK)) notes.push(`${REPEAT_MARK} Program yang juga tercantum pada sasaran atau misi sebelumnya; pagunya masuk subtotal setiap sasaran dan misi yang dilayaninya, tetapi hanya sekali pada TOTAL.`)
  if (marks.has(PART_MARK)) notes.push(`${PART_MARK} Hanya bagian pagu program (kegiatan/sub kegiatan) yang melayani sasaran tersebut; pada kelompok program tanpa sasaran, bagian yang belum dikaitkan ke sasaran mana pun.`)
  if (!showUnlinked && !context.misiFilter) notes.push('Program yang belum dikaitkan ke sasaran tidak ditampilkan dan tidak masuk TOTAL.')
  return notes
}
