import type { ChannelName } from '../../shared/channels'
import type { ApiResults, ValidArgs } from '../../shared/contract'

/** The handler of one channel: its validated arguments in, its result out. */
export type Handler<K extends ChannelName> = (args: ValidArgs<K>) => ApiResults[K]

/** One handler for each of the given channels: a slice's part of the handler map, or the whole map. */
export type HandlersOf<K extends ChannelName> = { [C in K]: Handler<C> }
