import { describe, expect, it } from 'vitest'
import { formatRupiah, formatShare } from '../../../src/shared/money'
import { groupingHintOf, parseDecimalInput, parseRupiahInput, parseTargetInput } from '../../../src/shared/numberInput'

describe('parseRupiahInput', () => {
  const accepted: Array<[string, number | null]> = [
    ['1.250.000', 1_250_000],
    ['1250000', 1_250_000],
    ['Rp 1.250.000', 1_250_000],
    ['Rp1.250.000,00', 1_250_000],
    ['  1.250.000\u00a0', 1_250_000],
    ['750 jt', 750_000_000],
    ['750jt', 750_000_000],
    ['1,5 M', 1_500_000_000],
    ['1,1 T', 1_100_000_000_000],
    ['2 miliar', 2_000_000_000],
    ['1,250,000', 1_250_000],
    ['1.101.982.939.130', 1_101_982_939_130],
    ['0', 0],
    ['', null]
  ]
  it.each(accepted)('reads %j as %j', (input, expected) => {
    expect(parseRupiahInput(input)).toEqual({ ok: true, value: expected })
  })

  const refused: Array<[string, RegExp]> = [
    ['1.250', /bisa berarti 1250 atau 1,25/],
    ['1,25', /bukan rupiah bulat/],
    ['1.250.000,50', /bukan rupiah bulat/],
    ['-5', /tidak boleh negatif/],
    ['(1.000.000)', /tidak boleh negatif/],
    ['abc', /bukan angka/],
    ['12 kg', /bukan angka/],
    ['1.5', /bukan rupiah bulat/],
    ['1.2.3', /tidak dapat dibaca/],
    ['9.999.999.999.999.999.999', /terlalu besar/]
  ]
  it.each(refused)('refuses %j and says why', (input, message) => {
    const result = parseRupiahInput(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(message)
  })

  it('never suggests a decimal comma for a pagu, which is whole Rupiah', () => {
    for (const input of ['1.250', '12.34', '1.5', '400.000']) {
      const result = parseRupiahInput(input, 'en')
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.message).not.toMatch(/koma untuk desimal/)
        expect(result.message).toMatch(/rupiah (bulat|tanpa sen)/)
      }
    }
  })

  it('reads back what it formats, for many amounts', () => {
    let amount = 1
    for (let step = 0; step < 2000; step++) {
      amount = (amount * 7919 + step * 104_729) % 999_999_999_999_999
      const formatted = formatRupiah(amount)
      // "7.919" (a single thousands group) is the one shape refused as ambiguous.
      if (amount >= 1_000 && amount < 1_000_000) expect(parseRupiahInput(formatted).ok).toBe(false)
      else expect(parseRupiahInput(formatted)).toEqual({ ok: true, value: amount })
      expect(parseRupiahInput(String(amount))).toEqual({ ok: true, value: amount })
      // The quick path for clipboard shapes gives what the general reading gives (a space skips it).
      for (const text of [formatted, String(amount), `00${amount}`]) expect(parseRupiahInput(text)).toEqual(parseRupiahInput(` ${text}`))
    }
  })
})

describe('parseDecimalInput and parseTargetInput', () => {
  it('reads Indonesian decimals', () => {
    expect(parseDecimalInput('82,59')).toEqual({ ok: true, value: 82.59 })
    expect(parseDecimalInput('1.250.000,50')).toEqual({ ok: true, value: 1_250_000.5 })
    expect(parseDecimalInput('-2,5')).toEqual({ ok: true, value: -2.5 })
    expect(parseDecimalInput('75%')).toEqual({ ok: true, value: 75 })
    expect(parseDecimalInput('1.5').ok).toBe(false)
  })
  it('keeps qualitative targets as text and refuses ambiguous numbers', () => {
    expect(parseTargetInput('WTP')).toEqual({ ok: true, value: 'WTP' })
    expect(parseTargetInput('82,59')).toEqual({ ok: true, value: 82.59 })
    expect(parseTargetInput('')).toEqual({ ok: true, value: null })
    expect(parseTargetInput('1.250').ok).toBe(false)
  })
})

describe('formatting', () => {
  it('follows id-ID', () => {
    expect(formatRupiah(1_104_982_939_130)).toBe('1.104.982.939.130')
    expect(formatShare(1, 8)).toBe('12,50%')
    expect(formatShare(5, 0)).toBe('0,00%')
  })
})

describe('a pasted block vouches for its own thousands separator', () => {
  it('reads 750.000 as thousands when another cell of the block is clearly Indonesian', () => {
    const block = ['1.250.000', '750.000', '15']
    const hint = groupingHintOf(block)
    expect(hint).toBe('id')
    expect(block.map((text) => parseRupiahInput(text, hint))).toEqual([
      { ok: true, value: 1_250_000 },
      { ok: true, value: 750_000 },
      { ok: true, value: 15 }
    ])
  })
  it('reads 750,000 as thousands in an English block, and refuses when there is no evidence or it conflicts', () => {
    expect(groupingHintOf(['1,250,000', '750,000'])).toBe('en')
    expect(parseRupiahInput('750,000', 'en')).toEqual({ ok: true, value: 750_000 })
    expect(groupingHintOf(['750.000', '1.250'])).toBeUndefined()
    expect(groupingHintOf(['1.250.000', '1,250,000'])).toBeUndefined()
    expect(parseRupiahInput('750.000', undefined).ok).toBe(false)
  })
})
