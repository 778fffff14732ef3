// The options of a report: which data (report, years, filters) and how it goes on paper.
// One schema for every side: the Cetak screen, its address (browser mode), getReport, the writers.
import { z } from 'zod'

export const REPORT_IDS = ['tc14', 'rekapMisiPd', 'keselarasan', 'daftarProgram'] as const
export type ReportId = (typeof REPORT_IDS)[number]

export const REPORT_TITLES: Record<ReportId, string> = {
  tc14: 'T-C.14 Program Pembangunan Daerah yang disertai Pagu Indikatif',
  rekapMisiPd: 'Rekap pagu per misi dan perangkat daerah',
  keselarasan: 'Laporan Keselarasan',
  daftarProgram: 'Daftar program, kegiatan dan sub kegiatan'
}

export const PAPER_SIZES = ['A4', 'F4', 'A3'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]
export type Orientation = 'landscape' | 'portrait'

/** Sheet size in mm, portrait (width x height). */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  F4: { width: 215, height: 330 },
  A3: { width: 297, height: 420 }
}

const optionalId = z.number().int().positive().nullable().default(null)

export const reportOptionsSchema = z
  .object({
    report: z.enum(REPORT_IDS, { error: 'Laporan tidak dikenal.' }),
    /** Pagu years to show; empty = every year of the plan (2022-2026). */
    years: z.array(z.number().int().min(2000).max(2100)).max(10).default([]),
    perangkatDaerahId: optionalId,
    misiId: optionalId,
    /** Daftar program: the grid's sasaran and text filters. */
    sasaranId: optionalId,
    text: z.string().trim().max(200).default(''),
    /** T-C.14: the closing group of programs linked to no sasaran. */
    includeUnlinked: z.boolean().default(true),
    /** Rekap: misi as groups with their PD, or PD as groups with their misi. */
    groupBy: z.enum(['misi', 'perangkatDaerah']).default('misi'),
    paper: z.enum(PAPER_SIZES, { error: 'Ukuran kertas tidak dikenal.' }).default('F4'),
    orientation: z.enum(['landscape', 'portrait']).default('landscape'),
    kop: z.boolean().default(true),
    draft: z.boolean().default(false),
    signatoryId: optionalId
  })
  .strict()

export type ReportOptions = z.output<typeof reportOptionsSchema>
export type ReportOptionsInput = z.input<typeof reportOptionsSchema>

export const defaultReportOptions = (report: ReportId): ReportOptions => reportOptionsSchema.parse({ report })

// The preview's address (browser mode): #cetak?report=tc14&paper=F4&... ; read back through the schema.
const LIST_KEYS = new Set(['years'])
const BOOLEAN_KEYS = new Set(['includeUnlinked', 'kop', 'draft'])
const NUMBER_KEYS = new Set(['perangkatDaerahId', 'misiId', 'sasaranId', 'signatoryId'])

export function encodeReportOptions(options: ReportOptions): string {
  const params = new URLSearchParams()
  const defaults = defaultReportOptions(options.report)
  params.set('report', options.report)
  for (const [key, value] of Object.entries(options)) {
    if (key === 'report') continue
    const initial = defaults[key as keyof ReportOptions]
    if (JSON.stringify(value) === JSON.stringify(initial)) continue
    if (Array.isArray(value)) params.set(key, value.join(','))
    else if (typeof value === 'boolean') params.set(key, value ? '1' : '0')
    else if (value !== null) params.set(key, String(value))
  }
  return params.toString()
}

/** Options from an address; anything unreadable falls back to the defaults of that field. */
export function decodeReportOptions(query: string): ReportOptions | null {
  const params = new URLSearchParams(query)
  const raw: Record<string, unknown> = {}
  for (const [key, value] of params) {
    if (LIST_KEYS.has(key)) raw[key] = value === '' ? [] : value.split(',').map(Number)
    else if (BOOLEAN_KEYS.has(key)) raw[key] = value === '1'
    else if (NUMBER_KEYS.has(key)) raw[key] = Number(value)
    else raw[key] = value
  }
  const parsed = reportOptionsSchema.safeParse(raw)
  if (parsed.success) return parsed.data
  const report = reportOptionsSchema.shape.report.safeParse(raw.report)
  if (!report.success) return null
  // Keep the fields that are valid one by one.
  const options: Record<string, unknown> = { ...defaultReportOptions(report.data) }
  for (const [key, value] of Object.entries(raw)) {
    const attempt = reportOptionsSchema.safeParse({ ...options, [key]: value })
    if (attempt.success) options[key] = value
  }
  return reportOptionsSchema.parse(options)
}
