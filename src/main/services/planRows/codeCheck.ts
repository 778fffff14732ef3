import type { CodeStatus, PlanLevel } from '../../../shared/domain'
import type { NomenklaturEntry } from '../../../shared/master'
import { LEVEL_LABEL } from '../common'

export interface CodeContext {
  versionName: string | null
  /** Null when the plan uses no nomenclature version yet. */
  index: Map<string, NomenklaturEntry> | null
  /** Bidang (U.BB) of the row's perangkat daerah. */
  bidang: string[]
}

const FORMATS: Record<PlanLevel, { pattern: RegExp; shape: string }> = {
  program: { pattern: /^\d\.\d\d\.\d\d$/, shape: 'U.BB.PP' },
  kegiatan: { pattern: /^\d\.\d\d\.\d\d\.\d\.\d\d$/, shape: 'U.BB.PP.K.KK' },
  sub_kegiatan: { pattern: /^\d\.\d\d\.\d\d\.\d\.\d\d\.\d{4}$/, shape: 'U.BB.PP.K.KK.SSSS' }
}

/**
 * The nomenclature code a plan code stands for: program X.XX.01 (penunjang) and what is
 * under it are written with the PD's own bidang in place of X.XX.
 */
export function nomenklaturCodeFor(planCode: string, index: Map<string, NomenklaturEntry>): string {
  if (index.has(planCode)) return planCode
  const template = `X.XX${planCode.slice(4)}`
  return /^\d\.\d\d\.01(\.|$)/.test(planCode) && index.has(template) ? template : planCode
}

export function checkCode(level: PlanLevel, code: string, parentCode: string | null, context: CodeContext): CodeStatus {
  const format = FORMATS[level]
  if (!format.pattern.test(code)) {
    return { valid: false, reason: `Kode ${LEVEL_LABEL[level]} harus berformat ${format.shape}.` }
  }
  if (parentCode !== null && !code.startsWith(`${parentCode}.`)) {
    return { valid: false, reason: `Kode ${code} tidak berada di bawah ${level === 'kegiatan' ? 'program' : 'kegiatan'} ${parentCode}.` }
  }
  if (!context.index) {
    return { valid: false, reason: 'Belum ada versi nomenklatur yang dipakai rencana; kode belum dapat diperiksa.' }
  }
  const lookup = nomenklaturCodeFor(code, context.index)
  const entry = context.index.get(lookup)
  if (!entry) {
    return { valid: false, reason: `Kode ${code} tidak ada dalam nomenklatur "${context.versionName}".` }
  }
  if (entry.level !== level) {
    return { valid: false, reason: `Kode ${code} adalah kode ${LEVEL_LABEL[entry.level]}, bukan ${LEVEL_LABEL[level]}.` }
  }
  const bidang = code.slice(0, 4)
  if (lookup.startsWith('X.XX') && !context.bidang.includes(bidang)) {
    const own = context.bidang.length > 0 ? context.bidang.join(', ') : 'belum diisi'
    return {
      valid: false,
      reason: `Program penunjang X.XX.01 memakai bidang perangkat daerahnya sendiri (${own}); ${bidang} bukan bidang perangkat daerah ini.`
    }
  }
  return { valid: true }
}
