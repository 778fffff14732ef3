import type Database from 'better-sqlite3'
import { listChoicesOf, type ListCellChoices } from '../../../shared/listCells'
import { listLokasi } from '../../db/repositories/lokasi'
import { listReferenceItems } from '../../db/repositories/referenceItems'

export { listCellOf, parseListCell, type ListCellChoices, type ListChoice } from '../../../shared/listCells'

/** The lokasi and sumber dana a list cell may name, as the shared rule reads them. */
export function loadListChoices(db: Database.Database): ListCellChoices {
  return listChoicesOf(listLokasi(db), listReferenceItems(db, 'sumber_dana'))
}
