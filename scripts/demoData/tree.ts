/**
 * The nomenclature as a tree of kabupaten/kota codes: only the programs, kegiatan and sub
 * kegiatan a Kota plan can use, so the plan shape never has to skip unusable codes.
 */
import type { DemoEntry } from './nomenklatur'

export interface SubNode {
  code: string
  name: string
}
export interface KegiatanNode {
  code: string
  name: string
  subs: SubNode[]
}
export interface ProgramNode {
  code: string
  name: string
  bidang: string
  kegiatan: KegiatanNode[]
}

export const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

/** A real bidang urusan code (U.BB), as opposed to the X.XX template or none. */
export const isBidangCode = (code: string) => /^\d\.\d\d$/.test(code)

/** Programs with their kegiatan of level 2 (kabupaten/kota) that have sub kegiatan. */
export function buildTree(entries: readonly DemoEntry[]): ProgramNode[] {
  const subs = new Map<string, SubNode[]>()
  for (const entry of entries) {
    if (entry.level !== 'sub_kegiatan') continue
    const parent = entry.code.split('.').slice(0, 5).join('.')
    subs.set(parent, [...(subs.get(parent) ?? []), { code: entry.code, name: entry.name }])
  }
  const kegiatan = new Map<string, KegiatanNode[]>()
  for (const entry of entries) {
    const parts = entry.code.split('.')
    if (entry.level !== 'kegiatan' || parts[3] !== '2' || !subs.has(entry.code)) continue
    const parent = parts.slice(0, 3).join('.')
    const node = { code: entry.code, name: entry.name, subs: subs.get(entry.code)!.sort(byCode) }
    kegiatan.set(parent, [...(kegiatan.get(parent) ?? []), node])
  }
  return entries
    .filter((entry) => entry.level === 'program' && kegiatan.has(entry.code))
    .map((entry) => ({ code: entry.code, name: entry.name, bidang: entry.code.slice(0, 4), kegiatan: kegiatan.get(entry.code)!.sort(byCode) }))
    .sort(byCode)
}
