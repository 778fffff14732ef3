import { useCallback, useEffect, useMemo, useState, type CSSProperties } from 'react'
import { call } from '../../api/client'
import { formatCount } from '../../../../shared/money'
import type { PrintSettings } from '../../../../shared/printSettings'
import type { ReportDocument } from '../../../../shared/reports/document'
import type { ReportOptions } from '../../../../shared/reports/options'
import { useLoad } from '../../useLoad'
import type { HomeTarget } from '../home/homeSteps'
import { useFitZoom } from './useFitZoom'
import { ExportButtons } from './ExportButtons'
import { PrintDocument } from './print/PrintDocument'
import { applyDefaults, setReportOptions } from './reportOptionsStore'
import { ReportOptionsPanel } from './ReportOptionsPanel'
import { useReportDocument } from './useReportDocument'
import { useReportOptions } from './useReportOptions'
import './cetak.css'

const loadContext = async () => {
  const [plan, perangkatDaerah, settings] = await Promise.all([call('getRpjmd', {}), call('listPerangkatDaerah', {}), call('getPrintSettings', {})])
  return { plan, perangkatDaerah, settings }
}

/** Pick a report and its options; the preview is the real pages, and what prints. */
export function CetakScreen({ onOpen }: { onOpen: (target: HomeTarget) => void }) {
  const options = useReportOptions()
  const context = useLoad(loadContext)
  const report = useReportDocument(options)
  const settings = context.data?.settings
  useEffect(() => {
    if (settings) applyDefaults({ paper: settings.defaultPaper, orientation: settings.defaultOrientation })
  }, [settings])
  if (context.error) return <p role="alert">{context.error}</p>
  if (!context.data) return <p aria-busy="true">Membuka layar cetak…</p>
  return (
    <section className="cetak" aria-labelledby="cetak-title">
      <div className="cetak-side">
        <h1 id="cetak-title">Cetak dan ekspor</h1>
        <ReportOptionsPanel
          options={options}
          onChange={setReportOptions}
          plan={context.data.plan}
          perangkatDaerah={context.data.perangkatDaerah}
          settings={settings}
          onOpen={onOpen}
        />
        <ExportButtons options={options} ready={report.data !== undefined && report.error === undefined} />
      </div>
      <Preview document={report.data} error={report.error} options={options} settings={settings} />
    </section>
  )
}

interface PreviewProps {
  document: ReportDocument | undefined
  error: string | undefined
  options: ReportOptions
  settings: PrintSettings | undefined
}

function Preview({ document, error, options, settings }: PreviewProps) {
  const [progress, setProgress] = useState<{ done: number; total: number }>()
  const onProgress = useCallback((done: number, total: number) => setProgress({ done, total }), [])
  // One Date per document: a new one on every render would lay the pages out again.
  const builtAt = document?.builtAt
  const printedAt = useMemo(() => new Date(builtAt ?? 0), [builtAt])
  const [zoom, setZoom] = useState<'fit' | number>('fit')
  const { box, fitZoom } = useFitZoom(options)
  // The rows shown are the ones of the current options: a stale document is not shown under new ones.
  const current = document !== undefined && document.report === options.report ? document : undefined
  const signatoryId = options.signatoryId ?? settings?.defaultSignatoryId ?? null
  const signatory = settings?.signatories.find((entry) => entry.id === signatoryId) ?? null
  const laying = current === undefined || (progress !== undefined && progress.done < progress.total)
  return (
    <div
      className="cetak-preview"
      ref={box}
      aria-busy={error === undefined && laying}
      aria-label="Pratinjau cetak"
      style={{ '--preview-zoom': zoom === 'fit' ? fitZoom : zoom } as CSSProperties}
    >
      <div className="cetak-status">
        <span role="status">
          {error === undefined && current === undefined && 'Menyusun laporan…'}
          {current !== undefined && laying && progress && `Menata halaman: ${formatCount(progress.done)} dari ${formatCount(progress.total)} baris`}
        </span>
        <label>
          Perbesaran{' '}
          <select
            aria-label="Perbesaran pratinjau"
            value={String(zoom)}
            onChange={(event) => setZoom(event.target.value === 'fit' ? 'fit' : Number(event.target.value))}
          >
            <option value="fit">Selebar layar</option>
            <option value="0.5">50%</option>
            <option value="0.75">75%</option>
            <option value="1">100%</option>
          </select>
        </label>
      </div>
      {error !== undefined && <p role="alert">{error}</p>}
      {error === undefined && current !== undefined && (
        <PrintDocument
          document={current}
          options={options}
          kop={options.kop ? (settings?.kop ?? null) : null}
          signatory={signatory}
          printedAt={printedAt}
          onProgress={onProgress}
        />
      )}
    </div>
  )
}
