import type Database from 'better-sqlite3'
import type { ChannelName } from '../../shared/channels'
import { changeLogHandlers, type ChangeLogChannel } from './changeLog/handlers'
import type { HandlersOf } from './handlerMap'
import { masterDataHandlers, type MasterDataChannel } from './masterData/handlers'
import type { ParseFile } from './nomenklatur/importJobs'
import { nomenklaturHandlers, type NomenklaturChannel } from './nomenklatur/handlers'
import { planRowHandlers, type PlanRowChannel } from './planRows/handlers'
import { printSettingsHandlers, type PrintSettingsChannel } from './printSettings/handlers'
import { homeHandlers, type HomeChannel } from './home/handlers'
import { reportHandlers, type ReportChannel } from './reports/handlers'
import { rpjmdHandlers, type RpjmdChannel } from './rpjmd/handlers'

// The handler map, assembled from the slices; each slice registers the handlers of its own channels.

export type Handlers = HandlersOf<ChannelName>

export interface HandlerOptions {
  /** Replaces the file parser (tests inject failures). */
  parseFile?: ParseFile
}

type SliceChannels = [RpjmdChannel, MasterDataChannel, PlanRowChannel, ChangeLogChannel, NomenklaturChannel, HomeChannel, ReportChannel, PrintSettingsChannel]

// Checked when compiling: every channel of the channel list has a handler in exactly one slice.
type Expect<T extends true> = T
type IsNever<T> = [T] extends [never] ? true : false
type InTwoSlices<T extends string[]> = T extends [infer First extends string, ...infer Rest extends string[]]
  ? (First & Rest[number]) | InTwoSlices<Rest>
  : never
export type SliceChecks = [Expect<IsNever<Exclude<ChannelName, SliceChannels[number]>>>, Expect<IsNever<InTwoSlices<SliceChannels>>>]

/** One handler per channel; both hosts (IPC and HTTP) call these after validation. */
export function createHandlers(db: Database.Database, options: HandlerOptions = {}): Handlers {
  return {
    ...rpjmdHandlers(db),
    ...masterDataHandlers(db),
    ...planRowHandlers(db),
    ...changeLogHandlers(db),
    ...nomenklaturHandlers(db, options.parseFile),
    ...homeHandlers(db),
    ...reportHandlers(db),
    ...printSettingsHandlers(db)
  }
}
