import { memo, useState } from 'react'
import type { PerangkatDaerah } from '../../../../../shared/domain'
import type { WithUndoState } from '../../../../../shared/changeLog'
import type { RowResult } from '../../../../../shared/edits'
import { call, errorMessage } from '../../../api/client'
import { useNotice } from '../../../components/Notice'
import { PerangkatDaerahSelect } from '../../../components/PerangkatDaerahSelect'
import { CodeSearch } from './CodeSearch'

interface Props {
  perangkatDaerah: PerangkatDaerah[]
  /** The program was added: the reply, with what is left to undo. */
  onCreated: (reply: RowResult & WithUndoState) => void
}

/** Adds a program: choose the PD, then its code from the nomenclature (or type one; it is flagged if unknown). */
function AddProgramFormView({ perangkatDaerah, onCreated }: Props) {
  const notice = useNotice()
  const [perangkatDaerahId, setPerangkatDaerahId] = useState('')
  const [name, setName] = useState('')
  const [formKey, setFormKey] = useState(0)

  const create = async (code: string) => {
    if (perangkatDaerahId === '') {
      notice.showError('Pilih perangkat daerah terlebih dahulu.')
      return
    }
    try {
      const reply = await call('createPlanRow', {
        level: 'program',
        perangkatDaerahId: Number(perangkatDaerahId),
        code,
        ...(name.trim() ? { name } : {})
      })
      onCreated(reply)
      setName('')
      setFormKey((key) => key + 1)
      notice.showInfo(`Program ${reply.row.code} ditambahkan.`)
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }

  return (
    <div className="inline-form add-program" role="form" aria-label="Tambah program">
      {/* Both rows above the grid start with a PD choice: the title says which one adds a program. */}
      <strong className="form-title" aria-hidden="true">
        Tambah program
      </strong>
      <label>
        <span>Perangkat daerah</span>
        <PerangkatDaerahSelect
          perangkatDaerah={perangkatDaerah}
          label="Perangkat daerah"
          emptyLabel="— pilih —"
          value={perangkatDaerahId === '' ? undefined : Number(perangkatDaerahId)}
          onChange={(id) => setPerangkatDaerahId(id === undefined ? '' : String(id))}
        />
      </label>
      <label className="grow">
        <span>Nama program (kosongkan untuk memakai nama nomenklatur)</span>
        <input aria-label="Nama program" value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <div className="grow code-field">
        <span className="field-label">Kode program — pilih lalu Enter</span>
        <CodeSearch
          key={`${formKey}-${perangkatDaerahId}`}
          scope={{ level: 'program', perangkatDaerahId: perangkatDaerahId ? Number(perangkatDaerahId) : undefined }}
          label="Kode program"
          onPick={(code) => void create(code)}
        />
      </div>
    </div>
  )
}

// Memoised: the plan screen re-renders on every selection and save; this part rarely changes.
export const AddProgramForm = memo(AddProgramFormView)
