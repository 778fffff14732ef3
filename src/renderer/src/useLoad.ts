import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react'
import { errorMessage } from './api/client'

export interface Loaded<T> {
  data: T | undefined
  error: string | undefined
  reload(): Promise<void>
  /** A value, or a function of the current one (for replies that land after other updates). */
  setData: Dispatch<SetStateAction<T | undefined>>
}

/** Loads data once on mount and on demand; errors are kept as the analyst's message. */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<string>()
  const reload = useCallback(async () => {
    try {
      setData(await load())
      setError(undefined)
    } catch (caught) {
      setError(errorMessage(caught))
    }
    // load is expected to be stable (module-level or memoised).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  useEffect(() => {
    void reload()
  }, [reload])
  return { data, error, reload, setData }
}
