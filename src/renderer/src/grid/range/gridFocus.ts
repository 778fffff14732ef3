import type { GridApi } from 'ag-grid-community'

/** Keyboard focus is on a cell of this grid and no cell editor is open. */
export function gridCellFocused(api: GridApi): boolean {
  if (api.isDestroyed()) return false
  const active = document.activeElement
  if (!(active instanceof HTMLElement) || !active.closest('.ag-cell')) return false
  return active.closest(`[grid-id="${CSS.escape(api.getGridId())}"]`) !== null && api.getEditingCells().length === 0
}
