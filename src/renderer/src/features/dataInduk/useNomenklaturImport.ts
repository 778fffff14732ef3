import { useCallback, useEffect, useRef, useState } from 'react'
import type { ImportJobStatus, NomenklaturVersion } from '../../../../shared/master'
import { call, errorMessage } from '../../api/client'
import { fileToBase64 } from './fileToBase64'

const MAX_FILE_BYTES = 20 * 1024 * 1024
const POLL_MS = 150

export type ImportState = { state: 'idle' } | { state: 'reading'; fileName: string } | (ImportJobStatus & { jobId: number; fileName: string })

/** Runs one import: read the file, start the job, follow its progress until preview or failure. */
export function useNomenklaturImport() {
  const [status, setStatus] = useState<ImportState>({ state: 'idle' })
  const timer = useRef<number>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])

  const follow = useCallback((jobId: number, fileName: string) => {
    const poll = async () => {
      try {
        const next = await call('getNomenklaturImport', { jobId })
        setStatus({ ...next, jobId, fileName })
        if (next.state === 'running') timer.current = window.setTimeout(() => void poll(), POLL_MS)
      } catch (error) {
        setStatus({ state: 'failed', message: errorMessage(error), jobId, fileName })
      }
    }
    void poll()
  }, [])

  const start = useCallback(
    async (file: File) => {
      if (file.size > MAX_FILE_BYTES) {
        const megabytes = (file.size / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })
        setStatus({ state: 'failed', message: `Berkas terlalu besar (${megabytes} MB); batasnya 20 MB.`, jobId: 0, fileName: file.name })
        return
      }
      setStatus({ state: 'reading', fileName: file.name })
      try {
        const { jobId } = await call('startNomenklaturImport', { fileName: file.name, contentBase64: await fileToBase64(file) })
        follow(jobId, file.name)
      } catch (error) {
        setStatus({ state: 'failed', message: errorMessage(error), jobId: 0, fileName: file.name })
      }
    },
    [follow]
  )

  const confirm = useCallback(
    async (versionName: string): Promise<NomenklaturVersion | undefined> => {
      if (status.state !== 'ready') return undefined
      const version = await call('confirmNomenklaturImport', { jobId: status.jobId, versionName })
      setStatus({ state: 'idle' })
      return version
    },
    [status]
  )

  const reset = useCallback(async () => {
    window.clearTimeout(timer.current)
    if ('jobId' in status && status.jobId > 0 && status.state !== 'failed') {
      await call('cancelNomenklaturImport', { jobId: status.jobId }).catch(() => undefined)
    }
    setStatus({ state: 'idle' })
  }, [status])

  return { status, start, follow, confirm, reset }
}
