import { useState } from 'react'
import type { PerangkatDaerah, ProgramRow } from '../../../../shared/domain'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'

interface Props {
  perangkatDaerah: PerangkatDaerah[]
  onCreated(program: ProgramRow): void
}

export function AddProgramForm({ perangkatDaerah, onCreated }: Props) {
  const notice = useNotice()
  const [perangkatDaerahId, setPerangkatDaerahId] = useState('')
  const [code, setCode] = useState('')
  const [name, setName] = useState('')

  const submit = async () => {
    if (perangkatDaerahId === '') {
      notice.showError('Pilih perangkat daerah terlebih dahulu.')
      return
    }
    try {
      const program = await call('createProgram', { perangkatDaerahId: Number(perangkatDaerahId), code, name })
      onCreated(program)
      setCode('')
      setName('')
      notice.showInfo(`Program ${program.code} ditambahkan.`)
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }

  return (
    <form
      className="inline-form add-program"
      aria-label="Tambah program"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <label>
        <span>Perangkat daerah</span>
        <select value={perangkatDaerahId} onChange={(event) => setPerangkatDaerahId(event.target.value)}>
          <option value="">— pilih —</option>
          {perangkatDaerah.map((pd) => (
            <option key={pd.id} value={pd.id}>
              {pd.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Kode program</span>
        <input className="short" placeholder="1.02.02" value={code} onChange={(event) => setCode(event.target.value)} />
      </label>
      <label className="grow">
        <span>Nama program</span>
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <button type="submit">Tambah program</button>
    </form>
  )
}
