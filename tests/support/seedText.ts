// An independent reading of the seed document, following the rules in
// shared/design/domain.md, so the shipped seed data can be checked against the source.
import { readFileSync } from 'node:fs'
import { SEED_TEXT_PATH } from './paths'

const TUJUAN_VERBS = ['menciptakan', 'meningkatkan', 'mengoptimalkan', 'menghilangkan', 'menyediakan', 'memetakan', 'melaksanakan', 'melakukan']
const SASARAN_WORDS = ['terciptanya', 'meningkatnya', 'optimalnya', 'menurunnya', 'tersedianya']

export interface ParsedMisi {
  title: string
  tujuan: string[]
  sasaran: string[]
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export function readSeedText(): string {
  return normalizeSpace(readFileSync(SEED_TEXT_PATH, 'utf8'))
}

/**
 * Splits a clause where a punctuation mark (";" or ","), a conjunction, or both ("; dan")
 * stand before a starting word.
 */
export function splitClause(clause: string, startWords: string[], conjunctions: string[]): string[] {
  const words = startWords.join('|')
  const conj = conjunctions.join('|')
  const boundary = new RegExp(`(?:\\s*[;,](?:\\s+(?:${conj}))?|\\s+(?:${conj}))\\s+(?=(?:${words})\\b)`, 'gi')
  return clause.split(boundary).map((part) => part.trim())
}

export function parseSeed(text: string = readSeedText()): { visi: string; misi: ParsedMisi[] } {
  const visi = /“([^”]+)”/.exec(text)?.[1] ?? ''
  const titles: string[] = []
  for (let number = 1; number <= 8; number++) {
    const next = number < 8 ? `${number + 1}\\. ` : 'Dengan penjabaran'
    const match = new RegExp(`\\b${number}\\. (.+?)\\.? ${next}`).exec(text)
    titles.push(match ? match[1].replace(/\.$/, '') : '')
  }
  const clauses = [...text.matchAll(/Misi ini bertujuan untuk (.+?),? dengan sasaran (.+?)\.(?: |$)/g)]
  const misi = clauses.map((match, index) => {
    // Misi 2: the tujuan clause ends at ", sehingga"; the rest is explanation.
    const tujuanClause = match[1].split(/, sehingga /)[0]
    return {
      title: titles[index],
      tujuan: splitClause(tujuanClause, TUJUAN_VERBS, ['dan']),
      sasaran: splitClause(match[2], SASARAN_WORDS, ['dan', 'serta'])
    }
  })
  return { visi, misi }
}
