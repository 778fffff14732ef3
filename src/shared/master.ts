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

export interface ChangeBatchResult {
  batchId: number
  description: string
  changedRows: number
  /** Rows still without a valid code after the change. */
  flaggedRows: number
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

/** Fields a batch edit may set: code, text overrides, pagu and indicator target of a year. */
export type CellField = 'code' | 'name' | 'indikator' | 'satuan' | 'lokasi' | 'sumberDana' | `pagu:${number}` | `target:${number}`

export interface HistoryEntry {
  batchId: number
  at: string
  osUser: string
  description: string
  undone: boolean
  /** What changed, in the analyst's words: "Pagu 2023", "Nama", "Kode". */
  fieldLabel: string
  oldValue: string | number | null
  newValue: string | number | null
}

export interface UndoState {
  undo: string | null
  redo: string | null
}

/** A reply to a step of the change log carries what is left to undo and redo, so the screen asks no second time. */
export interface WithUndoState {
  undoState: UndoState
}

/** A pagu or target cell as stored after a change (null: emptied). */
export interface SavedCellValue {
  planRowId: number
  field: `pagu:${number}` | `target:${number}`
  value: number | string | null
}

export interface EditResult {
  batchId: number | null
  description: string
  /** Every row whose values or totals changed, to replace in the grid (empty when `values` says it all). */
  rows: import('./domain').PlanRow[]
  /**
   * A change of pagu and target cells only: the stored values, and `rows` is empty. The screen
   * adds the differences to the totals above; sending back 1.000 pasted rows with every row
   * above them cost more than the paste itself.
   */
  values?: SavedCellValue[]
  /** Rows that no longer exist after this step (an undone addition, a redone deletion). */
  removedIds?: number[]
}

/** A deleted row: every row that went with it, and the rows above it with their new totals. */
export interface DeleteResult {
  deleted: true
  removedIds: number[]
  rows: import('./domain').PlanRow[]
}
