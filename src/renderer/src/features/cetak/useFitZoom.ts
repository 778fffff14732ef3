import { useEffect, useRef, useState } from 'react'
import { PAPER_MM, type ReportOptions } from '../../../../shared/reports/options'

const PX_PER_MM = 96 / 25.4
// The pages' own padding on screen (8 mm each side) and the preview's (12 px each side).
const FRAME_PX = 16 * PX_PER_MM + 24 + 16

/** The screen zoom at which a whole sheet fits the preview's width; never above 1 (print is always 1). */
export function useFitZoom(options: Pick<ReportOptions, 'paper' | 'orientation'>) {
  const box = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const element = box.current
    if (!element) return
    const observer = new ResizeObserver(() => setWidth(element.clientWidth))
    observer.observe(element)
    setWidth(element.clientWidth)
    return () => observer.disconnect()
  }, [])
  const paper = PAPER_MM[options.paper]
  const sheetPx = (options.orientation === 'landscape' ? paper.height : paper.width) * PX_PER_MM
  const fitZoom = width === 0 ? 1 : Math.min(1, Math.max(0.2, (width - FRAME_PX) / sheetPx))
  return { box, fitZoom: Math.floor(fitZoom * 100) / 100 }
}
