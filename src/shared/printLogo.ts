// The kop logo's limits and what the settings screen shows about it; shared by the renderer
// (which checks the size before reading a file) and main (which checks everything).
import type { PrintSettings } from './printSettings'

export const MAX_LOGO_BYTES = 1024 * 1024
export const LOGO_MIME_TYPES = ['image/png', 'image/svg+xml'] as const
export type LogoMimeType = (typeof LOGO_MIME_TYPES)[number]

export interface LogoInfo {
  fileName: string
  mimeType: LogoMimeType
  bytes: number
  /** PNG: from its IHDR; SVG: null (it scales). */
  width: number | null
  height: number | null
}

/** Print settings as the Data Induk > Kop & penandatangan panel shows them: with what the stored logo is. */
export interface PrintSettingsView extends PrintSettings {
  logo: LogoInfo | null
}

/** "1,4 MB", "35 KB": sizes in the analyst's messages. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('id-ID')} KB`
}

/** Why a file of this size is refused as a logo, or null. */
export function logoSizeProblem(bytes: number): string | null {
  if (bytes === 0) return 'Berkas logo kosong.'
  if (bytes > MAX_LOGO_BYTES) return `Logo terlalu besar (${formatFileSize(bytes)}); batasnya 1 MB. Tidak ada yang diubah.`
  return null
}
