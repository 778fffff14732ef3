import { useCallback, useEffect, useRef } from 'react'

/**
 * Remembers the last focused element of each screen, so a screen shown again by a shortcut or a
 * link gets its focus back (a grid cell, a field) and the next keys land where the work was.
 */
export function useScreenFocus() {
  const lastFocused = useRef(new Map<string, HTMLElement>())
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement)) return
      const screen = event.target.closest<HTMLElement>('[data-screen]')?.dataset.screen
      if (screen) lastFocused.current.set(screen, event.target)
    }
    document.addEventListener('focusin', onFocusIn)
    return () => document.removeEventListener('focusin', onFocusIn)
  }, [])
  /** Focuses what was focused last in the screen; false when there is nothing to go back to. */
  const restore = useCallback((screen: string): boolean => {
    const element = lastFocused.current.get(screen)
    if (!element?.isConnected || element.closest('[hidden]')) return false
    element.focus()
    return document.activeElement === element
  }, [])
  return restore
}
