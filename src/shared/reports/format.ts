// Print conventions shared by the print view and the writers.

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']

/** 2026-12-03 -> "3 Desember 2026" (the signature line and the print date). */
export function formatIndonesianDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`
}

/** An 18-digit NIP as printed: "19710205 199403 1 002" (8-6-1-3). Anything else is returned as given. */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\s+/g, '')
  if (!/^\d{18}$/.test(digits)) return nip
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`
}

/** Why a NIP is refused, or null when it is 18 digits (spaces allowed between the groups). */
export function nipProblem(nip: string): string | null {
  const digits = nip.replace(/\s+/g, '')
  if (digits === '') return 'NIP wajib diisi.'
  if (/\D/.test(digits)) return 'NIP hanya berisi angka (18 digit), tanpa huruf atau tanda baca.'
  if (digits.length !== 18) return `NIP harus 18 digit; yang diketik ${digits.length} digit.`
  return null
}

/** "(1)", "(2)", ... the column-number row. */
export const columnNumbers = (count: number): string[] => Array.from({ length: count }, (_, index) => `(${index + 1})`)
