import { userInfo } from 'node:os'

// Small helpers several services use: who made a change, and how a level reads in a message.

/** The OS account name recorded with every change (the app has no logins of its own). */
export function osUser(): string {
  try {
    return userInfo().username
  } catch {
    return 'tidak diketahui'
  }
}

export { LEVEL_LABEL } from '../../shared/domain'

/** "sub kegiatan 1.02" -> "Sub kegiatan 1.02", for a label that starts a sentence. */
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
