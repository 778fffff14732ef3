import type { CustomCellRendererProps } from 'ag-grid-react'
import type { GridRow } from '../model/gridRows'

export interface TreeContext {
  isCollapsed: (key: string) => boolean
  toggle: (key: string) => void
}

/** The code, indented by depth, with a fold button (drawn by CSS, so the text stays the code) and a flag mark. */
export function CodeCell(params: CustomCellRendererProps<GridRow, string, TreeContext>) {
  const row = params.data
  if (!row) return null
  if (params.node.rowPinned) return <strong>TOTAL</strong>
  const collapsed = params.context.isCollapsed(row.key)
  return (
    <span className={`code-cell depth-${row.depth}`} style={{ paddingLeft: `${row.depth * 0.9}em` }}>
      {row.hasChildren ? (
        <button
          type="button"
          className="fold"
          tabIndex={-1}
          aria-label={`${collapsed ? 'Buka' : 'Tutup'} ${row.kind === 'pd' ? row.name : row.code}`}
          aria-expanded={!collapsed}
          // Keeps the focus in the cell the analyst was in.
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => {
            event.stopPropagation()
            params.context.toggle(row.key)
          }}
        />
      ) : (
        <span className="fold-space" />
      )}
      {!row.codeStatus.valid && (
        // The mark is drawn by CSS so the cell's text stays the code itself (copy, search).
        <span className="code-flag" role="img" aria-label={`Kode ditandai: ${row.codeStatus.reason}`} title={row.codeStatus.reason} />
      )}
      <span className="code-text">{row.code}</span>
    </span>
  )
}
