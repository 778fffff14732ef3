// The one API contract: argument schemas (validated in main) and result types.
import type { z } from 'zod'
import type { ChannelName } from './channels'
import type { Indikator, KeselarasanView, PerangkatDaerah, PlanRow, RpjmdView, Sasaran } from './domain'
import type { ImportJobStatus, Lokasi, NomenklaturEntry, NomenklaturVersion, ReferenceItem, VersionSwitchPreview } from './master'
import type { HomeSummary } from './homeSummary'
import type { ApiError, Result } from './result'
import { noArgs } from './schemas/common'
import { masterSchemas } from './schemas/master'
import { planSchemas } from './schemas/plan'
import { printSettingsSchemas } from './schemas/printSettings'
import type { PrintSettingsView } from './printLogo'
import type { DeleteResult, EditResult, RowResult } from './edits'
import type { ChangeBatchResult, HistoryEntry, UndoState, WithUndoState } from './changeLog'
import type { ReportDocument } from './reports/document'
import { reportOptionsSchema } from './reports/options'

export { rupiah } from './schemas/common'

export const argSchemas = {
  getRpjmd: noArgs,
  listPerangkatDaerah: noArgs,
  listPlanRows: noArgs,
  getKeselarasan: noArgs,
  listNomenklaturVersions: noArgs,
  listLokasi: noArgs,
  getHomeSummary: noArgs,
  getReport: reportOptionsSchema,
  getPrintSettings: noArgs,
  ...planSchemas,
  ...masterSchemas,
  ...printSettingsSchemas
} satisfies Record<ChannelName, z.ZodType>

export interface ApiResults {
  getRpjmd: RpjmdView
  attachSasaranToTujuan: Sasaran
  listIndikator: Indikator[]
  createIndikator: Indikator
  updateIndikator: Indikator
  deleteIndikator: { deleted: true }
  listPerangkatDaerah: PerangkatDaerah[]
  createPerangkatDaerah: PerangkatDaerah
  updatePerangkatDaerah: PerangkatDaerah
  listPlanRows: PlanRow[]
  createPlanRow: RowResult & WithUndoState
  updatePlanRow: RowResult & WithUndoState
  deletePlanRow: DeleteResult & WithUndoState
  applyCellEdits: EditResult & WithUndoState
  createPlanRows: EditResult & WithUndoState
  undo: EditResult & WithUndoState
  redo: EditResult & WithUndoState
  getUndoState: UndoState
  listHistory: HistoryEntry[]
  linkSasaran: RowResult & WithUndoState
  unlinkSasaran: RowResult & WithUndoState
  getKeselarasan: KeselarasanView
  listNomenklaturVersions: NomenklaturVersion[]
  startNomenklaturImport: { jobId: number }
  getNomenklaturImport: ImportJobStatus
  confirmNomenklaturImport: NomenklaturVersion
  cancelNomenklaturImport: { cancelled: true }
  searchNomenklatur: NomenklaturEntry[]
  previewVersionSwitch: VersionSwitchPreview
  applyVersionSwitch: ChangeBatchResult
  undoChangeBatch: ChangeBatchResult
  listLokasi: Lokasi[]
  listReferenceItems: ReferenceItem[]
  createReferenceItem: ReferenceItem
  updateReferenceItem: ReferenceItem
  getHomeSummary: HomeSummary
  getReport: ReportDocument
  getPrintSettings: PrintSettingsView
  updateKop: PrintSettingsView & WithUndoState
  setKopLogo: PrintSettingsView & WithUndoState
  createSignatory: PrintSettingsView & WithUndoState & { signatoryId: number }
  updateSignatory: PrintSettingsView & WithUndoState
  deleteSignatory: PrintSettingsView & WithUndoState
  updatePrintDefaults: PrintSettingsView & WithUndoState
}

export type ApiArgs<K extends ChannelName> = z.input<(typeof argSchemas)[K]>
export type ValidArgs<K extends ChannelName> = z.output<(typeof argSchemas)[K]>

/** What window.api (Electron) and its HTTP twin (browser mode) both provide. */
export type SelarasApi = { [K in ChannelName]: (args: ApiArgs<K>) => Promise<Result<ApiResults[K]>> }

/** Validates untrusted arguments for a channel. */
export function validateArgs<K extends ChannelName>(channel: K, raw: unknown): Result<ValidArgs<K>> {
  const parsed = argSchemas[channel].safeParse(raw === undefined ? {} : raw)
  if (parsed.success) return { ok: true, value: parsed.data as ValidArgs<K> }
  return { ok: false, error: describeIssues(parsed.error) }
}

function describeIssues(error: z.ZodError): ApiError {
  const issue = error.issues[0]
  if (issue?.code === 'unrecognized_keys') {
    return { code: 'VALIDATION', message: `Isian tidak dikenal: ${issue.keys.join(', ')}.` }
  }
  return { code: 'VALIDATION', message: issue?.message ?? 'Isian tidak valid.' }
}
