import type { ICellRendererParams } from 'ag-grid-community'
import type { PlanRow } from '../../../../shared/domain'

const INDENT: Record<PlanRow['level'], number> = { program: 0, kegiatan: 1, sub_kegiatan: 2 }

/** The code, indented by level, with a warning mark and reason when the code is flagged. */
export function CodeCell(params: ICellRendererParams<PlanRow>) {
  const row = params.data
  if (!row || params.node.rowPinned) return null
  return (
    <span className={`code-cell level-${row.level}`} style={{ paddingLeft: `${INDENT[row.level] * 1.1}em` }}>
      {!row.codeStatus.valid && (
        // The mark is drawn by CSS so the cell's text stays the code itself (copy, search).
        <span className="code-flag" role="img" aria-label={`Kode ditandai: ${row.codeStatus.reason}`} title={row.codeStatus.reason} />
      )}
      {row.code}
    </span>
  )
}
