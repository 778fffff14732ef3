import type { Page } from '@playwright/test'
import { apiCall, expect, test } from './fixtures'
import { addBranch, gridCell } from './helpers'
import type { PlanRow } from '../../src/shared/domain'
import { copiedFromCalc, readCells, readInCalc, trimRows } from './libreOffice'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

/** The page's clipboard, typed here because the test config has no DOM library. */
type ClipboardItemLike = { types: string[]; getType: (type: string) => Promise<{ text: () => Promise<string> }> }
type PageGlobals = {
  navigator: { clipboard: { readText: () => Promise<string>; writeText: (text: string) => Promise<void>; read: () => Promise<ClipboardItemLike[]> } }
}

const clipboard = (page: Page) =>
  page.evaluate(async () => {
    const { clipboard } = (globalThis as unknown as PageGlobals).navigator
    const item = (await clipboard.read()).find((candidate) => candidate.types.includes('text/html'))
    return { text: await clipboard.readText(), html: item ? await (await item.getType('text/html')).text() : '' }
  })

// Targets are shown the id-ID way; Calc must read them as the numbers they are.
const TARGET_VALUES: Record<string, string> = { '1.250': '1250', '12,5': '12.5' }

test('Ctrl+A, Ctrl+C of the plan pastes into LibreOffice Calc with the same rows, columns and values', async ({ page, selaras }) => {
  test.setTimeout(90000)
  const { subs } = await addBranch(selaras, 2)
  await apiCall(selaras, 'applyCellEdits', {
    kind: 'edit',
    edits: [
      { planRowId: subs[0].id, field: 'name', text: 'Sub "satu"' },
      { planRowId: subs[0].id, field: 'indikator', text: '=A1+1' },
      { planRowId: subs[0].id, field: 'satuan', text: '007' },
      { planRowId: subs[0].id, field: 'target:2023', text: '1250' },
      { planRowId: subs[0].id, field: 'pagu:2023', text: '1.250.000' },
      { planRowId: subs[1].id, field: 'target:2023', text: '12,5' },
      { planRowId: subs[1].id, field: 'pagu:2023', text: '750 jt' }
    ]
  })
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  await gridCell(page, subs[0].id, 'name').click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Control+C')
  await expect.poll(async () => (await clipboard(page)).text).toContain('1.02.02.2.01.0002')
  const { text, html } = await clipboard(page)
  const copied = trimRows(readCells(text))
  // PD heading, program, kegiatan and two sub kegiatan, as the grid shows them.
  expect(copied.map((row) => row[0])).toEqual([expect.any(String), '1.02.02', '1.02.02.2.01', '1.02.02.2.01.0001', '1.02.02.2.01.0002'])
  expect(copied[3]).toEqual(expect.arrayContaining(['Sub "satu"', '=A1+1', '007', '1.250', '1250000']))
  expect(copied[4]).toEqual(expect.arrayContaining(['12,5', '750000000']))

  // The HTML (what Calc pastes when both are offered): every cell where it was, codes, "007" and
  // "=A1+1" as text, pagu and totals as the same numbers, targets read as numbers.
  const fromHtml = trimRows(await readInCalc(html, 'html'))
  expect(fromHtml).toEqual(copied.map((row) => row.map((cell) => TARGET_VALUES[cell] ?? cell)))

  // The plain text, read the Indonesian way: the same rows, columns and numbers. Plain text
  // carries no types, so there "007" becomes 7 (as it does in Excel); the HTML keeps it.
  const fromText = trimRows(await readInCalc(text, 'text'))
  const untyped = new Set(['007', '=A1+1'])
  expect(fromText.map((row) => row.length)).toEqual(copied.map((row) => row.length))
  copied.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!untyped.has(cell)) expect(fromText[r][c], `row ${r + 1}, column ${c + 1}: ${cell}`).toBe(TARGET_VALUES[cell] ?? cell)
    })
  )
})

test('a block copied in LibreOffice Calc (Indonesian) pastes as the numbers and texts it shows', async ({ page, selaras }) => {
  test.setTimeout(90000)
  const { subs } = await addBranch(selaras, 3)
  const rupiah = (number: number) => ({ number, format: '#,##0' })
  const pagu = [
    [1250000, 750000000, 1250],
    [0, 100000000000, 2500000],
    [1, 999, 12000000]
  ]
  const numbers = await copiedFromCalc(pagu.map((row) => row.map(rupiah)))
  // Calc shows them the Indonesian way; 1.250 is read as 1250 because the block groups by dots.
  expect(numbers).toBe('1.250.000\t750.000.000\t1.250\n0\t100.000.000.000\t2.500.000\n1\t999\t12.000.000\n')
  const names = await copiedFromCalc([['Sub "satu"'], ['Sub dua; tahap 2']])
  expect(names).toBe('"Sub ""satu"""\nSub dua; tahap 2\n')

  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  const paste = async (colId: string, text: string) => {
    await gridCell(page, subs[0].id, colId).click()
    await page.evaluate((value) => (globalThis as unknown as PageGlobals).navigator.clipboard.writeText(value), text)
    await page.keyboard.press('Control+V')
  }
  await paste('pagu:2022', numbers)
  await expect(page.getByTestId('notice')).toHaveText('Tempel 9 sel disimpan.')
  await paste('name', names)
  await expect(page.getByTestId('notice')).toHaveText('Tempel 2 sel disimpan.')

  const rows = await apiCall<PlanRow[]>(selaras, 'listPlanRows', {})
  const stored = subs.map((sub) => rows.find((row) => row.id === sub.id) as PlanRow)
  expect(stored.map((row) => [2022, 2023, 2024].map((year) => row.pagu[year]))).toEqual(pagu)
  expect(stored.map((row) => row.name)).toEqual(['Sub "satu"', 'Sub dua; tahap 2', 'Sub kegiatan 3'])
  await expect(gridCell(page, subs[1].id, 'pagu:2023')).toHaveText('100.000.000.000')
})
