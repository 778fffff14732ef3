/** A small seeded PRNG (mulberry32) and the draws the demo-data generator needs. */

export interface Rng {
  /** Uniform in [0, 1). */
  next: () => number
  /** Integer in [0, n). */
  int: (n: number) => number
  /** Uniform in [min, max). */
  between: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
  /** Standard normal (Box-Muller). */
  normal: () => number
  /** exp(N(mu, sigma)). */
  lognormal: (mu: number, sigma: number) => number
  /** A shuffled copy (Fisher-Yates). */
  shuffled: <T>(items: readonly T[]) => T[]
  /** k distinct items (partial Fisher-Yates on a copy), in draw order. */
  sample: <T>(items: readonly T[], k: number) => T[]
  /** A random order in which heavier items tend to come first (Efraimidis-Spirakis). */
  weightedOrder: <T>(items: readonly T[], weight: (item: T) => number) => T[]
}

export function mulberry32(seed: number): Rng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number): number => Math.floor(next() * n)
  const normal = (): number => {
    const u = 1 - next() // (0, 1]: log(u) is finite
    const v = next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }
  const sample = <T>(items: readonly T[], k: number): T[] => {
    const copy = items.slice()
    const count = Math.max(0, Math.min(k, copy.length))
    for (let i = 0; i < count; i++) {
      const j = i + int(copy.length - i)
      const swap = copy[i]
      copy[i] = copy[j]
      copy[j] = swap
    }
    return copy.slice(0, count)
  }
  return {
    next,
    int,
    between: (min, max) => min + next() * (max - min),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[int(items.length)]
    },
    normal,
    lognormal: (mu, sigma) => Math.exp(mu + sigma * normal()),
    shuffled: (items) => sample(items, items.length),
    sample,
    weightedOrder: (items, weight) =>
      items
        .map((item) => ({ item, key: Math.pow(next(), 1 / Math.max(weight(item), 1e-9)) }))
        .sort((a, b) => b.key - a.key)
        .map((entry) => entry.item)
  }
}

/** A seed from the command line: an integer as itself, any other text hashed (FNV-1a). */
export function seedFromText(text: string): number {
  if (/^\d+$/.test(text.trim())) return Number(BigInt(text.trim()) % 4294967296n)
  let hash = 0x811c9dc5
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}
