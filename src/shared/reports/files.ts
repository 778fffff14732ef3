// The desktop bridge for report files (window.api.files): main writes every file, after its
// own save dialog; the renderer only asks. Browser mode downloads instead (api/reportFiles.ts).
import type { Result } from '../result'
import type { ReportOptions } from './options'

export interface SavedFile {
  /** False when the analyst cancelled the dialog: nothing was written. */
  saved: boolean
  /** The name of the file written. */
  fileName?: string
}

export interface Printed {
  /** False when the analyst cancelled the print dialog. */
  printed: boolean
}

export interface ReportFilesBridge {
  savePdf: (options: ReportOptions) => Promise<Result<SavedFile>>
  saveXlsx: (options: ReportOptions) => Promise<Result<SavedFile>>
  saveCsv: (options: ReportOptions) => Promise<Result<SavedFile>>
  print: (options: ReportOptions) => Promise<Result<Printed>>
}
