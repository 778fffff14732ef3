import { Fragment, memo } from 'react'
import type { ReportRow, ReportTable } from '../../../../../shared/reports/document'
import { cellAtColumn, cellText, nameColumn, staysOnOneLine } from './model/cellText'

/** The rows a table prints: its own, or one full-width row with its emptyText. */
export function printedRowCount(table: ReportTable): number {
  return table.rows.length === 0 ? 1 : table.rows.length
}

export function printedRowStyle(table: ReportTable, index: number): ReportRow['style'] {
  return table.rows.length === 0 ? 'item' : table.rows[index].style
}

interface Props {
  table: ReportTable
  /** The rows as printed: the table's own, a row taller than a page cut into parts (layoutDocument). */
  rows: ReportRow[]
  /** Column widths in % of the body. */
  widths: number[]
  rowStart: number
  rowEnd: number
  caption: boolean
  /** Numbers and codes may break after a dot (a sheet too narrow for them on one line). */
  breakNumbers: boolean
}

/** One page's part of a table: the caption on its first page, every header row, whole rows. */
export const PrintTable = memo(function PrintTable({ table, rows, widths, rowStart, rowEnd, caption, breakNumbers }: Props) {
  const lastHeader = table.header.length - 1
  const names = nameColumn(table)
  return (
    <div className="print-flow print-table-block" data-table={table.id}>
      {caption && table.caption && <div className="print-caption">{table.caption}</div>}
      <table className="print-table">
        <colgroup>
          {widths.map((width, index) => (
            <col key={index} style={{ width: `${width}%` }} />
          ))}
        </colgroup>
        <thead>
          {table.header.map((cells, rowIndex) => (
            <tr key={rowIndex} className={table.numberRow && rowIndex === lastHeader ? 'print-number-row' : undefined}>
              {cells.map((cell, index) => (
                <th key={index} colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
                  {cell.text}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr className="print-row-empty">
              <td colSpan={table.columns.length}>{table.emptyText}</td>
            </tr>
          ) : (
            rows.slice(rowStart, rowEnd).map((row, index) => <PrintRow key={rowStart + index} row={row} nameColumn={names} breakNumbers={breakNumbers} />)
          )}
        </tbody>
      </table>
    </div>
  )
})

function PrintRow({ row, nameColumn, breakNumbers }: { row: ReportRow; nameColumn: number; breakNumbers: boolean }) {
  const name = cellAtColumn(row, nameColumn)
  return (
    <tr className={`print-row-${row.style}`}>
      {row.cells.map((cell, index) => {
        const classes = [`cell-${cell.kind}`]
        if (staysOnOneLine(cell)) {
          if (breakNumbers)
            return (
              <td key={index} colSpan={cell.colSpan} className={`${classes[0]} cell-breakable`}>
                {withBreaks(cellText(cell))}
              </td>
            )
          classes.push('cell-nowrap')
        }
        if (index === name) {
          classes.push('cell-name')
          const depth = cell.kind === 'text' ? (cell.indent ?? row.depth) : row.depth
          return (
            <td
              key={index}
              colSpan={cell.colSpan}
              className={classes.join(' ')}
              style={depth > 0 ? { paddingLeft: `calc(0.8mm + ${Math.min(depth, 5) * 0.9}em)` } : undefined}
            >
              {cellText(cell)}
              {row.mark && <span className="print-mark">{`\u2009${row.mark}`}</span>}
            </td>
          )
        }
        return (
          <td key={index} colSpan={cell.colSpan} className={classes.join(' ')}>
            {cellText(cell)}
          </td>
        )
      })}
    </tr>
  )
}

/** "24.270.000.000" with a break opportunity after each dot (no character added to the text). */
function withBreaks(text: string) {
  const parts = text.split('.')
  return parts.map((part, index) => (
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 && (
        <>
          .<wbr />
        </>
      )}
    </Fragment>
  ))
}
