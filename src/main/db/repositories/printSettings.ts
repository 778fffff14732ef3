import type Database from 'better-sqlite3'
import type { Signatory } from '../../../shared/printSettings'
import type { LogoInfo, LogoMimeType, PrintSettingsView } from '../../../shared/printLogo'
import type { Orientation, PaperSize } from '../../../shared/reports/options'
import { prepared } from '../statements'

// The print settings (one row), the kop logos and the signatories.

type Db = Database.Database

export interface KopFields {
  government: string
  agency: string
  address: string
  contact: string
}

export interface PrintDefaults {
  defaultPaper: PaperSize
  defaultOrientation: Orientation
  defaultSignatoryId: number | null
}

export type SignatoryFields = Omit<Signatory, 'id'>

/** The columns of print_setting the change log may write (one logged field each). */
export const PRINT_SETTING_COLUMNS = [
  'government',
  'agency',
  'address',
  'contact',
  'logo_id',
  'default_paper',
  'default_orientation',
  'default_signatory_id'
] as const
export type PrintSettingColumn = (typeof PRINT_SETTING_COLUMNS)[number]
export const PRINT_SETTING_ROW_ID = 1

interface SettingRow extends KopFields, PrintDefaults {
  logoId: number | null
}

function settingRow(db: Db): SettingRow {
  return prepared(
    db,
    `SELECT government, agency, address, contact, logo_id AS logoId, default_paper AS defaultPaper,
            default_orientation AS defaultOrientation, default_signatory_id AS defaultSignatoryId
     FROM print_setting WHERE id = 1`
  ).get() as SettingRow
}

export function readPrintSettingValue(db: Db, column: PrintSettingColumn): string | number | null {
  return (prepared(db, `SELECT ${column} AS value FROM print_setting WHERE id = 1`).get() as { value: string | number | null }).value
}

export function writePrintSettingValue(db: Db, column: PrintSettingColumn, value: string | number | null): void {
  prepared(db, `UPDATE print_setting SET ${column} = ? WHERE id = 1`).run(value)
}

interface LogoRow {
  fileName: string
  mimeType: LogoMimeType
  bytes: Buffer
  width: number | null
  height: number | null
}

function logoRow(db: Db, logoId: number): LogoRow | undefined {
  return prepared(db, 'SELECT file_name AS fileName, mime_type AS mimeType, bytes, width, height FROM print_logo WHERE id = ?').get(logoId) as
    LogoRow | undefined
}

/** Stores a checked logo, or finds the same bytes stored before; returns its id. */
export function storeLogo(db: Db, logo: LogoRow & { sha256: string }): number {
  const existing = prepared(db, 'SELECT id FROM print_logo WHERE sha256 = ?').get(logo.sha256) as { id: number } | undefined
  if (existing) return existing.id
  return Number(
    prepared(db, 'INSERT INTO print_logo (file_name, mime_type, bytes, width, height, sha256) VALUES (?, ?, ?, ?, ?, ?)').run(
      logo.fileName,
      logo.mimeType,
      logo.bytes,
      logo.width,
      logo.height,
      logo.sha256
    ).lastInsertRowid
  )
}

export function listSignatories(db: Db): Signatory[] {
  return prepared(db, 'SELECT id, name, title, pangkat, nip FROM signatory ORDER BY name COLLATE NOCASE, id').all() as Signatory[]
}

export function findSignatory(db: Db, id: number): Signatory | undefined {
  return prepared(db, 'SELECT id, name, title, pangkat, nip FROM signatory WHERE id = ?').get(id) as Signatory | undefined
}

/** A signatory as the change log keeps it: canonical JSON of the whole row, null when it does not exist. */
export function signatorySnapshot(db: Db, id: number): string | null {
  const row = findSignatory(db, id)
  return row ? JSON.stringify({ id: row.id, name: row.name, title: row.title, pangkat: row.pangkat, nip: row.nip }) : null
}

/** Writes a signatory back from its snapshot (insert with its own id, or update), or removes it (null). */
export function restoreSignatory(db: Db, id: number, snapshot: string | null): void {
  if (snapshot === null) {
    prepared(db, 'DELETE FROM signatory WHERE id = ?').run(id)
    return
  }
  const row = JSON.parse(snapshot) as Signatory
  prepared(
    db,
    `INSERT INTO signatory (id, name, title, pangkat, nip) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, title = excluded.title, pangkat = excluded.pangkat, nip = excluded.nip`
  ).run(id, row.name, row.title, row.pangkat, row.nip)
}

export function insertSignatory(db: Db, fields: SignatoryFields): number {
  return Number(
    prepared(db, 'INSERT INTO signatory (name, title, pangkat, nip) VALUES (?, ?, ?, ?)').run(fields.name, fields.title, fields.pangkat, fields.nip)
      .lastInsertRowid
  )
}

/** Everything the print view and the writers need: the kop with its logo as a data: URL, paper, signatories. */
export function readPrintSettingsView(db: Db): PrintSettingsView {
  const setting = settingRow(db)
  const logo = setting.logoId === null ? undefined : logoRow(db, setting.logoId)
  const logoInfo: LogoInfo | null = logo
    ? { fileName: logo.fileName, mimeType: logo.mimeType, bytes: logo.bytes.length, width: logo.width, height: logo.height }
    : null
  return {
    kop: {
      government: setting.government,
      agency: setting.agency,
      address: setting.address,
      contact: setting.contact,
      logoDataUrl: logo ? `data:${logo.mimeType};base64,${logo.bytes.toString('base64')}` : null
    },
    defaultPaper: setting.defaultPaper,
    defaultOrientation: setting.defaultOrientation,
    signatories: listSignatories(db),
    defaultSignatoryId: setting.defaultSignatoryId,
    logo: logoInfo
  }
}
