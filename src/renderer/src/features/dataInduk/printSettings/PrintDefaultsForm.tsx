import { useState } from 'react'
import type { PrintSettings } from '../../../../../shared/printSettings'
import { PAPER_MM, PAPER_SIZES, type Orientation, type PaperSize } from '../../../../../shared/reports/options'
import { call } from '../../../api/client'
import type { SettingsReply } from './settingsReply'
import { useSettingsSave } from './useSettingsSave'

interface Props {
  settings: PrintSettings
  onSaved: (reply: SettingsReply) => void
}

const paperLabel = (paper: PaperSize) => `${paper} (${PAPER_MM[paper].width} × ${PAPER_MM[paper].height} mm)`

/** What a new report starts with on the Cetak screen: paper, orientation, signatory. */
export function PrintDefaultsForm({ settings, onSaved }: Props) {
  const [paper, setPaper] = useState<PaperSize>(settings.defaultPaper)
  const [orientation, setOrientation] = useState<Orientation>(settings.defaultOrientation)
  const [signatoryId, setSignatoryId] = useState(settings.defaultSignatoryId === null ? '' : String(settings.defaultSignatoryId))
  const { saving, refusal, save } = useSettingsSave()

  const submit = () =>
    save(
      async () =>
        onSaved(
          await call('updatePrintDefaults', {
            defaultPaper: paper,
            defaultOrientation: orientation,
            defaultSignatoryId: signatoryId === '' ? null : Number(signatoryId)
          })
        ),
      'Bawaan cetak disimpan.'
    )

  return (
    <form
      className="inline-form print-defaults"
      aria-label="Bawaan cetak"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <label>
        <span>Kertas</span>
        <select value={paper} onChange={(event) => setPaper(event.target.value as PaperSize)}>
          {PAPER_SIZES.map((size) => (
            <option key={size} value={size}>
              {paperLabel(size)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Arah</span>
        <select value={orientation} onChange={(event) => setOrientation(event.target.value as Orientation)}>
          <option value="landscape">Mendatar (landscape)</option>
          <option value="portrait">Tegak (portrait)</option>
        </select>
      </label>
      <label className="grow">
        <span>Penandatangan</span>
        <select value={signatoryId} onChange={(event) => setSignatoryId(event.target.value)}>
          <option value="">{settings.signatories.length === 0 ? '— belum ada penandatangan —' : '— tanpa penandatangan —'}</option>
          {settings.signatories.map((signatory) => (
            <option key={signatory.id} value={signatory.id}>
              {signatory.name} — {signatory.title}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={saving}>
        Simpan bawaan
      </button>
      {refusal && (
        <span className="field-error" role="alert">
          {refusal}
        </span>
      )}
    </form>
  )
}
