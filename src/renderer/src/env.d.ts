import type { SelarasApi } from '../../shared/contract'
import type { MenuEvent } from '../../shared/channels'

declare global {
  interface Window {
    /** Present in the desktop app (preload); absent in browser mode. */
    api?: SelarasApi & { onMenuEvent?: (listener: (event: MenuEvent) => void) => () => void }
  }
}

export {}
