// The change log as the screens see it: the Riwayat of a row, what undo and redo would do, and the
// summary of a change that touched many rows at once (a nomenclature switch, its undo).

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

export interface ChangeBatchResult {
  batchId: number
  description: string
  changedRows: number
  /** Rows still without a valid code after the change. */
  flaggedRows: number
}
