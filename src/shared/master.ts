// Master data shared by main and renderer: nomenclature versions, lokasi, reference lists.

export type NomenklaturLevel = 'bidang' | 'program' | 'kegiatan' | 'sub_kegiatan'

export interface NomenklaturVersion {
  id: number
  name: string
  sourceFileName: string
  importedAt: string
  counts: { bidang: number; program: number; kegiatan: number; subKegiatan: number }
  /** The version the plan uses. */
  active: boolean
}

export interface NomenklaturEntry {
  code: string
  level: NomenklaturLevel
  name: string
  parentCode: string | null
  indikator: string | null
  satuan: string | null
}

export interface ImportSkipped {
  reason: string
  count: number
  firstRows: number[]
}

export interface ImportPreview {
  fileName: string
  totalRows: number
  counts: NomenklaturVersion['counts']
  skipped: ImportSkipped[]
  /** A version with the same file content, when one was imported before. */
  sameAsVersion: string | null
}

export type ImportJobStatus =
  { state: 'running'; phase: string; done: number; total: number } | { state: 'ready'; preview: ImportPreview } | { state: 'failed'; message: string }

export interface VersionSwitchChange {
  rowId: number
  level: 'program' | 'kegiatan' | 'sub_kegiatan'
  code: string
  name: string
  status: 'changed' | 'vanished'
  proposedCode: string | null
  proposedName: string | null
}

export interface VersionSwitchPreview {
  fromVersion: string | null
  toVersion: string
  changes: VersionSwitchChange[]
  unchangedCount: number
}

export type LokasiLevel = 'kota' | 'kecamatan' | 'kelurahan' | 'kelompok'

export interface Lokasi {
  id: number
  code: string
  name: string
  level: LokasiLevel
  parentCode: string | null
  /** For a kelompok (Semua Kecamatan, BAHIM): its member lokasi. */
  memberIds: number[]
}

export const REFERENCE_LISTS = ['sumber_dana', 'prioritas_nasional', 'prioritas_daerah', 'tag'] as const
export type ReferenceList = (typeof REFERENCE_LISTS)[number]

export const REFERENCE_LIST_LABELS: Record<ReferenceList, string> = {
  sumber_dana: 'Sumber dana',
  prioritas_nasional: 'Prioritas nasional',
  prioritas_daerah: 'Prioritas daerah',
  tag: 'Tag tematik'
}

export interface ReferenceItem {
  id: number
  list: ReferenceList
  code: string
  name: string
  position: number
  active: boolean
}
