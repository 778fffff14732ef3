import type Database from 'better-sqlite3'
import type { ValidArgs } from '../../../shared/contract'
import type { Indikator } from '../../../shared/domain'
import { findIndikator, insertIndikator, listIndikatorBySasaran, removeIndikator, writeIndikator } from '../../db/repositories/indikator'
import { findSasaran, getActivePeriod } from '../../db/repositories/rpjmd'
import { notFound } from '../errors'
import { entriesWithinYears, indikatorYears } from '../years'

type Db = Database.Database

function requireSasaran(db: Db, sasaranId: number): void {
  if (!findSasaran(db, sasaranId)) throw notFound(`Sasaran (id ${sasaranId}) tidak ditemukan.`)
}

function requireIndikator(db: Db, indikatorId: number): Indikator {
  const indikator = findIndikator(db, indikatorId)
  if (!indikator) throw notFound(`Indikator (id ${indikatorId}) tidak ditemukan.`)
  return indikator
}

export function listIndikator(db: Db, args: ValidArgs<'listIndikator'>): Indikator[] {
  requireSasaran(db, args.sasaranId)
  return listIndikatorBySasaran(db, args.sasaranId)
}

export function createIndikator(db: Db, args: ValidArgs<'createIndikator'>): Indikator {
  requireSasaran(db, args.sasaranId)
  const id = insertIndikator(db, args.sasaranId, args.name, args.satuan)
  return requireIndikator(db, id)
}

export function updateIndikator(db: Db, args: ValidArgs<'updateIndikator'>): Indikator {
  requireIndikator(db, args.indikatorId)
  const values = entriesWithinYears(args.values, indikatorYears(getActivePeriod(db)), 'periode RPJMD')
  db.transaction(() => writeIndikator(db, args.indikatorId, args.name, args.satuan, values))()
  return requireIndikator(db, args.indikatorId)
}

export function deleteIndikator(db: Db, args: ValidArgs<'deleteIndikator'>): { deleted: true } {
  requireIndikator(db, args.indikatorId)
  removeIndikator(db, args.indikatorId)
  return { deleted: true }
}
