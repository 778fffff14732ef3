import { useState } from 'react'
import type { RpjmdPeriod, Sasaran, Tujuan } from '../../../../shared/domain'
import { call, errorMessage } from '../../api/client'
import { useNotice } from '../../components/Notice'
import { IndikatorEditor } from './IndikatorEditor'

interface Props {
  sasaran: Sasaran
  tujuanOptions: Tujuan[]
  period: RpjmdPeriod
  targetYears: number[]
  onChanged: () => Promise<void>
}

export function SasaranItem({ sasaran, tujuanOptions, period, targetYears, onChanged }: Props) {
  const [open, setOpen] = useState(false)
  const notice = useNotice()

  const attach = async (value: string) => {
    try {
      await call('attachSasaranToTujuan', { sasaranId: sasaran.id, tujuanId: value === '' ? null : Number(value) })
      await onChanged()
    } catch (error) {
      notice.showError(errorMessage(error))
    }
  }

  return (
    <li className="sasaran" data-testid={`sasaran-${sasaran.label}`}>
      <div className="sasaran-row">
        <span className="code">{sasaran.label}</span>
        <span className="sasaran-text">{sasaran.text}</span>
        <label className="attach">
          <span>Tujuan</span>
          <select value={sasaran.tujuanId ?? ''} onChange={(event) => void attach(event.target.value)}>
            <option value="">— belum dikaitkan —</option>
            {tujuanOptions.map((tujuan) => (
              <option key={tujuan.id} value={tujuan.id}>
                T{sasaran.label.split('.')[0]}.{tujuan.number} {tujuan.text}
              </option>
            ))}
          </select>
        </label>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          Indikator
        </button>
      </div>
      {open && <IndikatorEditor sasaranId={sasaran.id} period={period} targetYears={targetYears} />}
    </li>
  )
}
