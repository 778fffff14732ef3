import { apiCall, expect, test } from './fixtures'
import { gridCell } from './helpers'

interface Row {
  id: number
}

test('a sub kegiatan code sits on the same line as its name, inside its cell', async ({ page, selaras }) => {
  const program = await apiCall<Row>(selaras, 'createPlanRow', { level: 'program', perangkatDaerahId: 11, code: '1.02.02', name: 'Program Kesehatan' })
  const kegiatan = await apiCall<Row>(selaras, 'createPlanRow', { level: 'kegiatan', parentId: program.id, code: '1.02.02.2.01', name: 'Kegiatan Layanan' })
  const sub = await apiCall<Row>(selaras, 'createPlanRow', { level: 'sub_kegiatan', parentId: kegiatan.id, code: '1.02.02.2.01.0001', name: 'Sub kegiatan 1' })
  await page.goto(selaras.url)
  await page.getByRole('tab', { name: 'Program & Anggaran' }).click()
  for (const row of [kegiatan, sub]) {
    // A leaf row's code starts after an empty spacer, whose baseline pushed the code 3-4 px down, past the cell.
    const cell = await gridCell(page, row.id, 'code').boundingBox()
    const code = await gridCell(page, row.id, 'code').locator('.code-text').boundingBox()
    const name = await gridCell(page, row.id, 'name').boundingBox()
    if (!cell || !code || !name) throw new Error(`row ${row.id} is not drawn`)
    expect(code.y).toBeGreaterThanOrEqual(cell.y)
    expect(code.y + code.height).toBeLessThanOrEqual(cell.y + cell.height)
    expect(Math.abs(code.y + code.height / 2 - (name.y + name.height / 2))).toBeLessThanOrEqual(1)
  }
})
