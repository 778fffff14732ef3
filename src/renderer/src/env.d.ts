import type { SelarasApi } from '../../shared/contract'

declare global {
  interface Window {
    /** Present in the desktop app (preload); absent in browser mode. */
    api?: SelarasApi
  }
}

export {}
