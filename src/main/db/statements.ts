import type Database from 'better-sqlite3'

type Db = Database.Database

const caches = new WeakMap<Db, Map<string, Database.Statement>>()

function cached(db: Db, key: string, make: () => Database.Statement): Database.Statement {
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map<string, Database.Statement>()))
  let statement = cache.get(key)
  if (!statement) cache.set(key, (statement = make()))
  return statement
}

/**
 * A statement prepared once per connection and SQL text. Preparing costs more than running
 * a one-row statement, and a paste or undo runs the same few statements thousands of times.
 * Callers must not switch its mode (raw, pluck, safeIntegers): the next caller shares it.
 */
export function prepared(db: Db, sql: string): Database.Statement {
  return cached(db, sql, () => db.prepare(sql))
}

/** The same, for a statement that returns rows as arrays (raw mode), cached apart from the rest. */
export function preparedRaw(db: Db, sql: string): Database.Statement {
  return cached(db, `raw:${sql}`, () => db.prepare(sql).raw(true))
}
