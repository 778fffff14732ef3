// Prints one closing line over the unit and end-to-end runs: "N passed, N failed".
import { readFileSync } from 'node:fs'

const unit = JSON.parse(readFileSync('reports/unit.json', 'utf8'))
const e2e = JSON.parse(readFileSync('reports/e2e.json', 'utf8'))
const passed = unit.numPassedTests + e2e.stats.expected
const failed = unit.numFailedTests + e2e.stats.unexpected + e2e.stats.flaky
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped
console.log(
  `unit ${unit.numPassedTests}/${unit.numTotalTests}, end-to-end ${e2e.stats.expected}/${e2e.stats.expected + e2e.stats.unexpected + e2e.stats.flaky + e2e.stats.skipped}`
)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
if (failed > 0 || passed === 0) process.exit(1)
