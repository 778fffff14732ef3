// An SVG logo is accepted when it is well-formed XML (UTF-8) with an <svg> root in the SVG
// namespace, and holds nothing that runs or loads: no <script> or embedded documents, no on*
// event attributes, no reference outside the file (href, url(), @import), no entity
// declarations, no processing instructions. A small strict scanner: no DOM, no network, no DTD.

export type SvgCheck = { ok: true } | { ok: false; message: string }

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg'
const FORBIDDEN_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener', 'audio', 'video'])
const NAME = /[A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_:.\u00B7-\uFFFF]*/y
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
// A reference inside the file (#id) or an embedded raster image: anything else loads from outside.
const LOCAL_TARGET = /^\s*(#|data:image\/(png|jpe?g|gif|webp);base64,)/i
const URL_FUNCTION = /url\(\s*['"]?([^'")]*)/gi

class Refused extends Error {}

const notXml = (reason: string) => new Refused(`Berkas ini bukan SVG yang terbaca (${reason}). Tidak ada yang diubah.`)
const unsafe = (what: string) =>
  new Refused(`Logo SVG ini ${what}; SVG untuk kop hanya boleh berisi gambar, tanpa skrip atau rujukan ke luar berkas. Tidak ada yang diubah.`)

function decodeEntities(text: string): string {
  return text.replace(/&([^;&\s]{0,12});?/g, (match, name: string) => {
    if (!match.endsWith(';')) throw notXml('tanda & tanpa penutup ;')
    if (ENTITIES[name]) return ENTITIES[name]
    const numeric = /^#(x[0-9A-Fa-f]{1,6}|[0-9]{1,7})$/.exec(name)
    if (!numeric) throw notXml(`entitas &${name}; tidak dikenal`)
    const code = numeric[1].startsWith('x') ? parseInt(numeric[1].slice(1), 16) : parseInt(numeric[1], 10)
    if (code === 0 || code > 0x10ffff) throw notXml('karakter tidak sah')
    return String.fromCodePoint(code)
  })
}

/** Style text (a <style> element or a style attribute): no imports, no CSS escapes that could hide them, no outside url(). */
function checkStyleText(text: string): void {
  if (/@import/i.test(text)) throw unsafe('memuat gaya dari luar (@import)')
  if (text.includes('\\')) throw unsafe('berisi gaya CSS dengan karakter escape')
  checkUrls(text)
}

function checkUrls(text: string): void {
  for (const match of text.matchAll(URL_FUNCTION)) {
    if (!LOCAL_TARGET.test(match[1])) throw unsafe(`merujuk berkas di luar (url(${match[1].slice(0, 60)}))`)
  }
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase()

function checkAttribute(element: string, name: string, value: string): void {
  const local = localName(name)
  if (local.startsWith('on')) throw unsafe(`berisi atribut peristiwa ${name}`)
  if (/javascript:/i.test(value.replace(/\s+/g, ''))) throw unsafe('berisi tautan javascript:')
  if ((local === 'href' || local === 'src' || name === 'xml:base') && !LOCAL_TARGET.test(value)) {
    throw unsafe(`merujuk berkas di luar (${name}="${value.slice(0, 60)}")`)
  }
  if ((element === 'set' || element.startsWith('animate')) && local === 'attributename' && /href/i.test(value)) throw unsafe('mengubah tautan lewat animasi')
  if (local === 'style') checkStyleText(value)
  else checkUrls(value)
}

function decodeUtf8(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe || bytes[0] === 0xff) throw notXml('disimpan sebagai UTF-16; simpan ulang sebagai UTF-8')
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw notXml('bukan teks UTF-8')
  }
}

/** Checks an SVG file; the message says why it is refused, in Bahasa Indonesia. */
export function checkSvg(bytes: Uint8Array): SvgCheck {
  try {
    scan(decodeUtf8(bytes))
    return { ok: true }
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.message }
    throw error
  }
}

function scan(source: string): void {
  let at = 0
  const stack: string[] = []
  let sawRoot = false
  let inStyle = 0

  const readName = (): string => {
    NAME.lastIndex = at
    const match = NAME.exec(source)
    if (!match) throw notXml(`nama tag tidak sah di posisi ${at}`)
    at = NAME.lastIndex
    return match[0]
  }
  const skipSpace = () => {
    while (at < source.length && /\s/.test(source[at])) at += 1
  }
  const text = (content: string, decode: boolean) => {
    if (stack.length === 0) {
      if (content.trim() !== '') throw notXml('ada teks di luar elemen <svg>')
      return
    }
    const decoded = decode ? decodeEntities(content) : content
    if (inStyle > 0) checkStyleText(decoded)
  }

  const declaration = /^\uFEFF?<\?xml\s([^?]*)\?>/.exec(source)
  if (declaration) {
    const encoding = /encoding\s*=\s*["']([^"']+)["']/.exec(declaration[1])
    if (encoding && !/^utf-?8$/i.test(encoding[1])) throw notXml(`pengodean ${encoding[1]}; simpan ulang sebagai UTF-8`)
    at = declaration[0].length
  } else if (source.startsWith('\uFEFF')) at = 1

  while (at < source.length) {
    const open = source.indexOf('<', at)
    if (open < 0) {
      text(source.slice(at), true)
      break
    }
    if (open > at) text(source.slice(at, open), true)
    at = open
    if (source.startsWith('<!--', at)) {
      const close = source.indexOf('-->', at + 4)
      if (close < 0) throw notXml('komentar tanpa penutup')
      at = close + 3
    } else if (source.startsWith('<![CDATA[', at)) {
      const close = source.indexOf(']]>', at + 9)
      if (close < 0 || stack.length === 0) throw notXml('bagian CDATA tidak sah')
      text(source.slice(at + 9, close), false)
      at = close + 3
    } else if (source.startsWith('<!DOCTYPE', at) && !sawRoot) {
      // Illustrator writes <!DOCTYPE svg PUBLIC ...>; it is never fetched. An internal subset could declare entities.
      const close = source.indexOf('>', at)
      if (close < 0) throw notXml('DOCTYPE tanpa penutup')
      if (source.slice(at, close).includes('[')) throw unsafe('berisi deklarasi ENTITY')
      at = close + 1
    } else if (source.startsWith('<!', at)) {
      throw unsafe('berisi deklarasi ENTITY atau DOCTYPE di tempat yang salah')
    } else if (source.startsWith('<?', at)) {
      throw unsafe('berisi instruksi pemrosesan (<?...?>)')
    } else if (source.startsWith('</', at)) {
      at += 2
      const name = readName()
      skipSpace()
      if (source[at] !== '>') throw notXml(`tag penutup </${name}> tidak sah`)
      at += 1
      const expected = stack.pop()
      if (expected !== name) throw notXml(expected ? `</${name}> menutup <${expected}>` : `</${name}> tanpa pembuka`)
      if (localName(name) === 'style') inStyle -= 1
    } else {
      at += 1
      const name = readName()
      const element = localName(name)
      if (stack.length === 0) {
        if (sawRoot) throw notXml('lebih dari satu elemen akar')
        if (element !== 'svg') throw notXml(`elemen akarnya <${name}>, bukan <svg>`)
        sawRoot = true
      }
      if (FORBIDDEN_ELEMENTS.has(element)) throw unsafe(element === 'script' ? 'berisi <script>' : `berisi elemen <${name}>`)
      const attributes = new Map<string, string>()
      for (;;) {
        const before = at
        skipSpace()
        if (source.startsWith('/>', at) || source[at] === '>') break
        if (at === before) throw notXml(`atribut pada <${name}> tidak dipisah spasi`)
        const attribute = readName()
        skipSpace()
        if (source[at] !== '=') throw notXml(`atribut ${attribute} tanpa nilai`)
        at += 1
        skipSpace()
        const quote = source[at]
        if (quote !== '"' && quote !== "'") throw notXml(`nilai atribut ${attribute} tanpa tanda kutip`)
        const close = source.indexOf(quote, at + 1)
        if (close < 0) throw notXml(`nilai atribut ${attribute} tanpa penutup`)
        const raw = source.slice(at + 1, close)
        if (raw.includes('<')) throw notXml(`nilai atribut ${attribute} berisi <`)
        if (attributes.has(attribute)) throw notXml(`atribut ${attribute} tertulis dua kali`)
        const value = decodeEntities(raw)
        attributes.set(attribute, value)
        checkAttribute(element, attribute, value)
        at = close + 1
      }
      if (stack.length === 0) {
        const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : ''
        if (attributes.get(prefix ? `xmlns:${prefix}` : 'xmlns') !== SVG_NAMESPACE) throw notXml(`<svg> tanpa xmlns="${SVG_NAMESPACE}"`)
      }
      if (source.startsWith('/>', at)) {
        at += 2
      } else {
        at += 1
        stack.push(name)
        if (element === 'style') inStyle += 1
      }
    }
  }
  if (!sawRoot) throw notXml('tidak ada elemen <svg>')
  if (stack.length > 0) throw notXml(`<${stack[stack.length - 1]}> tidak ditutup`)
}
