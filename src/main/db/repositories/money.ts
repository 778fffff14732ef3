// SQLite sums can exceed 2^53 in theory; read them as BigInt and refuse to round silently.
export function safeRupiah(value: bigint | number | null): number {
  if (value === null) return 0
  const asBigInt = typeof value === 'bigint' ? value : BigInt(value)
  if (asBigInt > BigInt(Number.MAX_SAFE_INTEGER) || asBigInt < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`amount ${asBigInt} exceeds the safe integer range`)
  }
  return Number(asBigInt)
}
