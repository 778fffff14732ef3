import { useEffect } from 'react'
import type { MenuEvent } from '../../shared/channels'

// A menu event may arrive before the panel that handles it is on screen: keep the last one.
let pending: MenuEvent | undefined
const listeners = new Set<(event: MenuEvent) => void>()

export function deliverMenuEvent(event: MenuEvent): void {
  if (listeners.size === 0) pending = event
  for (const listener of listeners) listener(event)
}

/** Runs the handler for menu events, including one that came while nothing listened. */
export function useMenuEvent(handler: (event: MenuEvent) => void): void {
  useEffect(() => {
    listeners.add(handler)
    if (pending) {
      const event = pending
      pending = undefined
      handler(event)
    }
    return () => {
      listeners.delete(handler)
    }
  }, [handler])
}
