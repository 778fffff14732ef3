// Reads numbers the way analysts type and paste them (id-ID: dot thousands, comma
// decimal). Anything that could mean two things is refused, never guessed.
import { MAX_RUPIAH } from './money'

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string }

const SCALE_WORDS: Array<[RegExp, bigint]> = [
  [/^(t|tn|triliun|trilyun)$/i, 1_000_000_000_000n],
  [/^(m|miliar|milyar|mlyr)$/i, 1_000_000_000n],
  [/^(jt|juta)$/i, 1_000_000n],
  [/^(rb|ribu)$/i, 1_000n]
]

interface Decimal {
  negative: boolean
  integerDigits: string
  fractionDigits: string
}

function clean(text: string): string {
  return text
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .trim()
    .replace(/^rp\.?\s*/i, '')
    .replace(/^(-?)\s*rp\.?\s*/i, '$1')
    .trim()
}

const ID_GROUPS = /^\d{1,3}(\.\d{3}){2,}$/

/** How a block of pasted numbers groups thousands, when its other cells make it certain. */
export type GroupingHint = 'id' | 'en' | undefined

/**
 * Looks at all the numbers of one paste: a cell like 1.250.000 or 82,59 shows the block is
 * Indonesian, 1,250,000 or 82.59 that it is English. Only then does 750.000 in the same
 * block read as seven hundred fifty thousand; mixed or no evidence leaves it refused.
 */
export function groupingHintOf(texts: string[]): GroupingHint {
  let id = false
  let en = false
  for (const raw of texts) {
    // Plain digits say nothing about the separator; both seen means no hint whatever follows.
    if (/^\d*$/.test(raw)) continue
    if (id && en) break
    // The common case of a pasted block, without the clean-up below.
    if (ID_GROUPS.test(raw)) {
      id = true
      continue
    }
    const text = clean(raw).replace(/\s/g, '').replace(/^[-(]/, '').replace(/\)$/, '')
    if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(text) || /^\d+,\d{1,2}$/.test(text) || /^\d{1,3}(\.\d{3})+,\d+$/.test(text)) id = true
    if (/^\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(text) || /^\d+\.\d{1,2}$/.test(text) || /^\d{1,3}(,\d{3})+\.\d+$/.test(text)) en = true
  }
  return id === en ? undefined : id ? 'id' : 'en'
}

/** Splits sign, integer and fraction digits, or says why the text is not a number. */
function readDecimal(raw: string, example: string, hint?: GroupingHint): ParseResult<Decimal> {
  let text = raw.replace(/\s/g, '')
  let negative = false
  if (/^\(.*\)$/.test(text)) {
    negative = true
    text = text.slice(1, -1)
  }
  if (text.startsWith('-')) {
    negative = !negative
    text = text.slice(1)
  } else if (text.startsWith('+')) {
    text = text.slice(1)
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) {
    return { ok: false, message: `"${raw}" bukan angka. Contoh yang benar: ${example}` }
  }
  const dots = (text.match(/\./g) ?? []).length
  const commas = (text.match(/,/g) ?? []).length
  if (hint === 'id' && /^\d{1,3}\.\d{3}$/.test(text)) {
    return { ok: true, value: { negative, integerDigits: text.replace('.', ''), fractionDigits: '' } }
  }
  if (hint === 'en' && /^\d{1,3},\d{3}$/.test(text)) {
    return { ok: true, value: { negative, integerDigits: text.replace(',', ''), fractionDigits: '' } }
  }
  // id-ID: 1.250.000 or 1.250.000,50 or 1250000,5
  if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(text) || /^\d{1,3}\.\d{3},\d+$/.test(text) || /^\d+(,\d+)?$/.test(text)) {
    const [integerPart, fractionPart = ''] = text.split(',')
    return { ok: true, value: { negative, integerDigits: integerPart.replace(/\./g, ''), fractionDigits: fractionPart } }
  }
  // en-US thousands from an English-locale Excel: 1,250,000 or 1,250,000.50
  if (/^\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(text) || /^\d{1,3},\d{3}\.\d+$/.test(text)) {
    const [integerPart, fractionPart = ''] = text.split('.')
    return { ok: true, value: { negative, integerDigits: integerPart.replace(/,/g, ''), fractionDigits: fractionPart } }
  }
  if (dots === 1 && commas === 0 && /^\d{1,3}\.\d{3}$/.test(text)) {
    return {
      ok: false,
      message: `"${raw}" bisa berarti ${text.replace('.', '')} atau ${text.replace('.', ',')}. Ketik tanpa titik (${text.replace('.', '')}) atau dengan koma untuk desimal (${text.replace('.', ',')}).`
    }
  }
  if (dots === 1 && commas === 0) {
    return { ok: false, message: `"${raw}": gunakan koma untuk desimal, misalnya ${text.replace('.', ',')}.` }
  }
  return { ok: false, message: `"${raw}" tidak dapat dibaca sebagai angka. Contoh yang benar: ${example}` }
}

function toBigIntScaled(decimal: Decimal, scale: bigint): { value: bigint; exact: boolean } {
  const fraction = decimal.fractionDigits
  const denominator = 10n ** BigInt(fraction.length)
  const numerator = BigInt(decimal.integerDigits + fraction || '0') * scale
  return { value: numerator / denominator, exact: numerator % denominator === 0n }
}

/** The reasons readDecimal gives for a dot suggest a decimal comma, which pagu never takes. */
function wholeRupiahMessage(raw: string, numberText: string): string | undefined {
  const text = numberText.replace(/\s/g, '')
  if (/^\d{1,3}\.\d{3}$/.test(text))
    return `"${raw}" bisa berarti ${text.replace('.', '')} atau ${text.replace('.', ',')}. Pagu dicatat dalam rupiah bulat: ketik tanpa titik (${text.replace('.', '')}) atau dengan titik ribuan lengkap (1.250.000).`
  if (/^\d+\.\d+$/.test(text)) return `"${raw}" bukan rupiah bulat. Pagu dicatat dalam rupiah tanpa sen, misalnya 1.250.000 atau 750 jt.`
  return undefined
}

/** Whole Rupiah: "1.250.000", "Rp 1.250.000", "750 jt", "1,5 M". Empty text gives null. */
// What Excel and Selaras put on the clipboard (plain digits, or 1.250.000 with two or more
// groups): these mean one thing only, and a 5.000-cell paste is mostly made of them.
const PLAIN_RUPIAH = /^(\d{1,15}|\d{1,3}(\.\d{3}){2,4})$/

export function parseRupiahInput(input: string, hint?: GroupingHint): ParseResult<number | null> {
  if (PLAIN_RUPIAH.test(input)) {
    const value = Number(input.replace(/\./g, ''))
    if (value <= MAX_RUPIAH) return { ok: true, value }
  }
  const text = clean(input)
  if (text === '') return { ok: true, value: null }
  const example = '1.250.000, 750 jt atau 1,5 M'
  const shorthand = /^(.*?)\s*([a-z]+)\.?$/i.exec(text)
  let scale = 1n
  let numberText = text
  if (shorthand) {
    const match = SCALE_WORDS.find(([pattern]) => pattern.test(shorthand[2]))
    if (!match) return { ok: false, message: `"${input.trim()}" bukan angka. Contoh yang benar: ${example}` }
    scale = match[1]
    numberText = shorthand[1]
  }
  const decimal = readDecimal(numberText, example, hint)
  if (!decimal.ok) return { ok: false, message: (scale === 1n ? wholeRupiahMessage(input.trim(), numberText) : undefined) ?? decimal.message }
  if (decimal.value.negative) return { ok: false, message: 'Pagu tidak boleh negatif.' }
  const scaled = toBigIntScaled(decimal.value, scale)
  if (!scaled.exact) {
    return { ok: false, message: `"${input.trim()}" bukan rupiah bulat. Pagu dicatat dalam rupiah tanpa sen.` }
  }
  if (scaled.value > BigInt(MAX_RUPIAH)) {
    return { ok: false, message: `"${input.trim()}" terlalu besar untuk pagu.` }
  }
  return { ok: true, value: Number(scaled.value) }
}

/** A target or baseline: "82,59", "1.250.000,50", "-2,5". Empty text gives null. */
export function parseDecimalInput(input: string): ParseResult<number | null> {
  const text = clean(input).replace(/%$/, '').trim()
  if (text === '') return { ok: true, value: null }
  const decimal = readDecimal(text, '82,59 atau 1.250.000,50')
  if (!decimal.ok) return decimal
  const { negative, integerDigits, fractionDigits } = decimal.value
  const value = Number(`${integerDigits || '0'}.${fractionDigits || '0'}`)
  if (!Number.isFinite(value) || Math.abs(value) > 1e15) return { ok: false, message: `"${input.trim()}" terlalu besar.` }
  return { ok: true, value: negative ? -value : value }
}

/** A target may be a number or a qualitative value such as "WTP" or "BB". */
export function parseTargetInput(input: string): ParseResult<number | string | null> {
  const text = input.trim()
  if (text === '') return { ok: true, value: null }
  if (/^[-+(]?\s*(rp\.?)?\s*[\d.,\s]+\)?\s*%?$/i.test(text)) return parseDecimalInput(text)
  if (text.length > 100) return { ok: false, message: 'Target berupa teks paling panjang 100 karakter.' }
  return { ok: true, value: text }
}
