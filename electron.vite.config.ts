import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        // serve.js is browser mode: the same services over HTTP, runnable with plain Node.
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          serve: resolve(__dirname, 'src/main/web/serve.ts'),
          // The nomenclature parser runs in a worker thread with its own memory limit.
          nomenklaturWorker: resolve(__dirname, 'src/main/nomenklatur/importWorker.ts'),
          // An older database is migrated off the main thread at start-up (db/startupMigration.ts).
          migrationWorker: resolve(__dirname, 'src/main/db/migrationWorker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      // A sandboxed preload can require nothing but electron: bundle everything.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      rolldownOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    }
  }
})
