import { useSyncExternalStore } from 'react'
import type { PlanStore } from './model/planStore'

/**
 * The store's count of saves taken in place: a component that reads the store (its totals,
 * marks or rows) calls this and draws again after each one, and with a new store.
 */
export function useStoreVersion(store: PlanStore): number {
  return useSyncExternalStore(store.subscribe, () => store.version)
}
