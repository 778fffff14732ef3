import { useEffect, useRef } from 'react'

/**
 * After an inline edit closes (draft back to null), focus returns to the row's "Ubah" button,
 * so the keyboard stays where the analyst was. Call `armReturn()` before closing the edit.
 */
export function useReturnFocus(draft: unknown) {
  const editButton = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)
  useEffect(() => {
    if (draft === null && returnFocus.current) {
      returnFocus.current = false
      editButton.current?.focus()
    }
  }, [draft])
  return {
    editButton,
    armReturn: () => {
      returnFocus.current = true
    }
  }
}
