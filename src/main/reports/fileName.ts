// The name a saved report gets: "<fileStem>_<YYYY-MM-DD>.<ext>", safe as a Windows file name
// (the analysts' machines), whatever the stem holds.

export type ReportFileFormat = 'xlsx' | 'csv' | 'pdf'

export const REPORT_FILE_TYPES: Record<ReportFileFormat, { mime: string; filterName: string }> = {
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filterName: 'Buku kerja Excel' },
  csv: { mime: 'text/csv; charset=utf-8', filterName: 'CSV (Excel, pengaturan Indonesia)' },
  pdf: { mime: 'application/pdf', filterName: 'Dokumen PDF' }
}

// Names Windows keeps for devices, with or without an extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i
const MAX_STEM = 100

/** A stem Windows accepts: no <>:"/\|?* or control characters, no trailing dot or space, no device name. */
export function safeStem(stem: string): string {
  let safe = stem
    // eslint-disable-next-line no-control-regex -- control characters are exactly what Windows refuses
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_STEM)
    .replace(/[. ]+$/, '')
  if (safe === '') safe = 'Laporan'
  if (RESERVED.test(safe.split('.')[0])) safe = `_${safe}`
  return safe
}

const pad = (value: number) => String(value).padStart(2, '0')

/** The local date as YYYY-MM-DD (the day the analyst saved it). */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export function reportFileName(fileStem: string, format: ReportFileFormat, date: Date): string {
  return `${safeStem(fileStem)}_${isoDay(date)}.${format}`
}
