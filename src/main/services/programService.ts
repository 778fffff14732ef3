import type Database from 'better-sqlite3'
import type { ValidArgs } from '../../shared/contract'
import type { ProgramRow } from '../../shared/domain'
import { findPerangkatDaerah } from '../db/repositories/perangkatDaerah'
import { findSasaran, getActivePeriod } from '../db/repositories/plan'
import {
  findProgram,
  findProgramByCode,
  insertLink,
  insertProgram,
  listPrograms as listProgramRows,
  removeLink,
  removeProgram,
  updateProgramFields,
  writePagu
} from '../db/repositories/programs'
import { ServiceError, notFound } from './errors'
import { entriesWithinYears, paguYears } from './years'

type Db = Database.Database

function requireProgram(db: Db, programId: number): ProgramRow {
  const program = findProgram(db, programId)
  if (!program) throw notFound(`Program (id ${programId}) tidak ditemukan.`)
  return program
}

function requirePerangkatDaerah(db: Db, id: number) {
  const pd = findPerangkatDaerah(db, id)
  if (!pd) throw notFound(`Perangkat daerah (id ${id}) tidak ditemukan.`)
  return pd
}

function assertCodeFree(db: Db, periodId: number, perangkatDaerahId: number, code: string, exceptId?: number) {
  const existing = findProgramByCode(db, periodId, perangkatDaerahId, code)
  if (existing && existing.id !== exceptId) {
    const pd = requirePerangkatDaerah(db, perangkatDaerahId)
    throw new ServiceError('CONFLICT', `Program ${code} sudah ada pada ${pd.name}.`)
  }
}

export function listPrograms(db: Db): ProgramRow[] {
  return listProgramRows(db, getActivePeriod(db).id)
}

export function createProgram(db: Db, args: ValidArgs<'createProgram'>): ProgramRow {
  const period = getActivePeriod(db)
  requirePerangkatDaerah(db, args.perangkatDaerahId)
  const pagu = entriesWithinYears(args.pagu ?? {}, paguYears(period), 'tahun pagu RPJMD')
  assertCodeFree(db, period.id, args.perangkatDaerahId, args.code)
  const id = db.transaction(() => {
    const newId = insertProgram(db, period.id, args)
    writePagu(db, newId, pagu.map(({ year, value }) => ({ year, amount: value })))
    return newId
  })()
  return requireProgram(db, id)
}

export function updateProgram(db: Db, args: ValidArgs<'updateProgram'>): ProgramRow {
  const period = getActivePeriod(db)
  const current = requireProgram(db, args.programId)
  const { pagu: paguChanges, ...fields } = args.changes
  if (fields.perangkatDaerahId !== undefined) requirePerangkatDaerah(db, fields.perangkatDaerahId)
  const pagu = entriesWithinYears(paguChanges ?? {}, paguYears(period), 'tahun pagu RPJMD')
  assertCodeFree(
    db,
    period.id,
    fields.perangkatDaerahId ?? current.perangkatDaerahId,
    fields.code ?? current.code,
    current.id
  )
  db.transaction(() => {
    updateProgramFields(db, current.id, fields)
    writePagu(db, current.id, pagu.map(({ year, value }) => ({ year, amount: value })))
  })()
  return requireProgram(db, current.id)
}

export function deleteProgram(db: Db, args: ValidArgs<'deleteProgram'>): { deleted: true } {
  requireProgram(db, args.programId)
  removeProgram(db, args.programId)
  return { deleted: true }
}

function requireSasaranOfPeriod(db: Db, sasaranId: number) {
  const sasaran = findSasaran(db, sasaranId)
  if (!sasaran) throw notFound(`Sasaran (id ${sasaranId}) tidak ditemukan.`)
  return sasaran
}

export function linkSasaran(db: Db, args: ValidArgs<'linkSasaran'>): ProgramRow {
  requireProgram(db, args.programId)
  requireSasaranOfPeriod(db, args.sasaranId)
  insertLink(db, args.programId, args.sasaranId)
  return requireProgram(db, args.programId)
}

export function unlinkSasaran(db: Db, args: ValidArgs<'unlinkSasaran'>): ProgramRow {
  requireProgram(db, args.programId)
  requireSasaranOfPeriod(db, args.sasaranId)
  removeLink(db, args.programId, args.sasaranId)
  return requireProgram(db, args.programId)
}
