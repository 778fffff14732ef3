import { useState } from 'react'
import { errorMessage } from '../../api/client'
import { printReport, saveReportFile } from '../../api/reportFiles'
import type { ReportOptions } from '../../../../shared/reports/options'
import { useNotice } from '../../components/Notice'

type Action = 'print' | 'pdf' | 'xlsx' | 'csv'

const DONE: Record<Exclude<Action, 'print'>, string> = { pdf: 'PDF disimpan', xlsx: 'Berkas Excel disimpan', csv: 'Berkas CSV disimpan' }

/** Cetak, Simpan PDF, Unduh XLSX, Unduh CSV: files are made and written by main. */
export function ExportButtons({ options, ready }: { options: ReportOptions; ready: boolean }) {
  const { showError, showInfo } = useNotice()
  const [busy, setBusy] = useState<Action>()
  const run = async (action: Action) => {
    setBusy(action)
    try {
      if (action === 'print') await printReport(options)
      else {
        const result = await saveReportFile(action, options)
        if (result.saved) showInfo(result.fileName ? `${DONE[action]}: ${result.fileName}` : DONE[action])
      }
    } catch (error) {
      showError(errorMessage(error))
    } finally {
      setBusy(undefined)
    }
  }
  const disabled = !ready || busy !== undefined
  return (
    <div className="cetak-actions" role="group" aria-label="Keluaran">
      <button type="button" className="primary" disabled={disabled} onClick={() => void run('print')} title="Ctrl+P">
        Cetak…
      </button>
      <button type="button" disabled={disabled} onClick={() => void run('pdf')}>
        Simpan PDF
      </button>
      <button type="button" disabled={disabled} onClick={() => void run('xlsx')}>
        {busy === 'xlsx' ? 'Menyusun XLSX…' : 'Unduh XLSX'}
      </button>
      <button type="button" disabled={disabled} onClick={() => void run('csv')} aria-describedby="csv-note">
        {busy === 'csv' ? 'Menyusun CSV…' : 'Unduh CSV'}
      </button>
      <p id="csv-note" className="muted">
        CSV untuk Excel berpengaturan Indonesia (pemisah titik koma ;).
      </p>
    </div>
  )
}
