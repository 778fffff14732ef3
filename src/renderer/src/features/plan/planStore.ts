import type { PlanRow, PlanView } from '../../../../shared/domain'
import { rowWarningCount, rowWarnings, type PlanWarning } from './warnings'

/** What a save did to the plan: values only, or rows that moved, appeared or vanished. */
export interface SaveOutcome {
  /** Rows were added, removed or reordered (code, parent or PD changed): the tree must be rebuilt. */
  structural: boolean
  /** For a values-only save: each changed row before and after. */
  changed: Array<{ before: PlanRow; after: PlanRow }>
  /** A sasaran link changed: the misi served and warnings of the rows below changed too. */
  linksChanged?: boolean
}

const sameIds = (left: number[], right: number[]) => left.length === right.length && left.every((id, index) => id === right[index])
const isStructural = (before: PlanRow | undefined, after: PlanRow) =>
  !before || before.parentId !== after.parentId || before.perangkatDaerahId !== after.perangkatDaerahId || before.level !== after.level || before.code !== after.code

/**
 * The plan's rows with the sums the screen shows beside the grid (pagu per misi, flagged
 * codes, warnings), kept up to date per saved row. An edit at scale 10 touches a handful of
 * rows; going over all 34.500 for every keystroke is what made the totals lag.
 */
export class PlanStore {
  private byId = new Map<number, PlanRow>()
  private position = new Map<number, number>()
  private misiOfRow = new Map<number, number[]>()
  private misiPagu = new Map<number, Map<number, number>>()
  /** Warnings per row are counted here and spelled out only when the list is asked for. */
  private warningCountOfRow = new Map<number, number>()
  private warningList: PlanWarning[] | undefined
  private misiOfSasaran: Map<number, number>
  flaggedCount = 0
  warningCount = 0

  constructor(
    readonly rows: PlanRow[],
    private readonly plan: PlanView
  ) {
    this.misiOfSasaran = new Map(plan.misi.flatMap((misi) => misi.sasaran.map((sasaran) => [sasaran.id, misi.id] as const)))
    rows.forEach((row, index) => {
      this.byId.set(row.id, row)
      this.position.set(row.id, index)
      if (!row.codeStatus.valid) this.flaggedCount += 1
    })
    this.recomputeLinks()
  }

  get size(): number {
    return this.rows.length
  }

  get(id: number): PlanRow | undefined {
    return this.byId.get(id)
  }

  /** Pagu per misi for one year: a row counts under every misi it serves, once per misi. */
  misiTotals(year: number): Array<{ misiId: number; number: number; pagu: number }> {
    const totals = this.misiPagu.get(year)
    return this.plan.misi.map((misi) => ({ misiId: misi.id, number: misi.number, pagu: totals?.get(misi.id) ?? 0 }))
  }

  /** Every warning in tree order (built when asked for, then kept until the next save). */
  warnings(): PlanWarning[] {
    this.warningList ??= this.rows.flatMap((row) => (this.warningCountOfRow.has(row.id) ? this.warningsOf(row) : []))
    return this.warningList
  }

  // Every sasaran belongs to a misi: serving a misi is serving a sasaran.
  private servesSasaran(row: PlanRow): boolean {
    return (this.misiOfRow.get(row.id) ?? []).length > 0
  }

  /** The marks of one row (empty for rows without any): for the grid's mark and its tooltip. */
  warningsOfRow(id: number): PlanWarning[] {
    const row = this.byId.get(id)
    return row && this.warningCountOfRow.has(id) ? this.warningsOf(row) : []
  }

  hasWarnings(id: number): boolean {
    return this.warningCountOfRow.has(id)
  }

  private warningsOf(row: PlanRow): PlanWarning[] {
    return rowWarnings(row, this.servesSasaran(row), this.plan.targetYears)
  }

  /**
   * Takes the rows a save returned. Values-only saves update the sums by the difference of
   * each row; a save that changes the tree returns `structural` and the caller builds a new store.
   */
  apply(saved: PlanRow[]): SaveOutcome {
    const pairs = saved.map((after) => ({ before: this.byId.get(after.id), after }))
    if (pairs.some(({ before, after }) => isStructural(before, after))) return { structural: true, changed: [] }
    const changed = pairs.filter((pair): pair is { before: PlanRow; after: PlanRow } => pair.before !== undefined && pair.before !== pair.after)
    let linksChanged = false
    for (const { before, after } of changed) {
      this.rows[this.position.get(after.id) as number] = after
      this.byId.set(after.id, after)
      this.flaggedCount += Number(!after.codeStatus.valid) - Number(!before.codeStatus.valid)
      if (!sameIds(before.sasaranIds, after.sasaranIds)) linksChanged = true
      else {
        this.addPagu(before, -1)
        this.addPagu(after, 1)
        this.setWarnings(after)
      }
    }
    // A new or removed link changes the misi of the row and of every row below it.
    if (linksChanged) this.recomputeLinks()
    if (changed.length > 0) this.warningList = undefined
    return { structural: false, changed, linksChanged }
  }

  private addPagu(row: PlanRow, sign: 1 | -1): void {
    const misiIds = this.misiOfRow.get(row.id) ?? []
    if (misiIds.length === 0) return
    for (const yearText in row.pagu) {
      const amount = row.pagu[Number(yearText)]
      if (!amount) continue
      const year = Number(yearText)
      let totals = this.misiPagu.get(year)
      if (!totals) this.misiPagu.set(year, (totals = new Map()))
      for (const misiId of misiIds) totals.set(misiId, (totals.get(misiId) ?? 0) + sign * amount)
    }
  }

  private setWarnings(row: PlanRow): void {
    const next = rowWarningCount(row, this.servesSasaran(row), this.plan.targetYears)
    this.warningCount += next - (this.warningCountOfRow.get(row.id) ?? 0)
    if (next > 0) this.warningCountOfRow.set(row.id, next)
    else this.warningCountOfRow.delete(row.id)
  }

  /** Misi served and warnings of every row, from scratch (rows come parents first). */
  private recomputeLinks(): void {
    this.misiOfRow.clear()
    this.misiPagu.clear()
    this.warningCountOfRow.clear()
    this.warningCount = 0
    for (const row of this.rows) {
      const parentMisi = row.parentId === null ? [] : (this.misiOfRow.get(row.parentId) ?? [])
      const own = row.sasaranIds.map((id) => this.misiOfSasaran.get(id)).filter((id): id is number => id !== undefined)
      this.misiOfRow.set(row.id, own.length === 0 ? parentMisi : [...new Set([...parentMisi, ...own])])
      this.addPagu(row, 1)
      this.setWarnings(row)
    }
  }
}
