import type { SelarasApi } from '../../shared/contract'
import type { MenuEvent } from '../../shared/channels'
import type { ReportFilesBridge } from '../../shared/reports/files'

declare global {
  interface Window {
    /** Present in the desktop app (preload); absent in browser mode. */
    api?: SelarasApi & { onMenuEvent?: (listener: (event: MenuEvent) => void) => () => void; files?: ReportFilesBridge }
  }
}

export {}
