import { expect, test } from './fixtures'
import { addBranch, gridCell, holdReplies } from './helpers'

test('opening the plan shows which step it is at, a running bar and the seconds so far, then the grid', async ({ page, selaras }) => {
  const {
    subs: [sub]
  } = await addBranch(selaras, 1)
  const rows = await holdReplies(page, 'listPlanRows')
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  const loading = page.getByTestId('plan-loading')
  await expect(loading).toContainText('Langkah 1 dari 2: membaca rencana dari basis data…')
  await expect(loading.getByRole('progressbar', { name: 'Memuat rencana' })).toBeVisible()
  // The counter moves while the rows are read (here: held until released).
  await expect(loading).toContainText('1 detik')
  // Every text the loading view shows from here on, kept by the page itself (step 2 lasts a frame or two).
  type Page = {
    document: { querySelector: (selector: string) => { textContent: string | null } | null; body: unknown }
    MutationObserver: new (callback: () => void) => { observe: (target: unknown, options: Record<string, boolean>) => void }
    seenSteps: string[]
  }
  await page.evaluate(() => {
    const page = globalThis as unknown as Page
    page.seenSteps = []
    const keep = () => {
      const text = page.document.querySelector('[data-testid="plan-loading"] p')?.textContent
      if (text && page.seenSteps[page.seenSteps.length - 1] !== text) page.seenSteps.push(text)
    }
    new page.MutationObserver(keep).observe(page.document.body, { childList: true, subtree: true, characterData: true })
  })
  rows.release()
  await expect(gridCell(page, sub.id, 'name')).toBeVisible()
  await expect(loading).toHaveCount(0)
  expect(await page.evaluate(() => (globalThis as unknown as Page).seenSteps)).toEqual(['Langkah 2 dari 2: menyusun tabel 3 baris…'])
})
