// The report as the real pages: one div per sheet of the chosen paper, page breaks visible on
// screen, and the very same divs are what the browser (or printToPDF) prints.
import { memo, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react'
import type { ReportDocument } from '../../../../../shared/reports/document'
import type { ReportOptions } from '../../../../../shared/reports/options'
import type { KopSettings, Signatory } from '../../../../../shared/printSettings'
import { BoxContent } from './FlowContent'
import { layOutDocument, type DocumentLayout, type LayoutUpdate } from './layoutDocument'
import { DraftMark, PageCountContext, PageFooter, Prelude } from './PageParts'
import type { PrintPage } from './model/paginate'
import { PrintTable } from './PrintTable'
import { sheetFor, type Sheet } from './sheet'
import './print.css'

export interface PrintDocumentProps {
  document: ReportDocument
  options: ReportOptions
  kop: KopSettings | null
  signatory: Signatory | null
  printedAt: Date
  onProgress?: (done: number, total: number) => void
}

/** While rows are still measured, the last pages may change: only the ones before them are shown. */
const UNSETTLED_PAGES = 2

export function PrintDocument({ document, options, kop, signatory, printedAt, onProgress }: PrintDocumentProps) {
  const sheet = useMemo(() => sheetFor(options.paper, options.orientation), [options.paper, options.orientation])
  const shownKop = options.kop ? kop : null
  const source = useMemo(() => ({ document, sheet, kop: shownKop, signatory, printedAt }), [document, sheet, shownKop, signatory, printedAt])
  const measureHost = useRef<HTMLDivElement>(null)
  const progress = useRef(onProgress)
  useEffect(() => {
    progress.current = onProgress
  }, [onProgress])
  const [state, setState] = useState<{ source: typeof source; update: LayoutUpdate } | null>(null)

  useEffect(() => {
    const host = measureHost.current
    if (!host) return
    const controller = new AbortController()
    layOutDocument({
      host,
      ...source,
      signal: controller.signal,
      onUpdate: (update) => {
        setState({ source, update })
        progress.current?.(update.done, update.total)
      }
    }).catch((error: unknown) => {
      if (!controller.signal.aborted) console.error('Tata letak cetak gagal', error)
    })
    return () => controller.abort()
  }, [source])

  const update = state?.source === source ? state.update : null
  const pages = update ? (update.complete ? update.pages : update.pages.slice(0, Math.max(0, update.pages.length - UNSETTLED_PAGES))) : []
  const style = { '--print-font': `${update?.layout.fontPt ?? 8}pt` } as CSSProperties
  return (
    <div
      className="print-document"
      data-state={update?.complete ? 'ready' : 'laying-out'}
      data-pages={update?.complete ? update.pages.length : undefined}
      data-font-pt={update?.layout.fontPt}
      style={style}
    >
      <style>{pageRule(sheet)}</style>
      {!update?.complete && (
        <div className="print-status" role="status">
          {update ? `Menyusun halaman… ${Math.round((update.done * 100) / Math.max(1, update.total))}%` : 'Menyusun halaman…'}
        </div>
      )}
      <PageCountContext.Provider value={update?.complete ? update.pages.length : null}>
        <div className="print-pages">
          {update &&
            pages.map((page, index) => (
              <SheetView
                key={index}
                page={page}
                pieces={JSON.stringify(page.pieces)}
                pageNumber={index + 1}
                layout={update.layout}
                sheet={sheet}
                kop={shownKop}
                draft={options.draft}
              />
            ))}
        </div>
      </PageCountContext.Provider>
      <div ref={measureHost} className="print-measure print-type" style={{ width: `${sheet.bodyWidthMm}mm` }} aria-hidden="true" />
    </div>
  )
}

/** The sheet size for print; each page div is exactly one sheet, so the page margins are zero. */
function pageRule(sheet: Sheet): string {
  return `@page { size: ${sheet.widthMm}mm ${sheet.heightMm}mm; margin: 0; }`
}

interface SheetProps {
  page: PrintPage
  /** The page's pieces as text: a page is drawn again only when they change. */
  pieces: string
  pageNumber: number
  layout: DocumentLayout
  sheet: Sheet
  kop: KopSettings | null
  draft: boolean
}

const SheetView = memo(
  function SheetView({ page, pageNumber, layout, sheet, kop, draft }: SheetProps) {
    const { document } = layout
    return (
      <section className="print-page" style={{ width: `${sheet.widthMm}mm`, height: `${sheet.heightMm}mm` }} aria-label={`Halaman ${pageNumber}`}>
        <div
          className="print-body print-type"
          style={{ top: `${sheet.marginMm.top}mm`, left: `${sheet.marginMm.left}mm`, width: `${sheet.bodyWidthMm}mm`, height: `${sheet.bodyHeightMm}mm` }}
        >
          {pageNumber === 1 && <Prelude document={document} kop={kop} />}
          {page.pieces.map((piece) => {
            if (piece.kind === 'box') return <BoxContent key={piece.key} boxKey={piece.key} source={layout} />
            const index = Number(piece.key.slice('block-'.length))
            const block = document.blocks[index]
            if (block?.kind !== 'table') return null
            return (
              <PrintTable
                key={piece.key}
                table={block.table}
                rows={layout.rows[index] ?? block.table.rows}
                widths={layout.widths[index]}
                rowStart={piece.rowStart}
                rowEnd={piece.rowEnd}
                caption={piece.caption}
                breakNumbers={layout.breakNumbers[index] ?? false}
              />
            )
          })}
        </div>
        <div className="print-footer-area" style={{ left: `${sheet.marginMm.left}mm`, width: `${sheet.bodyWidthMm}mm`, bottom: '7mm' }}>
          <PageFooter pageNumber={pageNumber} printedAt={layout.printedAt} label={document.titleLines[0] ?? ''} />
        </div>
        {draft && <DraftMark sizeMm={Math.min(sheet.widthMm, sheet.heightMm) * 0.28} />}
      </section>
    )
  },
  (before, after) =>
    before.pieces === after.pieces &&
    before.pageNumber === after.pageNumber &&
    before.layout === after.layout &&
    before.sheet === after.sheet &&
    before.kop === after.kop &&
    before.draft === after.draft
)
