/**
 * The nomenclature codes the demo plan is built from: a stored version, a parsed SIPD
 * export, or (when no file is at hand) codes made up in the right shapes.
 */
import type { ParsedNomenklatur } from '../../src/main/nomenklatur/types'

export type DemoEntryLevel = 'bidang' | 'program' | 'kegiatan' | 'sub_kegiatan'

/** One nomenclature code, as stored in nomenklatur_item. */
export interface DemoEntry {
  code: string
  level: DemoEntryLevel
  name: string
  parentCode: string | null
}

export function entriesFromParsed(parsed: ParsedNomenklatur): DemoEntry[] {
  return [
    ...parsed.bidang.map((entry) => ({ code: entry.code, level: 'bidang' as const, name: entry.name, parentCode: null })),
    ...parsed.program.map((entry) => ({ code: entry.code, level: 'program' as const, name: entry.name, parentCode: entry.bidangCode })),
    ...parsed.kegiatan.map((entry) => ({ code: entry.code, level: 'kegiatan' as const, name: entry.name, parentCode: entry.programCode })),
    ...parsed.subKegiatan.map((entry) => ({ code: entry.code, level: 'sub_kegiatan' as const, name: entry.name, parentCode: entry.kegiatanCode }))
  ]
}

const two = (n: number) => String(n).padStart(2, '0')
const four = (n: number) => String(n).padStart(4, '0')

/**
 * Codes in the shapes U.BB.PP / U.BB.PP.2.KK / U.BB.PP.2.KK.SSSS for the given bidang, plus
 * the X.XX.01 penunjang template. They are not in any stored version, so the app flags them.
 */
export function syntheticEntries(bidangCodes: readonly string[]): DemoEntry[] {
  const entries: DemoEntry[] = []
  const addProgram = (bidang: string, program: string, name: string, kegiatanCount: number) => {
    entries.push({ code: program, level: 'program', name, parentCode: bidang })
    // Names carry the code, except under the template, whose rows get the PD's bidang.
    const penunjang = program === 'X.XX.01'
    const label = (code: string) => (penunjang ? `penunjang contoh ${code.slice(program.length + 1)}` : `contoh ${code}`)
    for (let k = 1; k <= kegiatanCount; k++) {
      const kegiatan = `${program}.2.${two(k)}`
      entries.push({ code: kegiatan, level: 'kegiatan', name: `Kegiatan ${label(kegiatan)}`, parentCode: program })
      for (let s = 1; s <= 6; s++) {
        const sub = `${kegiatan}.${four(s)}`
        const subName = penunjang && k === 2 && s === 1 ? 'Penyediaan Gaji dan Tunjangan ASN' : `Sub kegiatan ${label(sub)}`
        entries.push({ code: sub, level: 'sub_kegiatan', name: subName, parentCode: kegiatan })
      }
    }
  }
  entries.push({ code: 'X.XX', level: 'bidang', name: 'URUSAN PEMERINTAHAN BIDANG XX', parentCode: null })
  addProgram('X.XX', 'X.XX.01', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 9)
  for (const bidang of [...new Set(bidangCodes)].filter((code) => /^\d\.\d\d$/.test(code)).sort()) {
    entries.push({ code: bidang, level: 'bidang', name: `Bidang urusan contoh ${bidang}`, parentCode: null })
    for (let p = 2; p <= 7; p++) addProgram(bidang, `${bidang}.${two(p)}`, `PROGRAM CONTOH ${bidang}.${two(p)}`, 4)
  }
  return entries
}
