import { useCallback, type Dispatch, type SetStateAction } from 'react'
import type { PlanRow } from '../../../../../shared/domain'
import type { PlanStore } from '../model/planStore'

interface Options {
  store: PlanStore
  /** The row passes the filters in force. */
  isShown: (id: number) => boolean
  setCollapsed: Dispatch<SetStateAction<ReadonlySet<string>>>
  select: (id: number) => void
  /** Says why the row cannot be shown. */
  tell: (message: string) => void
}

/** The keys of the folds above a row: its PD heading and every row above it (found in `store`). */
function foldsAbove(store: PlanStore, row: Pick<PlanRow, 'parentId' | 'perangkatDaerahId'>): string[] {
  const keys = [`pd-${row.perangkatDaerahId}`]
  for (
    let parent = row.parentId === null ? undefined : store.get(row.parentId);
    parent;
    parent = parent.parentId === null ? undefined : store.get(parent.parentId)
  )
    keys.push(String(parent.id))
  return keys
}

/** The folds without those above `row`: a row added under a folded branch shows, as does one picked from a list. */
export function unfoldAbove(store: PlanStore, row: Pick<PlanRow, 'parentId' | 'perangkatDaerahId'>): (current: ReadonlySet<string>) => ReadonlySet<string> {
  const keys = foldsAbove(store, row)
  return (current) => (keys.some((key) => current.has(key)) ? new Set([...current].filter((key) => !keys.includes(key))) : current)
}

/**
 * A row chosen outside the grid (a mark in the Peringatan list): the folded branches above it
 * open so the grid can select and scroll to it; a filter that hides it is said, not silently ignored.
 */
export function useRevealRow({ store, isShown, setCollapsed, select, tell }: Options): (id: number) => void {
  return useCallback(
    (id: number) => {
      const row = store.get(id)
      if (!row) return
      if (!isShown(id)) {
        tell(`Baris ${row.code} tersembunyi oleh saringan. Hapus saringan untuk melihatnya.`)
        return
      }
      setCollapsed(unfoldAbove(store, row))
      select(id)
    },
    [store, isShown, setCollapsed, select, tell]
  )
}
