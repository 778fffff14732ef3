import type { KeyboardEvent } from 'react'

export interface SubTab<T extends string> {
  id: T
  label: string
}

interface Props<T extends string> {
  tabs: ReadonlyArray<SubTab<T>>
  value: T
  onChange: (id: T) => void
  /** Accessible name of the tab list. */
  label: string
  /** Prefix of the element ids, unique on the page. */
  idPrefix: string
}

export const subTabId = (idPrefix: string, id: string): string => `${idPrefix}-tab-${id}`
export const subPanelId = (idPrefix: string): string => `${idPrefix}-panel`

/** A row of sub-tabs; Left/Right (and Home/End) move between them as the screen tabs do. */
export function SubTabs<T extends string>({ tabs, value, onChange, label, idPrefix }: Props<T>) {
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === value)
    let next: number
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length
    else if (event.key === 'Home') next = 0
    else if (event.key === 'End') next = tabs.length - 1
    else return
    event.preventDefault()
    const target = tabs[next]
    onChange(target.id)
    document.getElementById(subTabId(idPrefix, target.id))?.focus()
  }

  return (
    <div role="tablist" aria-label={label} className="sub-tabs" onKeyDown={onKey}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          id={subTabId(idPrefix, tab.id)}
          role="tab"
          type="button"
          aria-selected={tab.id === value}
          aria-controls={subPanelId(idPrefix)}
          tabIndex={tab.id === value ? 0 : -1}
          onClick={() => onChange(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  )
}
