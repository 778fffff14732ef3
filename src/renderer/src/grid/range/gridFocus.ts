import type { GridApi } from 'ag-grid-community'

/** The element is part of this grid (a page may hold several). */
export const inGrid = (element: Element, api: GridApi): boolean => element.closest(`[grid-id="${CSS.escape(api.getGridId())}"]`) !== null

/** Keyboard focus is on a cell of this grid and no cell editor is open. */
export function gridCellFocused(api: GridApi): boolean {
  if (api.isDestroyed()) return false
  const active = document.activeElement
  if (!(active instanceof HTMLElement) || !active.closest('.ag-cell')) return false
  return inGrid(active, api) && api.getEditingCells().length === 0
}
