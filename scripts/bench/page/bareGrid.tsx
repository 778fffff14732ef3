// The reference page of `npm run bench`: a bare AG Grid Community showing the same plan rows
// (listPlanRows from the same browser-mode API) with a similar set of columns, and nothing
// else of Selaras. "Tampilkan" starts the fetch and the render, as the tab click does in Selaras.
import { AllCommunityModule, ModuleRegistry, themeQuartz, type ColDef } from 'ag-grid-community'
import { AgGridReact } from 'ag-grid-react'
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import type { PlanRow } from '../../../src/shared/domain'

ModuleRegistry.registerModules([AllCommunityModule])

// The same row and header height as the plan grid, so both render the same number of rows.
const theme = themeQuartz.withParams({ fontSize: 13, rowHeight: 30, headerHeight: 34 })
const money = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 })
// The plan grid's pagu years for the RPJMD 2021-2026: 2022-2026 and prakiraan maju 2027.
const YEARS = [2022, 2023, 2024, 2025, 2026, 2027]

const COLUMNS: ColDef<PlanRow>[] = [
  { colId: 'code', headerName: 'Kode', field: 'code', pinned: 'left', width: 210 },
  { colId: 'name', headerName: 'Nama', field: 'name', width: 300 },
  ...YEARS.map((year): ColDef<PlanRow> => ({
    colId: `pagu:${year}`,
    headerName: String(year),
    width: 150,
    type: 'rightAligned',
    valueGetter: (params) => params.data?.total[year] ?? 0,
    valueFormatter: (params) => money.format(Number(params.value ?? 0))
  }))
]

const token = new URLSearchParams(window.location.search).get('token') ?? ''

function BareGrid() {
  const [rows, setRows] = useState<PlanRow[]>()
  const [error, setError] = useState<string>()
  const show = async () => {
    const response = await fetch('/api/listPlanRows', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Selaras-Token': token },
      body: '{}'
    })
    const result = (await response.json()) as { ok: boolean; value: PlanRow[]; error?: { message: string } }
    if (result.ok) setRows(result.value)
    else setError(result.error?.message ?? 'Gagal memuat.')
  }
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: '0.75rem' }}>
      <button type="button" onClick={() => void show()}>
        Tampilkan
      </button>
      {error && <p role="alert">{error}</p>}
      {rows && (
        <div data-testid="bare-grid" style={{ height: 'calc(100vh - 15rem)', minHeight: '20rem', marginTop: '0.5rem' }}>
          <AgGridReact<PlanRow> theme={theme} rowData={rows} columnDefs={COLUMNS} getRowId={(params) => String(params.data.id)} />
        </div>
      )}
    </main>
  )
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <BareGrid />
  </StrictMode>
)
