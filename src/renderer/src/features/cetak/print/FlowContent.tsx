// The content of a box on a page, rendered the same way when it is measured and when it is printed.
import type { ReportDocument } from '../../../../../shared/reports/document'
import type { Signatory } from '../../../../../shared/printSettings'
import { ChartFigure, Footnotes, Heading, SignatureBlock } from './PageParts'

export const FOOTNOTES_KEY = 'footnotes'
export const SIGNATURE_KEY = 'signature'
export const blockKey = (index: number): string => `block-${index}`

export interface FlowSource {
  document: ReportDocument
  signatory: Signatory | null
  printedAt: Date
  chartImages: Record<string, string>
  chartSize: { width: number; height: number }
}

export function BoxContent({ boxKey, source }: { boxKey: string; source: FlowSource }) {
  if (boxKey === FOOTNOTES_KEY) return <Footnotes notes={source.document.footnotes} />
  if (boxKey === SIGNATURE_KEY) return source.signatory ? <SignatureBlock signatory={source.signatory} printedAt={source.printedAt} /> : null
  const block = source.document.blocks[Number(boxKey.slice('block-'.length))]
  if (block?.kind === 'heading') return <Heading text={block.text} />
  if (block?.kind === 'chart') return <ChartFigure image={source.chartImages[boxKey] ?? ''} caption={block.chart.caption} size={source.chartSize} />
  return null
}

/** The boxes that follow the blocks: footnotes under the last table, then the signature. */
export function closingKeys(document: ReportDocument, signatory: Signatory | null): string[] {
  return [...(document.footnotes.length > 0 ? [FOOTNOTES_KEY] : []), ...(signatory ? [SIGNATURE_KEY] : [])]
}
