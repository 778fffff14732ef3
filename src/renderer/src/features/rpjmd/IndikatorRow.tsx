import { useState } from 'react'
import type { Indikator, TargetValue } from '../../../../shared/domain'
import { formatDecimal } from '../../../../shared/money'
import { parseTargetInput } from '../../../../shared/numberInput'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'

interface Props {
  indikator: Indikator
  years: number[]
  onSaved: (indikator: Indikator) => void
  onDeleted: (id: number) => void
}

function show(value: TargetValue | undefined): string {
  if (value === undefined) return ''
  return typeof value === 'number' ? formatDecimal(value) : value
}

/** One editable indicator; Enter in any field saves the row. */
export function IndikatorRow({ indikator, years, onSaved, onDeleted }: Props) {
  const notice = useNotice()
  const [name, setName] = useState(indikator.name)
  const [satuan, setSatuan] = useState(indikator.satuan)
  const [texts, setTexts] = useState<Record<number, string>>(() => Object.fromEntries(years.map((year) => [year, show(indikator.values[year])])))
  const [errors, setErrors] = useState<Record<number, string>>({})

  const save = async () => {
    const values: Record<string, TargetValue | null> = {}
    const found: Record<number, string> = {}
    for (const year of years) {
      const parsed = parseTargetInput(texts[year] ?? '')
      if (parsed.ok) values[String(year)] = parsed.value
      else found[year] = parsed.message
    }
    setErrors(found)
    if (Object.keys(found).length > 0) {
      notice.showError(`Indikator belum disimpan: ${Object.values(found)[0]}`)
      return
    }
    try {
      const saved = await call('updateIndikator', { indikatorId: indikator.id, name, satuan, values })
      onSaved(saved)
      setTexts(Object.fromEntries(years.map((year) => [year, show(saved.values[year])])))
      notice.showInfo('Indikator disimpan.')
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }

  const remove = async () => {
    if (!window.confirm(`Hapus indikator "${indikator.name}"?`)) return
    try {
      await call('deleteIndikator', { indikatorId: indikator.id })
      onDeleted(indikator.id)
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }

  const onEnter = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      void save()
    }
  }

  return (
    <tr data-testid={`indikator-${indikator.id}`} onKeyDown={onEnter}>
      <td>
        <input aria-label="Nama indikator" value={name} onChange={(e) => setName(e.target.value)} />
      </td>
      <td>
        <input aria-label="Satuan" className="short" value={satuan} onChange={(e) => setSatuan(e.target.value)} />
      </td>
      {years.map((year) => (
        <td key={year}>
          <input
            aria-label={year === years[0] ? `Kondisi awal ${year}` : `Target ${year}`}
            aria-invalid={errors[year] ? true : undefined}
            title={errors[year]}
            className="number"
            value={texts[year] ?? ''}
            onChange={(e) => setTexts({ ...texts, [year]: e.target.value })}
          />
        </td>
      ))}
      <td className="actions">
        <button type="button" onClick={() => void save()}>
          Simpan
        </button>
        <button type="button" onClick={() => void remove()} aria-label={`Hapus indikator ${indikator.name}`}>
          Hapus
        </button>
      </td>
    </tr>
  )
}
