import type { GridApi } from 'ag-grid-community'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { PerangkatDaerah, PlanRow, RpjmdView } from '../../../../../shared/domain'
import { paguYears } from '../model/planYears'
import { GridRowCache } from '../model/gridRowCache'
import { buildGridRows, filterRows, headingTotal, shownTotals, sumOfTotals, type GridRow, type PlanFilter } from '../model/gridRows'
import type { PlanStore, SaveOutcome } from '../model/planStore'

interface Options {
  store: PlanStore
  plan: RpjmdView
  perangkatDaerah: PerangkatDaerah[]
  filter: PlanFilter
  collapsed: ReadonlySet<string>
  gridApi: GridApi<GridRow> | undefined
}

type Totals = Record<number, number>

/** The PD headings' totals after the saves since the layout, and the TOTAL row (their sum). */
interface Patched {
  layout: unknown
  headings: ReadonlyMap<number, Totals>
  total: Totals
}

/**
 * What the grid shows: the tree is laid out again only when rows appear or vanish, or the
 * filter or folding changes. A save hands the grid the store's new row objects for the rows it
 * changed (found by getRowId), their PD headings and the TOTAL row, so an edit costs the rows it
 * touched. No object the grid holds is changed: each changed row is a new one.
 */
export function usePlanView({ store, plan, perangkatDaerah, filter, collapsed, gridApi }: Options) {
  const years = useMemo(() => paguYears(plan), [plan])
  const [cache] = useState(() => new GridRowCache())
  // A changed sasaran link changes which rows a misi or sasaran filter keeps: the store counts
  // its link changes, read at each render (a save re-renders the screen).
  const linksVersion = filter.misiId || filter.sasaranId ? store.linksVersion : 0
  // The store takes values-only saves without a new store; the layout reads its rows when it is rebuilt.
  const layout = useMemo(() => {
    void linksVersion
    const shown = filterRows(store.rows, filter, plan)
    const filtered = shown !== store.rows
    cache.prune(store.rows)
    // Under a filter each total row sums what is shown; without one, the rows' own totals.
    const gridRows = buildGridRows(cache, shown, perangkatDaerah, collapsed, years, filtered ? shownTotals(shown, years) : undefined)
    const headingTotals = new Map<number, Totals>()
    for (const row of gridRows) if (row.kind === 'pd') headingTotals.set(row.perangkatDaerahId, row.total)
    const programsByPd = new Map<number, number[]>()
    for (const row of shown) {
      if (row.parentId !== null) continue
      const programs = programsByPd.get(row.perangkatDaerahId)
      if (programs) programs.push(row.id)
      else programsByPd.set(row.perangkatDaerahId, [row.id])
    }
    return {
      gridRows,
      shownIds: filtered ? new Set(shown.map((row) => row.id)) : undefined,
      shownCount: shown.length,
      headingTotals,
      programsByPd,
      total: sumOfTotals(headingTotals.values(), years)
    }
    // linksVersion only asks for the same work again after links changed.
  }, [cache, store, filter, collapsed, plan, perangkatDaerah, years, linksVersion])
  const [patched, setPatched] = useState<Patched>()
  const total = patched?.layout === layout ? patched.total : layout.total
  // The last patch, for the next one to start from before React renders it.
  const patchedRef = useRef(patched)
  // A save may land after the filter or folding changed: it patches the layout on screen now.
  const layoutRef = useRef(layout)
  layoutRef.current = layout

  /** Shows a save that changed no row's place in the tree, without laying the tree out again. */
  const patch = useCallback(
    (outcome: SaveOutcome) => {
      const layout = layoutRef.current
      const shown = (row: PlanRow) => layout.shownIds === undefined || layout.shownIds.has(row.id)
      const changedShown = outcome.changed.filter(({ after }) => shown(after))
      // Under a filter the totals are those of the rows shown: taken again for the rows on
      // screen (few, as a filter narrows), then each changed row and the rows above it redrawn.
      const filteredTotals = changedShown.length > 0 && layout.shownIds ? shownTotals(store.rows.filter(shown), years) : undefined
      const redraw = new Map<number, PlanRow>()
      for (const { after } of changedShown) {
        if (!filteredTotals) redraw.set(after.id, after)
        else
          for (let row: PlanRow | undefined = after; row && !redraw.has(row.id); row = row.parentId === null ? undefined : store.get(row.parentId))
            redraw.set(row.id, row)
      }
      const update: GridRow[] = []
      // A program's total changed: its PD heading is the sum of its programs again.
      const headingsToSum = new Set<number>()
      for (const row of redraw.values()) {
        if (row.parentId === null) headingsToSum.add(row.perangkatDaerahId)
        const held = gridApi?.getRowNode(String(row.id))?.data
        if (held) update.push(cache.gridRowOf(row, held.hasChildren, filteredTotals?.get(row.id)))
      }
      let headings = patchedRef.current?.layout === layout ? patchedRef.current.headings : layout.headingTotals
      if (headingsToSum.size > 0) {
        const next = new Map(headings)
        for (const pdId of headingsToSum) {
          const programs = (layout.programsByPd.get(pdId) ?? []).map((id) => store.get(id)).filter((row): row is PlanRow => row !== undefined)
          const headingSum = headingTotal(programs, years, filteredTotals)
          next.set(pdId, headingSum)
          const pd = perangkatDaerah.find((entry) => entry.id === pdId)
          if (pd) update.push(cache.headingOf(pd, headingSum))
        }
        headings = next
      }
      // Each node found by its id takes its new row object and redraws the cells whose value
      // changed; a transaction would re-run the row model over all 34.500 nodes.
      for (const row of update) {
        const node = gridApi?.getRowNode(row.key)
        if (node && node.data !== row) node.updateData(row)
      }
      // Rows below a new or removed link gain or lose their "no sasaran" mark.
      if (outcome.linksChanged) gridApi?.refreshCells({ columns: ['name'], force: true })
      if (headingsToSum.size === 0) return
      const next: Patched = { layout, headings, total: sumOfTotals(headings.values(), years) }
      patchedRef.current = next
      setPatched(next)
    },
    [cache, gridApi, perangkatDaerah, store, years]
  )

  const isShown = useCallback((id: number) => layout.shownIds === undefined || layout.shownIds.has(id), [layout])
  return { gridRows: layout.gridRows, shownCount: layout.shownCount, filtered: layout.shownIds !== undefined, total, patch, isShown }
}
