// (b0) The floor under (b) in browser mode, a reference and not a goal: the same block, put on the
//      clipboard and pasted with Ctrl+V into a bare page, which splits it into cells and POSTs
//      them as JSON to a bare Node HTTP server; the server turns "12.500.000" into an integer,
//      upserts every cell with better-sqlite3 in one transaction (the app's pragmas, on its own
//      copy of the database) and replies with the stored values; the page writes them into the
//      150 cells it shows. No checks, no history, no totals, no grid: what any browser-mode
//      app pays for the trip, the write and a redraw on this machine.
import { createServer, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser } from '@playwright/test'
import { blockFor, PASTE_YEARS, rawDatabase } from './paste'
import type { PasteBlock } from './planData'

type Clip = { navigator: { clipboard: { writeText: (text: string) => Promise<void> } } }

/** Rows the bare page shows (the plan grid draws ~35 at Ctrl+V, with its row buffer). */
const SHOWN_LINES = 30

interface Edit {
  planRowId: number
  field: string
  text: string
}

/** The page: a table of the block's first lines and a paste listener, timed from keydown to the frame after. */
function pageHtml(lineRowIds: number[]): string {
  const rows = lineRowIds
    .slice(0, SHOWN_LINES)
    .map((id) => `<tr>${PASTE_YEARS.map((year) => `<td id="c${id}-${year}">-</td>`).join('')}</tr>`)
    .join('')
  const script = `
const lineRowIds = ${JSON.stringify(lineRowIds)}; const years = ${JSON.stringify(PASTE_YEARS)};
const format = new Intl.NumberFormat('id-ID'); format.format(1);
const shown = new Map(lineRowIds.slice(0, ${SHOWN_LINES}).map((id) => [id, years.map((year) => document.getElementById('c' + id + '-' + year))]));
let t0;
window.addEventListener('keydown', (event) => { if (event.key.toLowerCase() === 'v') t0 = performance.now() }, true);
document.addEventListener('paste', async (event) => {
  event.preventDefault();
  const lines = event.clipboardData.getData('text/plain').split(/\\r?\\n/);
  const edits = [];
  lines.forEach((line, index) => {
    const planRowId = lineRowIds[index];
    if (!planRowId || line === '') return;
    line.split('\\t').forEach((text, col) => edits.push({ planRowId, field: 'pagu:' + years[col], text }));
  });
  const response = await fetch('/paste', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ kind: 'paste', edits }) });
  const { values } = await response.json();
  for (const value of values) {
    const cells = shown.get(value.planRowId);
    if (cells) cells[years.indexOf(Number(value.field.slice(5)))].textContent = format.format(value.value);
  }
  requestAnimationFrame(() => { window.floorMs = performance.now() - t0 });
});`
  return `<!doctype html><html><body><table>${rows}</table><script>${script}</script></body></html>`
}

async function bareServer({ database, upsert }: Awaited<ReturnType<typeof rawDatabase>>, html: string): Promise<{ http: HttpServer; url: string }> {
  const write = database.transaction((edits: Edit[]) =>
    edits.map(({ planRowId, field, text }) => {
      const amount = Number(text.replace(/\./g, ''))
      upsert.run(planRowId, Number(field.slice(5)), amount)
      return { planRowId, field, value: amount }
    })
  )
  const http = createServer((request, response) => {
    if (request.method !== 'POST') {
      response.writeHead(200, { 'Content-Type': 'text/html' })
      return response.end(html)
    }
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const { edits } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { edits: Edit[] }
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify({ values: write(edits) }))
    })
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  return { http, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/` }
}

/** One run per entry of `runs` (the value set of that app run), each in a fresh page. */
export async function pasteFloor(browser: Browser, dataDir: string, block: PasteBlock, runs: number[]): Promise<number[]> {
  const raw = await rawDatabase(dataDir)
  const lineRowIds = Array.from({ length: block.spanRows }, () => 0)
  for (const target of block.targets) lineRowIds[target.index - block.startIndex] = target.row?.id ?? 0
  const { http, url } = await bareServer(raw, pageHtml(lineRowIds))
  try {
    const times: number[] = []
    for (const run of runs) {
      const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
      try {
        const page = await context.newPage()
        await page.goto(url)
        const { text, cells } = blockFor(block, run)
        await page.evaluate((value) => (globalThis as unknown as Clip).navigator.clipboard.writeText(value), text)
        await page.keyboard.press('Control+V')
        await page.waitForFunction(() => (globalThis as unknown as { floorMs?: number }).floorMs !== undefined)
        // The cell of the block's first row shows the value written: the run did what it claims.
        const first = cells[0]
        const shownText = await page.locator(`#c${first.planRowId}-${first.year}`).textContent()
        if (shownText !== new Intl.NumberFormat('id-ID').format(first.amount)) throw new Error(`floor page shows ${shownText} for ${first.amount}`)
        times.push(await page.evaluate(() => (globalThis as unknown as { floorMs: number }).floorMs))
      } finally {
        await context.close()
      }
    }
    return times
  } finally {
    await new Promise((resolve) => http.close(resolve))
    raw.close()
  }
}
