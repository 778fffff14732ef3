// One export, whichever host asks (the desktop's save dialog or browser mode's download): the
// options checked, the report built from the source, written as XLSX or CSV, with its file name.
import type { z } from 'zod'
import type { Result } from '../../shared/result'
import { reportOptionsSchema, type ReportOptions } from '../../shared/reports/options'
import { ServiceError } from '../services/errors'
import { writeCsv } from './csvWriter'
import { REPORT_FILE_TYPES, reportFileName } from './fileName'
import type { ReportSource } from './source'
import { writeXlsx } from './xlsxWriter'

export type ExportFormat = 'xlsx' | 'csv'
export const EXPORT_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv']

export interface ExportedFile {
  fileName: string
  mime: string
  bytes: Buffer
}

const FIELD_NAMES: Record<string, string> = {
  years: 'tahun',
  perangkatDaerahId: 'perangkat daerah',
  misiId: 'misi',
  sasaranId: 'sasaran',
  text: 'teks saringan',
  includeUnlinked: 'program tanpa sasaran',
  groupBy: 'pengelompokan',
  paper: 'kertas',
  orientation: 'orientasi',
  kop: 'kop',
  draft: 'tanda DRAFT',
  signatoryId: 'penanda tangan'
}
// The schema's own messages (report, paper) are written for the analyst; zod's generic ones
// ("Input tidak valid: ...") do not say which option, so those name the option instead.
const OWN_MESSAGE_FIELDS = new Set(['report', 'paper'])

/** The first problem of the options, said for the analyst. */
export function optionsProblem(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'Opsi laporan tidak valid.'
  if (issue.code === 'unrecognized_keys') return `Opsi laporan tidak dikenal: ${issue.keys.join(', ')}.`
  const key = String(issue.path[0])
  if (OWN_MESSAGE_FIELDS.has(key)) return issue.message
  const field = FIELD_NAMES[key]
  return field ? `Opsi laporan tidak valid: ${field}.` : 'Opsi laporan tidak valid.'
}

export function parseReportOptions(raw: unknown): Result<ReportOptions> {
  const parsed = reportOptionsSchema.safeParse(raw)
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, error: { code: 'VALIDATION', message: optionsProblem(parsed.error) } }
}

export interface ExportDeps {
  source: ReportSource
  now?: () => Date
  log?: (message: string, error: unknown) => void
}

/** Never throws: a refusal or a failure comes back as a message, and then nothing is written. */
export async function exportReport(deps: ExportDeps, format: ExportFormat, rawOptions: unknown): Promise<Result<ExportedFile>> {
  const options = parseReportOptions(rawOptions)
  if (!options.ok) return options
  const now = deps.now?.() ?? new Date()
  try {
    const document = deps.source.build(options.value)
    const bytes =
      format === 'xlsx' ? await writeXlsx({ document, settings: deps.source.settings(), options: options.value, now }) : writeCsv(document)
    return { ok: true, value: { fileName: reportFileName(document.fileStem, format, now), mime: REPORT_FILE_TYPES[format].mime, bytes } }
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: { code: error.code, message: error.message } }
    ;(deps.log ?? ((message, cause) => console.error(message, cause)))(`Selaras: export ${format} failed`, error)
    return { ok: false, error: { code: 'INTERNAL', message: `Berkas ${format.toUpperCase()} tidak dapat dibuat. Coba lagi.` } }
  }
}
