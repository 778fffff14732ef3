import type Database from 'better-sqlite3'
import type { HandlersOf } from '../handlerMap'
import { getHomeSummary } from './homeSummary'

// The Beranda slice: the state of the plan at a glance, read in one step.

export type HomeChannel = 'getHomeSummary'

export function homeHandlers(db: Database.Database): HandlersOf<HomeChannel> {
  return {
    getHomeSummary: () => getHomeSummary(db)
  }
}
