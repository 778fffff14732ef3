import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { NomenklaturEntry } from '../../../../../shared/master'
import { useCodeSearch, type CodeSearchScope } from './useCodeSearch'

interface Props {
  scope: CodeSearchScope
  initialQuery?: string
  label: string
  autoFocus?: boolean
  /** A dropdown (the default) shows its list only while the input has focus; inline lists always show. */
  inline?: boolean
  /** A chosen entry, or the typed text when nothing matches (it will be flagged). */
  onPick: (code: string, entry: NomenklaturEntry | undefined) => void
  onCancel?: () => void
}

/** Type part of a code or a name; arrows move, Enter picks, Esc cancels. */
export function CodeSearch({ scope, initialQuery = '', label, autoFocus, inline = false, onPick, onCancel }: Props) {
  const [query, setQuery] = useState(initialQuery)
  const [active, setActive] = useState(0)
  const [focused, setFocused] = useState(false)
  const open = inline || focused
  const { results, error, loading } = useCodeSearch(scope, query)
  const input = useRef<HTMLInputElement>(null)
  const listId = useId()
  useEffect(() => setActive(0), [results])
  useEffect(() => {
    if (autoFocus) input.current?.focus()
  }, [autoFocus])

  const pick = (entry: NomenklaturEntry | undefined) => {
    const typed = query.trim()
    if (entry) onPick(entry.code, entry)
    else if (typed) onPick(typed, undefined)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, results.length - 1))
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0))
    else if (event.key === 'Enter') pick(results[active])
    else if (event.key === 'Escape' && onCancel) onCancel()
    else return
    event.preventDefault()
  }

  return (
    <div className="code-search" data-testid="code-search" data-loading={loading}>
      <input
        ref={input}
        aria-label={label}
        role="combobox"
        aria-expanded={open && results.length > 0}
        aria-controls={listId}
        aria-activedescendant={results[active] ? `${listId}-${active}` : undefined}
        placeholder="Ketik sebagian kode atau nama"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
      {error && (
        <p className="code-search-error" role="alert">
          {error}
        </p>
      )}
      <ul id={listId} role="listbox" hidden={!open} aria-label={`Hasil ${label}`} aria-busy={loading}>
        {results.map((entry, index) => (
          <li
            key={entry.code}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => {
              event.preventDefault()
              pick(entry)
            }}
          >
            <span className="code">{entry.code}</span> {entry.name}
            {entry.satuan && <span className="muted"> · {entry.satuan}</span>}
          </li>
        ))}
        {!loading && !error && results.length === 0 && query.trim() !== '' && (
          <li className="muted" aria-disabled="true">
            Tidak ada yang cocok; Enter memakai "{query.trim()}" apa adanya (akan ditandai).
          </li>
        )}
      </ul>
    </div>
  )
}
