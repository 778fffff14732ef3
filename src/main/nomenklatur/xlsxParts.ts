import { NomenklaturImportError } from './types'
import { findStartTag, getAttribute, resolvePartPath, rootPrefix } from './xmlScan'

/**
 * Finds the parts of an .xlsx the way Excel does: the workbook through _rels/.rels, the
 * first sheet through the workbook and its relationships (not by assuming sheet1.xml).
 */

function notXlsx(): NomenklaturImportError {
  return new NomenklaturImportError('NOT_SPREADSHEET', 'Berkas ZIP ini bukan lembar kerja Excel (.xlsx). Simpan ulang sebagai .xlsx atau .csv.')
}

function corrupt(detail: string): NomenklaturImportError {
  return new NomenklaturImportError('CORRUPT', `Berkas rusak atau bukan .xlsx yang utuh: ${detail}.`)
}

interface Relationship {
  id: string
  type: string
  target: string
}

function readRelationships(xml: string): Relationship[] {
  const prefix = rootPrefix(xml)
  const name = prefix + 'Relationship'
  const out: Relationship[] = []
  let pos = 0
  for (;;) {
    const lt = findStartTag(xml, name, pos, xml.length)
    if (lt < 0) return out
    const gt = xml.indexOf('>', lt)
    if (gt < 0) return out
    out.push({
      id: getAttribute(xml, lt, gt, 'Id') ?? '',
      type: getAttribute(xml, lt, gt, 'Type') ?? '',
      target: getAttribute(xml, lt, gt, 'Target') ?? ''
    })
    pos = gt
  }
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash + 1)
}

function relsPathOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`
}

interface Parts {
  sheetPath: string
  sharedStringsPath: string | null
}

export function locateParts(read: (name: string) => string | null): Parts {
  const rootRels = read('_rels/.rels')
  const officeDoc = rootRels ? readRelationships(rootRels).find((r) => r.type.endsWith('/officeDocument')) : undefined
  const workbookPath = officeDoc ? resolvePartPath('', officeDoc.target) : 'xl/workbook.xml'
  const workbook = read(workbookPath)
  if (workbook === null) throw notXlsx()
  const workbookRels = read(relsPathOf(workbookPath))
  if (workbookRels === null) throw corrupt('daftar hubungan workbook tidak ada')
  const rels = readRelationships(workbookRels)

  const sheetTag = findStartTag(workbook, rootPrefix(workbook) + 'sheet', 0, workbook.length)
  if (sheetTag < 0) throw corrupt('workbook tidak berisi lembar kerja')
  const tagEnd = workbook.indexOf('>', sheetTag)
  const relId = sheetRelationId(workbook, sheetTag, tagEnd)
  const sheetRel = rels.find((r) => r.id === relId)
  if (!sheetRel) throw corrupt('lembar kerja pertama tidak ditemukan')
  const sharedRel = rels.find((r) => r.type.endsWith('/sharedStrings'))
  const base = folderOf(workbookPath)
  return {
    sheetPath: resolvePartPath(base, sheetRel.target),
    sharedStringsPath: sharedRel ? resolvePartPath(base, sharedRel.target) : null
  }
}

/** The relationship id of a `<sheet>` tag: the attribute named `<any prefix>:id`. */
function sheetRelationId(xml: string, start: number, end: number): string | null {
  const tag = xml.slice(start, end)
  const match = /\s([A-Za-z_][\w.-]*):id\s*=\s*["']([^"']*)["']/.exec(tag)
  return match ? match[2] : null
}
