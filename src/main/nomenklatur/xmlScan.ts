/**
 * Small indexOf-based helpers for scanning the XML parts of an .xlsx without building a
 * DOM. They only ever look forward, so a 5 MB part is scanned in linear time.
 */

// eslint-disable-next-line no-control-regex -- a range from U+0000: every character outside ASCII
const NON_ASCII = /[^\x00-\x7f]/
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/**
 * The XML parts are decoded as latin1 (one char per byte: fast, and half the memory of a
 * two-byte string); markup is ASCII so scanning is unaffected, and each text value is
 * turned back from UTF-8 bytes here. Decodes also: XML line-end normalization, the five named entities, numeric
 * character references and the OOXML `_xHHHH_` escapes (e.g. `_x000D_`).
 */
export function decodeXmlText(raw: string): string {
  let s = NON_ASCII.test(raw) ? Buffer.from(raw, 'latin1').toString('utf8') : raw
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n')
  if (s.indexOf('&') >= 0) s = decodeEntities(s)
  if (s.indexOf('_x') >= 0) {
    s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  }
  return s
}

function decodeEntities(s: string): string {
  let out = ''
  let from = 0
  for (let amp = s.indexOf('&'); amp >= 0; amp = s.indexOf('&', from)) {
    const semi = s.indexOf(';', amp + 1)
    if (semi < 0 || semi - amp > 10) {
      out += s.slice(from, amp + 1)
      from = amp + 1
      continue
    }
    const name = s.slice(amp + 1, semi)
    let decoded: string | undefined
    if (name.charCodeAt(0) === 35 /* # */) {
      const hex = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88 // x or X
      const code = hex ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      const digits = hex ? /^[0-9A-Fa-f]+$/.test(name.slice(2)) : /^[0-9]+$/.test(name.slice(1))
      if (digits && code >= 0 && code <= 0x10ffff) decoded = String.fromCodePoint(code)
    } else {
      decoded = NAMED_ENTITIES[name]
    }
    if (decoded === undefined) {
      out += s.slice(from, semi + 1)
    } else {
      out += s.slice(from, amp) + decoded
    }
    from = semi + 1
  }
  return out + s.slice(from)
}

/** The namespace prefix of the document element, e.g. '' for `<sst>` or 'x:' for `<x:sst>`. */
export function rootPrefix(xml: string): string {
  let pos = 0
  for (;;) {
    const lt = xml.indexOf('<', pos)
    if (lt < 0) return ''
    const next = xml.charCodeAt(lt + 1)
    if (next !== 63 /* ? */ && next !== 33 /* ! */) {
      let end = lt + 1
      while (end < xml.length && !isNameEnd(xml.charCodeAt(end))) end++
      const name = xml.slice(lt + 1, end)
      const colon = name.indexOf(':')
      return colon >= 0 ? name.slice(0, colon + 1) : ''
    }
    pos = lt + 1
  }
}

/** True for the characters that can follow an element name: whitespace, '>' or '/'. */
export function isNameEnd(ch: number): boolean {
  return ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13
}

/**
 * Finds the next start tag `<name` (exactly that name) at or after `from` and before `to`.
 * Returns its '<' position or -1.
 */
export function findStartTag(xml: string, name: string, from: number, to: number): number {
  const open = '<' + name
  let pos = from
  for (;;) {
    const lt = xml.indexOf(open, pos)
    if (lt < 0 || lt >= to) return -1
    if (isNameEnd(xml.charCodeAt(lt + open.length))) return lt
    pos = lt + open.length
  }
}

/** The decoded value of attribute `name` in the start tag xml[start..end), or null. */
export function getAttribute(xml: string, start: number, end: number, name: string): string | null {
  const raw = getRawAttribute(xml, start, end, name)
  return raw === null ? null : decodeXmlText(raw)
}

/** As getAttribute, without decoding: for ASCII values like cell references and types. */
export function getRawAttribute(xml: string, start: number, end: number, name: string): string | null {
  let pos = start
  for (;;) {
    const at = xml.indexOf(name, pos)
    if (at < 0 || at >= end) return null
    const eq = at + name.length
    if (isSpace(xml.charCodeAt(at - 1)) && xml.charCodeAt(eq) === 61 /* = */) {
      const quote = xml.charAt(eq + 1)
      if (quote === '"' || quote === "'") {
        const close = xml.indexOf(quote, eq + 2)
        if (close < 0 || close > end) return null
        return xml.slice(eq + 2, close)
      }
    }
    pos = eq
  }
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13
}

/**
 * The text of all `<t>` elements between `from` and `to` (rich-text runs joined), skipping
 * phonetic runs (`<rPh>`), as Excel shows it.
 */
export function readTextRuns(xml: string, from: number, to: number, prefix: string): string {
  const tOpen = '<' + prefix + 't'
  const tClose = '</' + prefix + 't>'
  const rPh = '<' + prefix + 'rPh'
  const rPhClose = '</' + prefix + 'rPh>'
  let text = ''
  let pos = from
  for (;;) {
    const lt = xml.indexOf('<', pos)
    if (lt < 0 || lt >= to) return text
    if (xml.startsWith(tOpen, lt) && isNameEnd(xml.charCodeAt(lt + tOpen.length))) {
      const gt = xml.indexOf('>', lt)
      if (gt < 0 || gt >= to) return text
      if (xml.charCodeAt(gt - 1) === 47 /* / */) {
        pos = gt + 1
        continue
      }
      const close = xml.indexOf(tClose, gt)
      if (close < 0 || close > to) return text
      text += decodeXmlText(xml.slice(gt + 1, close))
      pos = close + tClose.length
    } else if (xml.startsWith(rPh, lt) && isNameEnd(xml.charCodeAt(lt + rPh.length))) {
      const close = xml.indexOf(rPhClose, lt)
      pos = close < 0 || close > to ? to : close + rPhClose.length
    } else {
      pos = lt + 1
    }
  }
}

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolvePartPath(baseDir: string, target: string): string {
  const raw = target.startsWith('/') ? target.slice(1) : baseDir + target
  const parts: string[] = []
  for (const segment of raw.split('/')) {
    if (segment === '..') parts.pop()
    else if (segment !== '.' && segment !== '') parts.push(segment)
  }
  return parts.join('/')
}
