import type { Column, GridApi } from 'ag-grid-community'
import { memo, useState } from 'react'
import type { GridRow } from '../model/gridRows'

/** Show or hide columns; the code and name columns always stay. */
function ColumnMenuView({ api }: { api: GridApi<GridRow> | undefined }) {
  const [open, setOpen] = useState(false)
  const [, setVersion] = useState(0)
  const columns: Column[] = api?.getColumns()?.filter((column) => !['code', 'name'].includes(column.getColId())) ?? []
  const label = (column: Column) => {
    const group = column.getParent()?.getColGroupDef()?.headerName
    const name = column.getColDef().headerName ?? column.getColId()
    return group ? `${group}: ${name}` : name
  }
  return (
    <div className="column-menu">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
      >
        Kolom…
      </button>
      {open && (
        <div role="menu" aria-label="Tampilkan kolom" onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
          {columns.map((column) => (
            <label key={column.getColId()} role="menuitemcheckbox" aria-checked={column.isVisible()}>
              <input
                type="checkbox"
                checked={column.isVisible()}
                onChange={() => {
                  api?.setColumnsVisible([column], !column.isVisible())
                  setVersion((version) => version + 1)
                }}
              />{' '}
              {label(column)}
            </label>
          ))}
        </div>
      )}
    </div>
  )
}

// Memoised: the plan screen re-renders on every selection and save; this part rarely changes.
export const ColumnMenu = memo(ColumnMenuView)
