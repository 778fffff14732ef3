import type { UndoState } from '../../../../../shared/changeLog'
import type { PrintSettingsView } from '../../../../../shared/printLogo'

/** What every save of the print settings answers: the settings now, and what undo and redo would do. */
export type SettingsReply = PrintSettingsView & { undoState: UndoState }
