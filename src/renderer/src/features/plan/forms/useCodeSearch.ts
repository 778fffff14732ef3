import { useEffect, useState } from 'react'
import type { ApiArgs } from '../../../../../shared/contract'
import type { NomenklaturEntry } from '../../../../../shared/master'
import { call, errorMessage } from '../../../api/client'

export type CodeSearchScope = Omit<ApiArgs<'searchNomenklatur'>, 'query' | 'limit'>

/** Nomenclature entries matching the typed text (part of a code or a name), newest query wins. */
export function useCodeSearch(scope: CodeSearchScope, query: string) {
  const [results, setResults] = useState<NomenklaturEntry[]>([])
  const [error, setError] = useState<string>()
  const [loading, setLoading] = useState(false)
  const { level, parentCode, perangkatDaerahId } = scope
  useEffect(() => {
    let current = true
    setLoading(true)
    call('searchNomenklatur', { level, parentCode, perangkatDaerahId, query: query.trim(), limit: 30 })
      .then((found) => {
        if (!current) return
        setResults(found)
        setError(undefined)
      })
      .catch((caught: unknown) => {
        if (!current) return
        setResults([])
        setError(errorMessage(caught))
      })
      .finally(() => current && setLoading(false))
    return () => {
      current = false
    }
  }, [level, parentCode, perangkatDaerahId, query])
  return { results, error, loading }
}
