import type { Misi, RpjmdPeriod, Sasaran } from '../../../../shared/domain'
import { SasaranItem } from './SasaranItem'

interface Props {
  misi: Misi
  period: RpjmdPeriod
  targetYears: number[]
  expanded: boolean
  onToggle: () => void
  onChanged: () => Promise<void>
}

/** One misi: its tujuan, each with the sasaran attached to it, then sasaran not yet attached. */
export function MisiSection({ misi, period, targetYears, expanded, onToggle, onChanged }: Props) {
  const unattached = misi.sasaran.filter((sasaran) => sasaran.tujuanId === null)
  const renderSasaran = (sasaran: Sasaran) => (
    <SasaranItem key={sasaran.id} sasaran={sasaran} tujuanOptions={misi.tujuan} period={period} targetYears={targetYears} onChanged={onChanged} />
  )
  return (
    <li className="misi" data-testid={`misi-${misi.number}`}>
      <button type="button" className="misi-toggle" aria-expanded={expanded} onClick={onToggle}>
        <span className="misi-number">Misi {misi.number}</span>
        <span className="misi-title">{misi.title}</span>
        <span className="misi-counts">
          {misi.tujuan.length} tujuan · {misi.sasaran.length} sasaran
        </span>
      </button>
      {expanded && (
        <div className="misi-body">
          {misi.tujuan.map((tujuan) => {
            const attached = misi.sasaran.filter((sasaran) => sasaran.tujuanId === tujuan.id)
            return (
              <div className="tujuan" key={tujuan.id} data-testid={`tujuan-${misi.number}.${tujuan.number}`}>
                <h4>
                  <span className="code">
                    T{misi.number}.{tujuan.number}
                  </span>{' '}
                  Tujuan: {tujuan.text}
                </h4>
                {attached.length > 0 ? (
                  <ul className="sasaran-list">{attached.map(renderSasaran)}</ul>
                ) : (
                  <p className="muted">Belum ada sasaran yang dikaitkan ke tujuan ini.</p>
                )}
              </div>
            )
          })}
          {unattached.length > 0 && (
            <div className="tujuan unattached">
              <h4>Sasaran yang belum dikaitkan ke tujuan ({unattached.length})</h4>
              <ul className="sasaran-list">{unattached.map(renderSasaran)}</ul>
            </div>
          )}
        </div>
      )}
    </li>
  )
}
