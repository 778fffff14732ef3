import type { KopSettings } from '../../../../../shared/printSettings'

/** The kop as the first printed page shows it: logo left, the two names large, address and contact small, a double rule. */
export function KopPreview({ kop }: { kop: KopSettings }) {
  return (
    <figure className="kop-preview" aria-label="Pratinjau kop surat" data-testid="kop-preview">
      <div className="kop-sheet">
        <div className="kop-logo">
          {kop.logoDataUrl ? <img src={kop.logoDataUrl} alt="Logo kop" data-testid="kop-preview-logo" /> : <span className="kop-no-logo">tanpa logo</span>}
        </div>
        <div className="kop-lines">
          <div className="kop-government">{kop.government}</div>
          <div className="kop-agency">{kop.agency}</div>
          <div className="kop-address">{kop.address || <span className="kop-missing">(alamat belum diisi)</span>}</div>
          <div className="kop-contact">{kop.contact || <span className="kop-missing">(kontak belum diisi)</span>}</div>
        </div>
      </div>
      <div className="kop-rule" aria-hidden="true" />
      <figcaption className="muted">Pratinjau: begini kop tercetak di halaman pertama laporan.</figcaption>
    </figure>
  )
}
