/**
 * Cell-level helpers for the nomenclature rows: splitting "code name" cells, cleaning
 * whitespace, reading TAG and SPM, and the code formats of each level.
 */

export interface CodeCell {
  code: string
  name: string
}

export type Level = 'bidang' | 'program' | 'kegiatan' | 'subKegiatan'

export interface LevelInfo {
  /** As it appears in Indonesian messages. */
  label: string
  format: string
  pattern: RegExp
}

const URUSAN_BIDANG = '[0-9X]\\.(?:[0-9]{2}|XX)'

export const LEVELS: Record<Level, LevelInfo> = {
  bidang: { label: 'bidang', format: 'U.BB', pattern: new RegExp(`^${URUSAN_BIDANG}$`) },
  program: { label: 'program', format: 'U.BB.PP', pattern: new RegExp(`^${URUSAN_BIDANG}\\.[0-9]{2}$`) },
  kegiatan: {
    label: 'kegiatan',
    format: 'U.BB.PP.K.KK',
    pattern: new RegExp(`^${URUSAN_BIDANG}\\.[0-9]{2}\\.[0-9]\\.[0-9]{2}$`)
  },
  subKegiatan: {
    label: 'sub kegiatan',
    format: 'U.BB.PP.K.KK.SSSS',
    pattern: new RegExp(`^${URUSAN_BIDANG}\\.[0-9]{2}\\.[0-9]\\.[0-9]{2}\\.[0-9]{4}$`)
  }
}

// Text pasted from PDFs carries control characters: U+0002 stands for a hyphen there
// ("gorong_x0002_gorong" in the 2027 export); any other is dropped as a blank.
// eslint-disable-next-line no-control-regex -- the export's text carries control characters; finding them is the point
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/

function dropControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- U+0002 stands for a hyphen in the export
  return CONTROL.test(text) ? text.replace(/\x02/g, '-').replace(new RegExp(CONTROL.source, 'g'), ' ') : text
}

/** Trims and turns every run of whitespace (line breaks and no-break spaces too) into one space. */
export function collapseSpaces(text: string): string {
  const trimmed = dropControls(text).trim()
  // Most cells are clean: skip the replace unless there are two spaces or another blank.
  return /\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed
}

/**
 * Keeps line breaks (at most one blank line in a row) but collapses the spaces inside
 * each line and trims each line's end and the whole text.
 */
export function cleanMultiline(text: string): string {
  let s = dropControls(text)
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n')
  // Only runs of blanks and blanks other than a plain space: single spaces stay as they are.
  if (/[^\S\n]{2}|[^\S \n]/.test(s)) s = s.replace(/[^\S\n]{2,}|[^\S \n]/g, ' ')
  if (s.indexOf(' \n') >= 0) s = s.replace(/ \n/g, '\n')
  if (s.indexOf('\n\n\n') >= 0) s = s.replace(/\n{3,}/g, '\n\n')
  return s.trim()
}

/**
 * Splits "1.02.02 PROGRAM ..." at the first whitespace after the code. Null for an empty
 * cell. The code is upper-cased (x.xx.01 is X.XX.01); the name has its spaces collapsed.
 */
export function splitCodeCell(cell: string): CodeCell | null {
  const text = cell.trim()
  if (text === '') return null
  const space = text.search(/\s/)
  if (space < 0) return { code: text.toUpperCase(), name: '' }
  return { code: text.slice(0, space).toUpperCase(), name: collapseSpaces(text.slice(space)) }
}

/** TAG: "[null]", empty, or a JSON array of strings; a malformed list is split on commas. */
export function parseTags(cell: string): string[] {
  const text = cell.trim()
  if (text === '' || /^\[?\s*null\s*\]?$/i.test(text)) return []
  let items: string[] | null = null
  if (text.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(text)
      if (Array.isArray(value)) items = value.filter((v): v is string => typeof v === 'string')
    } catch {
      items = null
    }
  }
  if (items === null) {
    items = text
      .replace(/^\[|\]$/g, '')
      .split(',')
      .map((s) => s.trim().replace(/^"|"$/g, ''))
  }
  const out: string[] = []
  for (const item of items) {
    const tag = collapseSpaces(item)
    if (tag !== '' && !out.includes(tag)) out.push(tag)
  }
  return out
}

/** SPM: "SPM" is true; "NON-SPM" or anything else is false. */
export function parseSpm(cell: string): boolean {
  return cell.replace(/[^A-Za-z]/g, '').toUpperCase() === 'SPM'
}

export type PemdaKind = 'KABKOT' | 'PROV' | 'OTHER'

export function pemdaKind(cell: string): PemdaKind {
  if (cell === 'KABKOT' || cell === 'PROV') return cell
  const key = cell.replace(/[^A-Za-z]/g, '').toUpperCase()
  if (key === 'KABKOT' || key === 'KABUPATENKOTA') return 'KABKOT'
  if (key === 'PROV' || key === 'PROVINSI') return 'PROV'
  return 'OTHER'
}

/** Spreadsheet column letters for a 0-based index: 0 -> A, 26 -> AA. */
export function columnLetters(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    out = String.fromCharCode(65 + rem) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}
