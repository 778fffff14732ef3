import { useEffect, useRef } from 'react'
import { LEVEL_LABEL, type PlanRow } from '../../../../../shared/domain'
import type { WithUndoState } from '../../../../../shared/changeLog'
import type { RowResult } from '../../../../../shared/edits'
import { call, errorMessage } from '../../../api/client'
import { useNotice } from '../../../components/Notice'
import { CodeSearch } from './CodeSearch'

interface Props {
  parent: PlanRow
  /** The row was added: the dialog is done (the screen shows the reply and puts the focus on the new row). */
  onCreated: (reply: RowResult & WithUndoState) => void
  /** Closed without adding (Esc, Batal). */
  onClose: () => void
}

const CHILD = { program: 'kegiatan', kegiatan: 'sub_kegiatan' } as const

/** Adds a kegiatan under a program, or a sub kegiatan under a kegiatan, picked from the nomenclature. */
export function AddChildDialog({ parent, onCreated, onClose }: Props) {
  const notice = useNotice()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    dialog.current?.showModal()
  }, [])
  if (parent.level === 'sub_kegiatan') return null
  const level = CHILD[parent.level]

  const create = async (code: string) => {
    try {
      const reply = await call('createPlanRow', { level, parentId: parent.id, code })
      onCreated(reply)
      notice.showInfo(`${LEVEL_LABEL[level] === 'kegiatan' ? 'Kegiatan' : 'Sub kegiatan'} ${reply.row.code} ditambahkan.`)
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }

  return (
    <dialog ref={dialog} className="add-child" aria-label={`Tambah ${LEVEL_LABEL[level]}`} onClose={onClose}>
      <h2>
        Tambah {LEVEL_LABEL[level]} di bawah {parent.code}
      </h2>
      <p className="muted">{parent.name}</p>
      <CodeSearch
        scope={{ level, parentCode: parent.code, perangkatDaerahId: parent.perangkatDaerahId }}
        label={`Kode ${LEVEL_LABEL[level]}`}
        autoFocus
        inline
        onPick={(code) => void create(code)}
        onCancel={onClose}
      />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Batal
        </button>
      </div>
    </dialog>
  )
}
