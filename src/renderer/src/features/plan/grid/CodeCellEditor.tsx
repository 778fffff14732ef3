import type { CustomCellEditorProps } from 'ag-grid-react'
import type { PlanRow } from '../../../../../shared/domain'
import { CodeSearch } from '../forms/CodeSearch'
import type { CodeSearchScope } from '../forms/useCodeSearch'

export interface CodeEditorParams {
  scopeFor: (row: PlanRow) => CodeSearchScope
  /** Saves a picked code (the same edit loop as a typed cell). */
  commitCode: (planRowId: number, code: string) => void
}

/** The code cell's editor: a searchable picker of the plan's nomenclature. */
export function CodeCellEditor(props: CustomCellEditorProps<PlanRow, string> & CodeEditorParams) {
  const row = props.data
  // Typing a character starts the search with it, as typing starts editing in Excel.
  const initial = props.eventKey && props.eventKey.length === 1 ? props.eventKey : (props.value ?? '')
  return (
    <div className="code-editor-popup">
      <CodeSearch
        scope={props.scopeFor(row)}
        initialQuery={initial}
        label="Cari kode"
        autoFocus
        inline
        onPick={(code) => {
          if (code !== props.value) props.commitCode(row.id, code)
          // Closed as cancelled: the grid writes nothing itself, the saved row comes back from the API.
          props.stopEditing(true)
        }}
        onCancel={() => props.stopEditing(true)}
      />
    </div>
  )
}
