import { useCallback, useState } from 'react'
import type { Indikator, RpjmdPeriod } from '../../../../shared/domain'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'
import { useLoad } from '../../useLoad'
import { IndikatorRow } from './IndikatorRow'

interface Props {
  sasaranId: number
  period: RpjmdPeriod
  targetYears: number[]
}

/** The indicators of one sasaran: name, satuan, baseline (year 0) and a target per year. */
export function IndikatorEditor({ sasaranId, period, targetYears }: Props) {
  const load = useCallback(() => call('listIndikator', { sasaranId }), [sasaranId])
  const list = useLoad(load)
  const notice = useNotice()
  const [name, setName] = useState('')
  const [satuan, setSatuan] = useState('')
  const years = [period.firstYear, ...targetYears]

  const add = async () => {
    try {
      const created = await call('createIndikator', { sasaranId, name, satuan })
      list.setData([...(list.data ?? []), created])
      setName('')
      setSatuan('')
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }

  const replace = (updated: Indikator) => list.setData((list.data ?? []).map((entry) => (entry.id === updated.id ? updated : entry)))
  const remove = (id: number) => list.setData((list.data ?? []).filter((entry) => entry.id !== id))

  if (list.error) return <p role="alert">{list.error}</p>
  return (
    <div className="indikator-editor">
      <table className="indikator-table">
        <thead>
          <tr>
            <th>Indikator kinerja</th>
            <th>Satuan</th>
            <th>Kondisi awal {period.firstYear}</th>
            {targetYears.map((year) => (
              <th key={year}>Target {year}</th>
            ))}
            <th aria-label="Tindakan" />
          </tr>
        </thead>
        <tbody>
          {(list.data ?? []).map((indikator) => (
            <IndikatorRow key={indikator.id} indikator={indikator} years={years} onSaved={replace} onDeleted={remove} />
          ))}
          {list.data?.length === 0 && (
            <tr>
              <td colSpan={years.length + 3} className="muted">
                Belum ada indikator.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          void add()
        }}
      >
        <input aria-label="Nama indikator baru" placeholder="Nama indikator baru" value={name} onChange={(e) => setName(e.target.value)} />
        <input aria-label="Satuan indikator baru" placeholder="Satuan (%, orang, …)" value={satuan} onChange={(e) => setSatuan(e.target.value)} />
        <button type="submit">Tambah indikator</button>
      </form>
    </div>
  )
}
