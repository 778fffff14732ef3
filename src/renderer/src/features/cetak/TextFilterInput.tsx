import { useState } from 'react'

/**
 * The listing's text filter, applied on Enter or when the field is left: each applied text builds
 * and lays out the report again (3.947 pages at scale 10), so not on every key.
 */
export function TextFilterInput({ value, onApply }: { value: string; onApply: (text: string) => void }) {
  const [draft, setDraft] = useState(value)
  const [shown, setShown] = useState(value)
  if (shown !== value) {
    // The applied text changed elsewhere (a reload, another report): the field follows it.
    setShown(value)
    setDraft(value)
  }
  const apply = () => {
    if (draft.trim() !== value.trim()) onApply(draft)
  }
  return (
    <label>
      <span>Kode atau nama memuat (Enter untuk menerapkan)</span>
      <input
        type="search"
        aria-label="Kode atau nama memuat"
        value={draft}
        maxLength={200}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            apply()
          }
        }}
        onBlur={apply}
      />
    </label>
  )
}
