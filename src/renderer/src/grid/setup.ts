import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community'

// Community modules only: clipboard, ranges and fill are built by Selaras itself.
ModuleRegistry.registerModules([AllCommunityModule])

export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontWeight: 600,
  rowHeight: 30,
  headerHeight: 34
})

/** AG Grid's own texts in Bahasa Indonesia (the ones a program grid shows). */
export const gridLocaleText: Record<string, string> = {
  noRowsToShow: 'Belum ada baris',
  loadingOoo: 'Memuat…',
  page: 'Halaman',
  of: 'dari',
  to: 'sampai',
  filterOoo: 'Saring…',
  equals: 'Sama dengan',
  contains: 'Mengandung',
  blank: 'Kosong',
  notBlank: 'Tidak kosong'
}
