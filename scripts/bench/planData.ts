// The plan as the grid shows it, rebuilt from the same API calls (no filter, nothing folded):
// PD headings in listPerangkatDaerah order, each followed by its rows in listPlanRows order.
import type { PerangkatDaerah, PlanRow, RpjmdView } from '../../src/shared/domain'
import { api, type Server } from './server'

export interface Shown {
  index: number
  row: PlanRow | undefined // undefined for a PD heading
}

export interface PlanData {
  plan: RpjmdView
  rows: PlanRow[]
  shown: Shown[]
  /** The misi strip's year (the plan's first target year). */
  stripYear: number
}

export async function loadPlanData(server: Server): Promise<PlanData> {
  const [plan, perangkatDaerah, rows] = await Promise.all([
    api<RpjmdView>(server, 'getRpjmd'),
    api<PerangkatDaerah[]>(server, 'listPerangkatDaerah'),
    api<PlanRow[]>(server, 'listPlanRows')
  ])
  const byPd = new Map<number, PlanRow[]>()
  for (const row of rows) {
    const list = byPd.get(row.perangkatDaerahId)
    if (list) list.push(row)
    else byPd.set(row.perangkatDaerahId, [row])
  }
  const shown: Shown[] = []
  for (const pd of perangkatDaerah) {
    const own = byPd.get(pd.id)
    if (!own) continue
    shown.push({ index: shown.length, row: undefined })
    for (const row of own) shown.push({ index: shown.length, row })
  }
  return { plan, rows, shown, stripYear: plan.targetYears[0] }
}

/** Where pagu can be typed: sub kegiatan, and a program with no kegiatan. */
function paguEditableIn(rows: PlanRow[]): (row: PlanRow | undefined) => boolean {
  const parents = new Set(rows.flatMap((row) => (row.parentId === null ? [] : [row.parentId])))
  return (row) => row !== undefined && (row.level === 'sub_kegiatan' || (row.level === 'program' && !parents.has(row.id)))
}

export interface PasteBlock {
  startIndex: number
  /** Grid rows the block spans (its line count); the lines on other rows are refused by the grid. */
  spanRows: number
  targets: Shown[]
  pdId: number
  longestSubRun: number
}

/**
 * The first `count` pagu-editable rows from the first sub kegiatan of the PD with the most
 * sub kegiatan. The plan has no long contiguous run of sub kegiatan (kegiatan rows sit
 * between them), so the block spans more grid rows and the rows in between are skipped.
 */
export function choosePasteBlock(data: PlanData, count: number): PasteBlock {
  const editable = paguEditableIn(data.rows)
  let longestSubRun = 0
  let run = 0
  for (const entry of data.shown) {
    run = entry.row?.level === 'sub_kegiatan' ? run + 1 : 0
    longestSubRun = Math.max(longestSubRun, run)
  }
  const subsPerPd = new Map<number, number>()
  for (const row of data.rows) if (row.level === 'sub_kegiatan') subsPerPd.set(row.perangkatDaerahId, (subsPerPd.get(row.perangkatDaerahId) ?? 0) + 1)
  const pdId = [...subsPerPd.entries()].sort((a, b) => b[1] - a[1])[0][0]
  const first = data.shown.find((entry) => entry.row?.perangkatDaerahId === pdId && entry.row.level === 'sub_kegiatan')
  if (!first) throw new Error('no sub kegiatan to paste into')
  const targets: Shown[] = []
  let index = first.index
  for (; index < data.shown.length && targets.length < count; index++) if (editable(data.shown[index].row)) targets.push(data.shown[index])
  if (targets.length < count) throw new Error(`only ${targets.length} pagu rows below the start row`)
  return { startIndex: first.index, spanRows: index - first.index, targets, pdId, longestSubRun }
}

/** A sub kegiatan near the top of the grid that serves a misi (own links or those above it). */
export function chooseMisiRow(data: PlanData): { entry: Shown; misiNumber: number } {
  const misiOfSasaran = new Map(data.plan.misi.flatMap((misi) => misi.sasaran.map((s) => [s.id, misi.number] as const)))
  const byId = new Map(data.rows.map((row) => [row.id, row]))
  const misiOf = (row: PlanRow): number[] => {
    const own = row.sasaranIds.flatMap((id) => misiOfSasaran.get(id) ?? [])
    const parent = row.parentId === null ? undefined : byId.get(row.parentId)
    return [...own, ...(parent ? misiOf(parent) : [])]
  }
  for (const entry of data.shown) {
    if (entry.row?.level !== 'sub_kegiatan') continue
    const misi = misiOf(entry.row)
    if (misi.length > 0) return { entry, misiNumber: Math.min(...misi) }
  }
  throw new Error('no sub kegiatan serves a misi')
}

/** Whole Rupiah written the id-ID way ("12.500.000"). */
export const idr = (value: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(value)

/** Realistic amounts, different in every run (so every cell really changes): Rp 1-91 juta. */
export function pasteAmount(run: number, rowIndex: number, col: number): number {
  return (1000 + ((rowIndex * 7919 + col * 3571 + run * 104729) % 90000)) * 1000
}
