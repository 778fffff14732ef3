// The sheet in mm for a paper and orientation: its size, the margins, the body the report flows in.
import { PAPER_MM, type Orientation, type PaperSize } from '../../../../../shared/reports/options'

export const PX_PER_MM = 96 / 25.4

export interface Sheet {
  widthMm: number
  heightMm: number
  marginMm: { top: number; right: number; bottom: number; left: number }
  bodyWidthMm: number
  bodyHeightMm: number
}

// Left a little wider for binding; the bottom margin holds the footer.
const MARGIN_MM = { top: 12, right: 12, bottom: 16, left: 15 }

export function sheetFor(paper: PaperSize, orientation: Orientation): Sheet {
  const portrait = PAPER_MM[paper]
  const widthMm = orientation === 'landscape' ? portrait.height : portrait.width
  const heightMm = orientation === 'landscape' ? portrait.width : portrait.height
  return {
    widthMm,
    heightMm,
    marginMm: MARGIN_MM,
    bodyWidthMm: widthMm - MARGIN_MM.left - MARGIN_MM.right,
    bodyHeightMm: heightMm - MARGIN_MM.top - MARGIN_MM.bottom
  }
}

/** A chart's fixed size on this sheet: the body's width up to 260 mm, in a landscape box. */
export function chartSizeMm(sheet: Sheet): { width: number; height: number } {
  const width = Math.min(sheet.bodyWidthMm, 260)
  return { width, height: Math.min(Math.round(width * 0.42), 95) }
}
