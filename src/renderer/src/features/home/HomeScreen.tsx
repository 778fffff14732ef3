import { call } from '../../api/client'
import type { HomeSummary } from '../../../../shared/homeSummary'
import { formatCount, formatRupiah } from '../../../../shared/money'
import { useLoad } from '../../useLoad'
import { homeSteps, type HomeTarget } from './homeSteps'
import './home.css'

const loadSummary = () => call('getHomeSummary', {})

const dateTime = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short' })

interface Props {
  /** Opens the screen (and panel) where a step is done. */
  onOpen: (target: HomeTarget) => void
}

/** Beranda, the first screen: the plan at a glance and the next step. */
export function HomeScreen({ onOpen }: Props) {
  const summary = useLoad(loadSummary)
  if (summary.error) return <p role="alert">{summary.error}</p>
  if (!summary.data) return <p aria-busy="true">Memuat ringkasan…</p>
  const data = summary.data
  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title">Beranda</h1>
      <p className="muted home-period">
        {data.periodName} · <LastChange summary={data} />
      </p>
      <div className="home-layout">
        <Steps summary={data} onOpen={onOpen} />
        <div className="home-cards">
          <Counts summary={data} />
          <PaguByYear summary={data} />
          <Alignment summary={data} onOpen={onOpen} />
          <Nomenklatur summary={data} onOpen={onOpen} />
        </div>
      </div>
    </section>
  )
}

function LastChange({ summary }: { summary: HomeSummary }) {
  const change = summary.lastChange
  if (!change) return <span data-testid="home-last-change">Riwayat perubahan masih kosong.</span>
  return (
    <span data-testid="home-last-change">
      Terakhir diubah {dateTime.format(new Date(change.at))} oleh {change.osUser}: {change.undone ? `dibatalkan: ${change.description}` : change.description}
    </span>
  )
}

function Steps({ summary, onOpen }: { summary: HomeSummary; onOpen: (target: HomeTarget) => void }) {
  const steps = homeSteps(summary)
  const next = steps.find((step) => !step.done)
  return (
    <section className="home-card home-steps" aria-labelledby="home-steps-title">
      <h2 id="home-steps-title">Langkah</h2>
      <ol>
        {steps.map((step) => (
          <li key={step.id} data-testid={`home-step-${step.id}`} data-done={step.done} className={step === next ? 'next' : undefined}>
            <span className={step.done ? 'step-state done' : 'step-state'}>{step.done ? 'Selesai' : step === next ? 'Berikutnya' : 'Belum'}</span>
            <div>
              <strong>{step.title}</strong>
              <p>{step.detail}</p>
              <button type="button" className="link-button" onClick={() => onOpen(step.target)}>
                Buka {step.linkLabel}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}

function Counts({ summary }: { summary: HomeSummary }) {
  const { counts } = summary
  const items: Array<[string, string]> = [
    ['Program', formatCount(counts.program)],
    ['Kegiatan', formatCount(counts.kegiatan)],
    ['Sub kegiatan', formatCount(counts.subKegiatan)],
    ['Perangkat daerah dengan program', `${formatCount(counts.perangkatDaerah)} dari ${formatCount(counts.perangkatDaerahTotal)}`]
  ]
  return (
    <section className="home-card" aria-labelledby="home-counts-title">
      <h2 id="home-counts-title">Rencana</h2>
      <dl className="home-figures" data-testid="home-counts">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

function PaguByYear({ summary }: { summary: HomeSummary }) {
  return (
    <section className="home-card" aria-labelledby="home-pagu-title">
      <h2 id="home-pagu-title">Pagu per tahun (Rp)</h2>
      <table className="home-pagu" data-testid="home-pagu">
        <tbody>
          {summary.paguByYear.map((entry) => (
            <tr key={entry.year} className={entry.prakiraanMaju ? 'prakiraan-maju' : undefined}>
              <th scope="row">
                {entry.year}
                {entry.prakiraanMaju && <span className="muted">prakiraan maju</span>}
              </th>
              <td data-year={entry.year}>{formatRupiah(entry.pagu)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function Alignment({ summary, onOpen }: { summary: HomeSummary; onOpen: (target: HomeTarget) => void }) {
  const { sasaran, subKegiatanWithoutSasaran, warnings, warningTotal } = summary
  return (
    <section className="home-card" aria-labelledby="home-alignment-title">
      <h2 id="home-alignment-title">Keselarasan dan peringatan</h2>
      <dl className="home-figures" data-testid="home-alignment">
        <div>
          <dt>Sasaran dengan program</dt>
          <dd>
            {formatCount(sasaran.withProgram)} dari {formatCount(sasaran.total)}
          </dd>
        </div>
        <div>
          <dt>Sub kegiatan tanpa sasaran</dt>
          <dd>{formatCount(subKegiatanWithoutSasaran)}</dd>
        </div>
      </dl>
      <ul className="home-warnings" data-testid="home-warnings" aria-label="Peringatan">
        {warnings.map((warning) => (
          <li key={warning.kind}>
            {warning.label}: <strong>{formatCount(warning.count)}</strong>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => onOpen({ screen: 'program' })}>
        Buka Peringatan ({formatCount(warningTotal)}) di Program & Anggaran
      </button>
    </section>
  )
}

function Nomenklatur({ summary, onOpen }: { summary: HomeSummary; onOpen: (target: HomeTarget) => void }) {
  const { nomenklatur, flaggedCodes } = summary
  return (
    <section className="home-card" aria-labelledby="home-nomenklatur-title">
      <h2 id="home-nomenklatur-title">Nomenklatur</h2>
      <p className="home-version" data-testid="home-nomenklatur">
        {nomenklatur ? (
          <>
            Dipakai rencana: <strong>{nomenklatur.name}</strong>, {formatCount(nomenklatur.subKegiatanCount)} sub kegiatan.
          </>
        ) : (
          'Belum ada versi nomenklatur yang dipakai rencana.'
        )}
      </p>
      <dl className="home-figures">
        <div>
          <dt>Kode ditandai</dt>
          <dd>{formatCount(flaggedCodes)}</dd>
        </div>
      </dl>
      <button type="button" className="link-button" onClick={() => onOpen({ screen: 'data-induk', panel: 'nomenklatur' })}>
        Buka Data Induk › Nomenklatur
      </button>
    </section>
  )
}
