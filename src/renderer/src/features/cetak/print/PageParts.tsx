// What a sheet carries besides its tables: kop and title (page 1), headings, charts, footnotes,
// the signature (last page), the footer and the DRAFT mark (every page).
import { createContext, useContext } from 'react'
import type { ReportDocument } from '../../../../../shared/reports/document'
import { formatIndonesianDate, formatNip } from '../../../../../shared/reports/format'
import type { KopSettings, Signatory } from '../../../../../shared/printSettings'

export function Prelude({ document, kop }: { document: ReportDocument; kop: KopSettings | null }) {
  return (
    <div className="print-flow print-prelude">
      {kop && <Kop kop={kop} />}
      <div className="print-title">
        {document.titleLines.map((line, index) => (
          <div key={index} className={index === 0 ? 'print-title-first' : undefined}>
            {line}
          </div>
        ))}
      </div>
      {document.filterLines.length > 0 && (
        <div className="print-filters">
          {document.filterLines.map((line, index) => (
            <div key={index}>{line}</div>
          ))}
        </div>
      )}
    </div>
  )
}

function Kop({ kop }: { kop: KopSettings }) {
  return (
    <div className="print-kop">
      <div className="print-kop-row">
        <div className="print-kop-logo">{kop.logoDataUrl && <img src={kop.logoDataUrl} alt="Logo" />}</div>
        <div className="print-kop-text">
          <div className="print-kop-government">{kop.government}</div>
          <div className="print-kop-agency">{kop.agency}</div>
          {kop.address && <div className="print-kop-small">{kop.address}</div>}
          {kop.contact && <div className="print-kop-small">{kop.contact}</div>}
        </div>
        <div className="print-kop-logo" aria-hidden="true" />
      </div>
      <div className="print-kop-rule" />
    </div>
  )
}

export function Heading({ text }: { text: string }) {
  return <div className="print-flow print-heading">{text}</div>
}

export function ChartFigure({ image, caption, size }: { image: string; caption: string; size: { width: number; height: number } }) {
  return (
    <div className="print-flow print-chart">
      <img src={image} alt={caption} style={{ width: `${size.width}mm`, height: `${size.height}mm` }} />
      <div className="print-chart-caption">{caption}</div>
    </div>
  )
}

export function Footnotes({ notes }: { notes: string[] }) {
  return (
    <div className="print-flow print-footnotes">
      <div className="print-footnotes-title">Catatan:</div>
      {notes.map((note, index) => (
        <div key={index}>{note}</div>
      ))}
    </div>
  )
}

/** Right side: place and date, title, room to sign, name bold and underlined, pangkat, NIP 8-6-1-3. */
export function SignatureBlock({ signatory, printedAt }: { signatory: Signatory; printedAt: Date }) {
  return (
    <div className="print-flow print-signature-area">
      <div className="print-signature">
        <div>Ternate, {formatIndonesianDate(printedAt)}</div>
        <div>{signatory.title}</div>
        <div className="print-signature-space" />
        <div className="print-signature-name">{signatory.name}</div>
        {signatory.pangkat && <div>{signatory.pangkat}</div>}
        <div>NIP. {formatNip(signatory.nip)}</div>
      </div>
    </div>
  )
}

/** The page count is known only when every row is laid out; until then the footer says "dari …". */
export const PageCountContext = createContext<number | null>(null)

const timeFormat = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', hour12: false })

export function PageFooter({ pageNumber, printedAt, label }: { pageNumber: number; printedAt: Date; label: string }) {
  const total = useContext(PageCountContext)
  return (
    <div className="print-footer">
      <span>
        Dicetak {formatIndonesianDate(printedAt)} pukul {timeFormat.format(printedAt)}
      </span>
      <span className="print-footer-label">{label}</span>
      <span>
        Halaman {pageNumber} dari {total ?? '…'}
      </span>
    </div>
  )
}

export function DraftMark({ sizeMm }: { sizeMm: number }) {
  return (
    <div className="print-draft" aria-hidden="true" style={{ fontSize: `${sizeMm}mm` }}>
      DRAFT
    </div>
  )
}
