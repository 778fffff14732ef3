// Builds the bench's reference page (a bare AG Grid, bench.html) into a copy of the built renderer.
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

export async function buildBenchPage(outDir: string): Promise<void> {
  await build({
    root: __dirname,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: false, modulePreload: { polyfill: false }, rolldownOptions: { input: { bench: resolve(__dirname, 'bench.html') } } }
  })
}
