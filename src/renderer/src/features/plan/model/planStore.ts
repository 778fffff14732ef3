import type { PlanRow, RpjmdView } from '../../../../../shared/domain'
import { paguYears } from './planYears'
import { rowWarningCount, rowWarnings, type PlanWarning } from '../../../../../shared/planWarnings'
import type { SavedCellValue, SavedRowTotal } from '../../../../../shared/edits'

/** What a save did to the plan: values only, or rows that moved, appeared or vanished. */
export interface SaveOutcome {
  /** Rows were added, removed or reordered (code, parent or PD changed): the tree must be rebuilt. */
  structural: boolean
  /** For a values-only save: each changed row before and after. */
  changed: Array<{ before: PlanRow; after: PlanRow }>
  /** A sasaran link changed: the misi served and warnings of the rows below changed too. */
  linksChanged?: boolean
}

/** What a save sent back: whole rows, or the values it stored with the totals they changed. */
export interface SavedRows {
  rows: PlanRow[]
  values?: SavedCellValue[]
  totals?: SavedRowTotal[]
}

const NO_MISI: readonly number[] = []

/**
 * A copy of a year -> value record. These integer-keyed records copy ~3x faster by reading
 * the plan's years than by spread or for-in (1.000 rows of a paste: ~14 ms -> ~4 ms); a record
 * with any other year is spread.
 */
function copyYears<T>(source: Record<number, T>, years: readonly number[]): Record<number, T> {
  const copy: Record<number, T> = {}
  let count = 0
  for (const year of years) {
    const value = source[year]
    if (value === undefined) continue
    copy[year] = value
    count += 1
  }
  return count === Object.keys(source).length ? copy : { ...source }
}

const sameIds = (left: number[], right: number[]) => left.length === right.length && left.every((id, index) => id === right[index])
const sameTotal = (left: Record<number, number>, right: Record<number, number>) => {
  let count = 0
  for (const key in right) {
    if (left[Number(key)] !== right[Number(key)]) return false
    count += 1
  }
  return count === Object.keys(left).length
}
const isStructural = (before: PlanRow | undefined, after: PlanRow) =>
  !before ||
  before.parentId !== after.parentId ||
  before.perangkatDaerahId !== after.perangkatDaerahId ||
  before.level !== after.level ||
  before.code !== after.code

/**
 * The plan's rows with the sums the screen shows beside the grid (pagu per misi, flagged
 * codes, warnings), kept up to date per saved row. An edit at scale 10 touches a handful of
 * rows; going over all 34.500 for every keystroke is what made the totals lag.
 */
export class PlanStore {
  private byId = new Map<number, PlanRow>()
  private position = new Map<number, number>()
  /** Per row, the misi it serves as positions in plan.misi (arrays, not maps: this runs per row). */
  private misiOfRow = new Map<number, readonly number[]>()
  /** year -> pagu per misi position. */
  private misiPagu = new Map<number, number[]>()
  /** Warnings per row are counted here and spelled out only when the list is asked for. */
  private warningCountOfRow = new Map<number, number>()
  private warningList: PlanWarning[] | undefined
  /** sasaran id -> position of its misi in plan.misi. */
  private misiOfSasaran: Map<number, number>
  private readonly years: number[]
  private readonly targetYears: number[]
  flaggedCount = 0
  warningCount = 0
  /** Counts the times the links were taken again (a sasaran linked or unlinked): a misi or sasaran filter then keeps other rows. */
  linksVersion = 0
  /** Counts the saves taken in place (apply, applyValues); what reads the store subscribes to it (useSyncExternalStore). */
  version = 0
  private readonly listeners = new Set<() => void>()

  /** Called after every save taken in place; returns the unsubscribe. Bound: handed to useSyncExternalStore as it is. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  constructor(
    readonly rows: PlanRow[],
    private readonly plan: RpjmdView
  ) {
    this.years = paguYears(plan)
    this.targetYears = [plan.period.firstYear, ...this.years]
    this.misiOfSasaran = new Map(plan.misi.flatMap((misi, position) => misi.sasaran.map((sasaran) => [sasaran.id, position] as const)))
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index]
      this.byId.set(row.id, row)
      this.position.set(row.id, index)
      if (!row.codeStatus.valid) this.flaggedCount += 1
    }
    this.recomputeLinks()
  }

  get size(): number {
    return this.rows.length
  }

  get(id: number): PlanRow | undefined {
    return this.byId.get(id)
  }

  /** Rows come in tree order: a row has rows below it when the next one is its child. */
  hasChildren(id: number): boolean {
    const position = this.position.get(id)
    return position !== undefined && this.rows[position + 1]?.parentId === id
  }

  /** Pagu per misi for one year: a row counts under every misi it serves, once per misi. */
  misiTotals(year: number): Array<{ misiId: number; number: number; pagu: number }> {
    const totals = this.misiPagu.get(year)
    return this.plan.misi.map((misi, position) => ({ misiId: misi.id, number: misi.number, pagu: totals?.[position] ?? 0 }))
  }

  /** Every warning in tree order (built when asked for, then kept until the next save). */
  warnings(): PlanWarning[] {
    this.warningList ??= this.rows.flatMap((row) => (this.warningCountOfRow.has(row.id) ? this.warningsOf(row) : []))
    return this.warningList
  }

  // Every sasaran belongs to a misi: serving a misi is serving a sasaran.
  private servesSasaran(row: PlanRow): boolean {
    return (this.misiOfRow.get(row.id) ?? NO_MISI).length > 0
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
    if (changed.length > 0) this.changedInPlace()
    return { structural: false, changed, linksChanged }
  }

  /**
   * Takes what a save sent back: whole rows, or values with the totals they changed (a paste of
   * 5.000 cells comes back as values, not rows). An unknown row (the plan changed elsewhere)
   * makes the outcome structural: reload.
   */
  applySave(saved: SavedRows): SaveOutcome {
    return saved.values || saved.totals ? this.applyValues(saved.values ?? [], saved.totals ?? []) : this.apply(saved.rows)
  }

  /**
   * Values change no code, parent or link. Each row with a saved value, and each row whose total
   * the reply names with a new figure, becomes a new object in the store; the objects before
   * stay as they were for whoever holds them (the grid). The totals are the server's, taken as
   * they come: none is summed here (a row without rows below has its pagu as its total). Each misi total moves by each pagu's difference, and only
   * rows with values of their own are re-marked.
   */
  applyValues(values: readonly SavedCellValue[], totals: readonly SavedRowTotal[] = []): SaveOutcome {
    const saved = this.rowsWithValues(values, totals)
    if (!saved) return { structural: true, changed: [] }
    const changed: SaveOutcome['changed'] = []
    for (const after of saved.rows.values()) {
      changed.push({ before: this.byId.get(after.id) as PlanRow, after })
      this.rows[this.position.get(after.id) as number] = after
      this.byId.set(after.id, after)
    }
    for (const [rowId, year, difference] of saved.paguDifferences) this.addToMisi(rowId, year, difference)
    for (const rowId of saved.withOwnValues) this.setWarnings(this.byId.get(rowId) as PlanRow)
    if (changed.length > 0) this.changedInPlace()
    return { structural: false, changed }
  }

  private rowsWithValues(
    values: readonly SavedCellValue[],
    totals: readonly SavedRowTotal[]
  ): { rows: Map<number, PlanRow>; paguDifferences: Array<[number, number, number]>; withOwnValues: Set<number> } | undefined {
    const copies = new Map<number, PlanRow>()
    // Each copy shares the year records of its row until it changes one of them (a paste of
    // pagu leaves targets shared); a changed record is a new one, never the old one edited.
    const own = new Set<Record<number, unknown>>()
    const copy = (id: number) => {
      let row = copies.get(id)
      const current = this.byId.get(id)
      if (!row && current) copies.set(id, (row = { ...current }))
      return row
    }
    const paguDifferences: Array<[number, number, number]> = []
    const withOwnValues = new Set<number>()
    for (const { planRowId, field, value } of values) {
      const row = copy(planRowId)
      if (!row) return undefined
      withOwnValues.add(planRowId)
      const year = Number(field.slice(field.indexOf(':') + 1))
      if (field.startsWith('target:')) {
        if (!own.has(row.targets)) own.add((row.targets = copyYears(row.targets, this.targetYears)))
        if (value === null) delete row.targets[year]
        else row.targets[year] = value
        continue
      }
      // A pagu is a whole number or emptied; anything else means the plan is not what we think: reload.
      if (value !== null && typeof value !== 'number') return undefined
      if (!own.has(row.pagu)) own.add((row.pagu = copyYears(row.pagu, this.years)))
      const difference = (value ?? 0) - (row.pagu[year] ?? 0)
      if (value === null) delete row.pagu[year]
      else row.pagu[year] = value
      if (difference !== 0) paguDifferences.push([planRowId, year, difference])
    }
    // A row without rows below has its own pagu as its total (EditResult.totals): the reply
    // names the totals of the rows above only. The record is shared, as neither is ever changed.
    for (const row of copies.values()) if (own.has(row.pagu) && !this.hasChildren(row.id)) row.total = row.pagu
    for (const { planRowId, total } of totals) {
      const current = copies.get(planRowId) ?? this.byId.get(planRowId)
      if (!current) return undefined
      // A total the save left as it was (a row above a target, a pagu put back) keeps its row.
      if (!sameTotal(current.total, total)) (copy(planRowId) as PlanRow).total = total
    }
    return { rows: copies, paguDifferences, withOwnValues }
  }

  private changedInPlace(): void {
    this.warningList = undefined
    this.version += 1
    for (const listener of this.listeners) listener()
  }

  /** A row's pagu of one year moved by `difference`: so did every misi the row serves. */
  private addToMisi(rowId: number, year: number, difference: number): void {
    const positions = this.misiOfRow.get(rowId) ?? NO_MISI
    if (positions.length === 0) return
    let totals = this.misiPagu.get(year)
    if (!totals) this.misiPagu.set(year, (totals = this.plan.misi.map(() => 0)))
    for (const position of positions) totals[position] += difference
  }

  private addPagu(row: PlanRow, sign: 1 | -1): void {
    const positions = this.misiOfRow.get(row.id) ?? NO_MISI
    if (positions.length === 0) return
    const pagu = row.pagu
    // The plan's pagu years (a for-in over the row's keys was the slowest part of a load).
    for (const year of this.years) {
      const amount = pagu[year]
      if (!amount) continue
      let totals = this.misiPagu.get(year)
      if (!totals) this.misiPagu.set(year, (totals = this.plan.misi.map(() => 0)))
      for (const position of positions) totals[position] += sign * amount
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
    this.linksVersion += 1
    this.misiOfRow.clear()
    this.misiPagu.clear()
    this.warningCountOfRow.clear()
    this.warningCount = 0
    for (const row of this.rows) {
      const parentMisi = row.parentId === null ? NO_MISI : (this.misiOfRow.get(row.parentId) ?? NO_MISI)
      // Most rows have no links of their own and share their parent's array.
      let misi = parentMisi
      if (row.sasaranIds.length > 0) {
        const own = row.sasaranIds.map((id) => this.misiOfSasaran.get(id)).filter((position): position is number => position !== undefined)
        misi = [...new Set([...parentMisi, ...own])]
      }
      this.misiOfRow.set(row.id, misi)
      this.addPagu(row, 1)
      this.setWarnings(row)
    }
  }
}
