import type Database from 'better-sqlite3'
import type { HistoryEntry } from '../../../shared/changeLog'
import type { ValidArgs } from '../../../shared/contract'
import * as changeLog from '../../db/repositories/changeLog'
import { parseSnapshot } from '../../db/repositories/rowSnapshots'
import { SNAPSHOT } from './rowSteps'

// The Riwayat of one plan row: its change-log entries as lines in the analyst's words.

type Db = Database.Database

/** A Riwayat line for a row's creation, deletion or sasaran link, without the JSON. */
function rowStepLine(db: Db, entry: { tableName: string; field: string; oldValue: changeLog.ChangeValue; newValue: changeLog.ChangeValue }) {
  if (entry.tableName === SNAPSHOT) {
    const code = (value: changeLog.ChangeValue) => (value === null ? null : String(parseSnapshot(String(value)).row.code))
    return { fieldLabel: entry.oldValue === null ? 'Baris ditambahkan' : 'Baris dihapus', oldValue: code(entry.oldValue), newValue: code(entry.newValue) }
  }
  if (entry.tableName === 'plan_row_sasaran') {
    const label = db
      .prepare("SELECT m.number || '.' || s.number AS label FROM sasaran s JOIN misi m ON m.id = s.misi_id WHERE s.id = ?")
      .get(Number(entry.field)) as { label: string } | undefined
    const state = (value: changeLog.ChangeValue) => (value === null ? null : 'Terkait')
    return { fieldLabel: `Sasaran ${label?.label ?? entry.field}`, oldValue: state(entry.oldValue), newValue: state(entry.newValue) }
  }
  return undefined
}

const FIELD_LABELS: Record<string, string> = {
  code: 'Kode',
  name: 'Nama (nomenklatur)',
  name_override: 'Nama',
  indikator_override: 'Indikator',
  satuan_override: 'Satuan',
  perangkat_daerah_id: 'Perangkat daerah'
}

const TABLE_LABELS: Record<string, (field: string) => string> = {
  plan_row_pagu: (year) => `Pagu ${year}`,
  plan_row_target: (year) => `Target ${year}`,
  plan_row_lokasi: () => 'Lokasi',
  plan_row_sumber_dana: () => 'Sumber dana'
}

export function listHistory(db: Db, args: ValidArgs<'listHistory'>): HistoryEntry[] {
  return changeLog.entriesAboutRow(db, args.planRowId).map((entry) => ({
    batchId: entry.batchId,
    at: entry.at,
    osUser: entry.osUser,
    description: entry.description,
    undone: entry.undone === 1,
    ...(rowStepLine(db, entry) ?? {
      fieldLabel: TABLE_LABELS[entry.tableName]?.(entry.field) ?? FIELD_LABELS[entry.field] ?? entry.field,
      oldValue: entry.oldValue,
      newValue: entry.newValue
    })
  }))
}
