import type { PerangkatDaerah, PlanRow } from '../../../../../shared/domain'
import type { GridRow } from './gridRows'

const DEPTH = { program: 1, kegiatan: 2, sub_kegiatan: 3 } as const

/**
 * The grid rows of one plan screen, reused while their plan row is the same object: a save
 * makes new plan rows for what it changed (PlanStore), so only those get new grid rows and
 * AG Grid redraws only them, not the whole plan. A grid row is never changed once made. Owned by the screen's view
 * (usePlanView), so it goes with the screen; rows that left the plan are dropped (prune).
 */
export class GridRowCache {
  // Keyed by row id: a WeakMap keyed by the row objects was slower to fill.
  private readonly planRows = new Map<number, { source: PlanRow; gridRow: GridRow }>()
  private readonly headings = new Map<string, GridRow>()

  /** `total`: under a filter, the sum of the rows shown below (shownTotals); else the row's own. */
  gridRowOf(row: PlanRow, hasChildren: boolean, total: Record<number, number> = row.total): GridRow {
    const cached = this.planRows.get(row.id)
    if (cached && cached.source === row && cached.gridRow.hasChildren === hasChildren && cached.gridRow.total === total) return cached.gridRow
    // Field by field (the type checker names any field left out): a spread of every row was a large part of the layout.
    const gridRow: GridRow = {
      id: row.id,
      level: row.level,
      parentId: row.parentId,
      perangkatDaerahId: row.perangkatDaerahId,
      code: row.code,
      name: row.name,
      nameOverridden: row.nameOverridden,
      indikator: row.indikator,
      indikatorOverridden: row.indikatorOverridden,
      satuan: row.satuan,
      satuanOverridden: row.satuanOverridden,
      pagu: row.pagu,
      total,
      targets: row.targets,
      sasaranIds: row.sasaranIds,
      lokasiIds: row.lokasiIds,
      sumberDanaIds: row.sumberDanaIds,
      codeStatus: row.codeStatus,
      key: String(row.id),
      kind: 'plan',
      depth: DEPTH[row.level],
      hasChildren
    }
    this.planRows.set(row.id, { source: row, gridRow })
    return gridRow
  }

  headingOf(pd: PerangkatDaerah, total: Record<number, number>): GridRow {
    const key = `pd-${pd.id}`
    const cached = this.headings.get(key)
    const same =
      cached &&
      cached.name === pd.name &&
      cached.code === (pd.code ?? '') &&
      Object.keys(total).every((year) => cached.total[Number(year)] === total[Number(year)])
    if (cached && same) return cached
    const created: GridRow = { ...headingRow(pd), key, total, hasChildren: true }
    this.headings.set(key, created)
    return created
  }

  /** Drops the rows that are no longer in the plan (deleted, or undone additions). */
  prune(rows: readonly PlanRow[]): void {
    if (this.planRows.size <= rows.length) return
    const present = new Set(rows.map((row) => row.id))
    for (const id of this.planRows.keys()) if (!present.has(id)) this.planRows.delete(id)
  }

  get size(): number {
    return this.planRows.size
  }
}

function headingRow(pd: PerangkatDaerah): Omit<GridRow, 'key' | 'total' | 'hasChildren'> {
  return {
    id: -pd.id,
    kind: 'pd',
    depth: 0,
    level: 'program',
    parentId: null,
    perangkatDaerahId: pd.id,
    code: pd.code ?? '',
    name: pd.name,
    nameOverridden: false,
    indikator: '',
    indikatorOverridden: false,
    satuan: '',
    satuanOverridden: false,
    pagu: {},
    targets: {},
    sasaranIds: [],
    lokasiIds: [],
    sumberDanaIds: [],
    codeStatus: { valid: true }
  }
}
