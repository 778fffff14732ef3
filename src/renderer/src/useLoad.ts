import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react'
import { errorMessage } from './api/client'

export interface Loaded<T> {
  data: T | undefined
  error: string | undefined
  reload: () => Promise<void>
  /** A value, or a function of the current one (for replies that land after other updates). */
  setData: Dispatch<SetStateAction<T | undefined>>
}

/**
 * Loads data on mount, again whenever `load` changes (memoise it on what it reads: a row id, a
 * version), and on demand; errors are kept as the analyst's message. Only the newest load's reply
 * is kept: a slower reply of an older loader (the row selected before) does not overwrite it.
 */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<string>()
  const latest = useRef(0)
  const reload = useCallback(async () => {
    const request = ++latest.current
    try {
      const loaded = await load()
      if (request !== latest.current) return
      setData(loaded)
      setError(undefined)
    } catch (caught) {
      if (request === latest.current) setError(errorMessage(caught))
    }
  }, [load])
  useEffect(() => {
    void reload()
  }, [reload])
  return { data, error, reload, setData }
}
