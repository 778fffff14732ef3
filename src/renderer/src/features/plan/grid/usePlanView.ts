import type { GridApi, IRowNode } from 'ag-grid-community'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { PerangkatDaerah, PlanRow, RpjmdView } from '../../../../../shared/domain'
import { paguYears } from '../model/planYears'
import { GridRowCache } from '../model/gridRowCache'
import { buildGridRows, filterRows, shownTotals, visibleTotal, type GridRow, type PlanFilter } from '../model/gridRows'
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

function addDifference(target: Totals, before: Totals, after: Totals, years: number[]): Totals {
  const next = { ...target }
  for (const year of years) next[year] = (next[year] ?? 0) + (after[year] ?? 0) - (before[year] ?? 0)
  return next
}

/**
 * What the grid shows: the tree is laid out again only when rows appear or vanish, or the
 * filter or folding changes. A values-only save patches the saved rows, their PD headings
 * and the pinned total in place, so an edit costs the rows it touched.
 */
export function usePlanView({ store, plan, perangkatDaerah, filter, collapsed, gridApi }: Options) {
  const years = useMemo(() => paguYears(plan), [plan])
  const [cache] = useState(() => new GridRowCache())
  // A changed sasaran link changes which rows a misi or sasaran filter keeps: the store counts
  // its link changes, read at each render (a save re-renders the screen).
  const linksVersion = filter.misiId || filter.sasaranId ? store.linksVersion : 0
  // store.rows is updated in place by values-only saves; the layout reads it when it is rebuilt.
  const layout = useMemo(() => {
    void linksVersion
    const shown = filterRows(store.rows, filter, plan)
    const filtered = shown !== store.rows
    cache.prune(store.rows)
    return {
      // Under a filter each total row sums what is shown; without one, the rows' own totals.
      gridRows: buildGridRows(cache, shown, perangkatDaerah, collapsed, years, filtered ? shownTotals(shown, years) : undefined),
      shownIds: filtered ? new Set(shown.map((row) => row.id)) : undefined,
      shownCount: shown.length,
      total: visibleTotal(shown, years)
    }
    // linksVersion only asks for the same work again after links changed.
  }, [cache, store, filter, collapsed, plan, perangkatDaerah, years, linksVersion])
  const [patchedTotal, setPatchedTotal] = useState<{ layout: typeof layout; total: Totals }>()
  const total = patchedTotal?.layout === layout ? patchedTotal.total : layout.total
  // The last patched total, for the next patch to add to before React renders it (summed here,
  // not in a state updater that React runs during its render).
  const patchedRef = useRef(patchedTotal)
  // A save may land after the filter or folding changed: it patches the layout on screen now.
  const layoutRef = useRef(layout)
  layoutRef.current = layout

  /** Shows a values-only save in the grid without laying the tree out again. */
  const patch = useCallback(
    (outcome: SaveOutcome) => {
      const layout = layoutRef.current
      const shown = (row: PlanRow) => layout.shownIds === undefined || layout.shownIds.has(row.id)
      const update: GridRow[] = []
      // Values only (a paste of pagu): the grid rows take the values in place and only their
      // columns are redrawn, plus the name for its warning mark.
      const inPlace: IRowNode<GridRow>[] = []
      const headingTotals = new Map<number, Totals>()
      const changedShown = outcome.changed.filter(({ after }) => shown(after))
      // Under a filter the totals are those of the rows shown: taken again for the rows on
      // screen (few, as a filter narrows), then each changed row and the rows above it redrawn.
      const filteredTotals = layout.shownIds && shownTotals(store.rows.filter(shown), years)
      if (filteredTotals) {
        const redraw = new Map<number, PlanRow>()
        for (const { after } of changedShown)
          for (let row: PlanRow | undefined = after; row && !redraw.has(row.id); row = row.parentId === null ? undefined : store.get(row.parentId))
            redraw.set(row.id, row)
        for (const row of redraw.values()) {
          const node = gridApi?.getRowNode(String(row.id))
          if (!node?.data) continue
          if (outcome.fields) {
            cache.refreshValues(node.data, row, filteredTotals.get(row.id))
            inPlace.push(node)
          } else update.push(cache.gridRowOf(row, node.data.hasChildren, filteredTotals.get(row.id)))
          if (row.parentId === null) headingTotals.set(row.perangkatDaerahId, {})
        }
        for (const pdId of headingTotals.keys()) {
          const sum: Totals = {}
          for (const year of years) sum[year] = 0
          for (const [id, rowTotal] of filteredTotals) {
            const row = store.get(id)
            if (row?.parentId === null && row.perangkatDaerahId === pdId) for (const year of years) sum[year] += rowTotal[year] ?? 0
          }
          headingTotals.set(pdId, sum)
        }
      }
      for (const { before, after } of filteredTotals ? [] : changedShown) {
        if (after.parentId === null) {
          const heading = gridApi?.getRowNode(`pd-${after.perangkatDaerahId}`)?.data
          const current = headingTotals.get(after.perangkatDaerahId) ?? heading?.total
          if (current) headingTotals.set(after.perangkatDaerahId, addDifference(current, before.total, after.total, years))
        }
        const node = gridApi?.getRowNode(String(after.id))
        if (!node?.data) continue
        if (outcome.fields) {
          cache.refreshValues(node.data, after)
          inPlace.push(node)
        } else update.push(cache.gridRowOf(after, node.data.hasChildren))
      }
      if (outcome.fields && inPlace.length > 0) gridApi?.refreshCells({ rowNodes: inPlace, columns: [...outcome.fields, 'name'] })
      for (const [pdId, headingTotal] of headingTotals) {
        const pd = perangkatDaerah.find((entry) => entry.id === pdId)
        if (pd) update.push(cache.headingOf(pd, headingTotal))
      }
      // Each node takes its new data and redraws its cells; a transaction would re-run the
      // row model over all 34.500 nodes.
      for (const row of update) gridApi?.getRowNode(row.key)?.updateData(row)
      // Rows below a new or removed link gain or lose their "no sasaran" mark.
      if (outcome.linksChanged) gridApi?.refreshCells({ columns: ['name'], force: true })
      if (changedShown.length === 0) return
      const base = patchedRef.current?.layout === layout ? patchedRef.current.total : layout.total
      const sums = years.map((year) => base[year] ?? 0)
      for (const { before, after } of changedShown) {
        if (before.pagu === after.pagu) continue
        for (let index = 0; index < years.length; index++) sums[index] += (after.pagu[years[index]] ?? 0) - (before.pagu[years[index]] ?? 0)
      }
      const next = { layout, total: { ...base } }
      years.forEach((year, index) => (next.total[year] = sums[index]))
      patchedRef.current = next
      setPatchedTotal(next)
    },
    [cache, gridApi, perangkatDaerah, store, years]
  )

  const isShown = useCallback((id: number) => layout.shownIds === undefined || layout.shownIds.has(id), [layout])
  return { gridRows: layout.gridRows, shownCount: layout.shownCount, filtered: layout.shownIds !== undefined, total, patch, isShown }
}
