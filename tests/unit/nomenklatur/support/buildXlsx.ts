import { type ZipInput, writeZip } from './zipWriter'

/**
 * Builds a minimal .xlsx (as PhpSpreadsheet writes it: shared strings, empty cells as
 * <c r="N2"/>) from rows of strings, plus a CSV of the same rows, for importer tests.
 */

export const HEADER = [
  'JENIS PEMDA',
  'BIDANG',
  'PROGRAM',
  'KEGIATAN',
  'SUBKEGIATAN',
  'KINERJA',
  'INDIKATOR',
  'SATUAN',
  'TAG',
  'DEFINISI OPERASIONAL',
  'PELAKSANA',
  'SPM',
  'JENIS',
  'SUBKEGIATAN SEBELUMNYA'
]

/** A KABKOT row; `over` replaces cells by column name. */
export function kabkotRow(sub: string, over: Partial<Record<string, string>> = {}): string[] {
  const kegiatan = sub.split('.').slice(0, 5).join('.')
  const program = sub.split('.').slice(0, 3).join('.')
  const bidang = sub.split('.').slice(0, 2).join('.')
  const base: Record<string, string> = {
    'JENIS PEMDA': 'KABKOT',
    BIDANG: `${bidang} URUSAN BIDANG ${bidang}`,
    PROGRAM: `${program} PROGRAM ${program}`,
    KEGIATAN: `${kegiatan} Kegiatan ${kegiatan}`,
    SUBKEGIATAN: `${sub} Sub kegiatan ${sub}`,
    KINERJA: 'Kinerja',
    INDIKATOR: 'Jumlah Dokumen',
    SATUAN: 'Dokumen',
    TAG: '[null]',
    'DEFINISI OPERASIONAL': 'Definisi',
    PELAKSANA: 'Bidang',
    SPM: 'NON-SPM',
    JENIS: 'Layanan',
    'SUBKEGIATAN SEBELUMNYA': ''
  }
  return HEADER.map((name) => over[name] ?? base[name])
}

/** Header, one PROV row and five KABKOT rows covering tags, SPM, X.XX, previous codes. */
export function sampleRows(): string[][] {
  return [
    HEADER,
    kabkotRow('1.02.02.1.01.0001', { 'JENIS PEMDA': 'PROV' }),
    kabkotRow('1.02.02.2.01.0001', {
      SUBKEGIATAN: ' 1.02.02.2.01.0001  Pengelolaan   Pelayanan & Kesehatan <Ibu> ',
      TAG: '["PERUBAHAN IKLIM", "INFLASI (ASTACITA)"]',
      SPM: 'SPM',
      'DEFINISI OPERASIONAL': '  Baris satu  \r\n- dua   kata\n\n\n\ntiga  '
    }),
    kabkotRow('1.02.02.2.01.0002', { 'SUBKEGIATAN SEBELUMNYA': '1.02.02.2.01.0009 Nama "lama"' }),
    kabkotRow('1.02.02.2.02.0001', { JENIS: 'Aktifitas' }),
    [],
    kabkotRow('X.XX.01.2.01.0001', { BIDANG: '1.02 URUSAN BIDANG 1.02', SATUAN: 'Unit' }),
    kabkotRow('2.07.02.3.01.0001', { PELAKSANA: 'Dinas; “kutip” café' })
  ]
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function column(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

export interface XlsxOptions {
  /** Write strings inline (t="inlineStr") instead of in sharedStrings.xml. */
  inline?: boolean
  /** Part name of the first sheet; a decoy sheet1.xml is added as second sheet otherwise. */
  sheetPart?: string
  /** Rows number from here (a header that is not in row 1). */
  firstRow?: number
}

export function sheetXml(rows: string[][], options: XlsxOptions = {}, strings: string[] = []): string {
  const index = new Map<string, number>()
  const first = options.firstRow ?? 1
  const body = rows
    .map((cells, r) => {
      const n = r + first
      const xml = cells
        .map((text, c) => {
          const ref = `${column(c)}${n}`
          if (text === '') return `<c r="${ref}"/>`
          if (options.inline) {
            return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`
          }
          if (!index.has(text)) {
            index.set(text, strings.length)
            strings.push(text)
          }
          return `<c r="${ref}" t="s"><v>${index.get(text)}</v></c>`
        })
        .join('')
      return `<row r="${n}" spans="1:14">${xml}</row>`
    })
    .join('')
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${body}</sheetData></worksheet>`
  )
}

export function sharedStringsXml(strings: string[]): string {
  const items = strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('')
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="${strings.length}">${items}</sst>`
  )
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** The zip entries of an .xlsx; tests may replace or add entries before writing. */
export function xlsxEntries(rows: string[][], options: XlsxOptions = {}): ZipInput[] {
  const strings: string[] = []
  const sheet = sheetXml(rows, options, strings)
  const part = options.sheetPart ?? 'worksheets/sheet1.xml'
  const decoy = part !== 'worksheets/sheet1.xml'
  const text = (name: string, xml: string): ZipInput => ({ name, data: Buffer.from(xml, 'utf8') })
  const entries = [
    text('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    text(
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    text(
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets><sheet name="Nomenklatur" sheetId="1" r:id="rId7"/>${decoy ? '<sheet name="Lain" sheetId="2" r:id="rId8"/>' : ''}</sheets></workbook>`
    ),
    text(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId7" Type="${REL}/worksheet" Target="${part}"/>${decoy ? `<Relationship Id="rId8" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/>` : ''}</Relationships>`
    ),
    text(`xl/${part}`, sheet),
    text('xl/sharedStrings.xml', sharedStringsXml(strings))
  ]
  if (decoy) entries.push(text('xl/worksheets/sheet1.xml', sheetXml([['bukan ini']])))
  return entries
}

export function buildXlsx(rows: string[][], options: XlsxOptions = {}): Buffer {
  return writeZip(xlsxEntries(rows, options))
}

/** RFC 4180 CSV of the rows (quotes doubled, fields with separators or breaks quoted). */
export function buildCsv(rows: string[][], separator = ',', bom = true): Buffer {
  const field = (text: string): string => (/["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text)
  const text = rows.map((cells) => cells.map(field).join(separator)).join('\r\n') + '\r\n'
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')])
}
