import { useState } from 'react'
import type { ImportPreview } from '../../../../shared/master'
import { formatRupiah } from '../../../../shared/money'

interface Props {
  preview: ImportPreview
  onConfirm: (versionName: string) => void
  onCancel: () => void
}

/** Guesses "Pemutakhiran 2027" from a file named like the SIPD export. */
function suggestName(fileName: string): string {
  const year = /20\d\d/.exec(fileName)?.[0]
  return year ? `Pemutakhiran ${year}` : ''
}

const LEVELS = [
  ['bidang', 'Bidang urusan'],
  ['program', 'Program'],
  ['kegiatan', 'Kegiatan'],
  ['subKegiatan', 'Sub kegiatan']
] as const

export function ImportPreviewPanel({ preview, onConfirm, onCancel }: Props) {
  const [name, setName] = useState(suggestName(preview.fileName))
  return (
    <section className="import-preview" aria-label="Pratinjau impor" data-testid="import-preview">
      <h3>Pratinjau: {preview.fileName}</h3>
      <p className="muted">{formatRupiah(preview.totalRows)} baris dibaca; yang disimpan hanya baris kabupaten/kota. Belum ada yang ditulis ke basis data.</p>
      {preview.sameAsVersion && <p role="status">Isi berkas ini sama dengan versi "{preview.sameAsVersion}" yang sudah ada.</p>}
      <table className="counts">
        <tbody>
          {LEVELS.map(([key, label]) => (
            <tr key={key} data-testid={`preview-count-${key}`}>
              <th scope="row">{label}</th>
              <td className="num">{formatRupiah(preview.counts[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Baris yang dilewati</h4>
      {preview.skipped.length === 0 ? (
        <p className="muted">Tidak ada.</p>
      ) : (
        <ul data-testid="preview-skipped">
          {preview.skipped.map((entry) => (
            <li key={entry.reason}>
              {entry.reason}: {formatRupiah(entry.count)} baris (mis. baris {entry.firstRows.join(', ')})
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          onConfirm(name)
        }}
      >
        <label className="grow">
          <span>Nama versi</span>
          <input aria-label="Nama versi" value={name} onChange={(event) => setName(event.target.value)} placeholder="mis. Pemutakhiran 2027" />
        </label>
        <button type="submit">Simpan versi</button>
        <button type="button" onClick={onCancel}>
          Batal
        </button>
      </form>
    </section>
  )
}
