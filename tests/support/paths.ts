import { join, resolve } from 'node:path'

/** shared/ sits beside the project checkout (../shared), on developer machines and in CI. */
export const SHARED_DIR = resolve(__dirname, '../../../shared')
export const SEED_TEXT_PATH = join(SHARED_DIR, 'seed/visi-misi-kota-ternate-2021-2026.txt')
