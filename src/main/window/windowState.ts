// Remembers the main window's size, position and maximized flag in window-state.json in
// the data folder. Parsing and clamping are pure so they are tested without Electron.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { screen, type BrowserWindow } from 'electron'

export const WINDOW_STATE_FILE_NAME = 'window-state.json'
export const MIN_WIDTH = 900
export const MIN_HEIGHT = 600
export const SAVE_DELAY_MS = 500

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  /** Absent position means "let the system centre the window". */
  x?: number
  y?: number
  width: number
  height: number
  isMaximized: boolean
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, isMaximized: false }

const isCoordinate = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 100_000
const isSize = (value: unknown, min: number): value is number => isCoordinate(value) && value >= min

/** Reads the saved JSON; anything missing, corrupt or absurd falls back to the defaults. */
export function parseWindowState(text: string | undefined): WindowState {
  let raw: unknown
  try {
    raw = text === undefined ? undefined : JSON.parse(text)
  } catch {
    return { ...DEFAULT_WINDOW_STATE }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...DEFAULT_WINDOW_STATE }
  const saved = raw as Record<string, unknown>
  const sized = isSize(saved.width, MIN_WIDTH) && isSize(saved.height, MIN_HEIGHT)
  const state: WindowState = {
    width: sized ? (saved.width as number) : DEFAULT_WINDOW_STATE.width,
    height: sized ? (saved.height as number) : DEFAULT_WINDOW_STATE.height,
    isMaximized: saved.isMaximized === true
  }
  if (sized && isCoordinate(saved.x) && isCoordinate(saved.y)) {
    state.x = saved.x
    state.y = saved.y
  }
  return state
}

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

/**
 * Keeps the window wholly on a display: the one it overlaps most, or the first (primary)
 * work area when it is off every display. Shrinks it to fit that work area.
 */
export function clampToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0 || state.x === undefined || state.y === undefined) return state
  const bounds: Rect = { x: state.x, y: state.y, width: state.width, height: state.height }
  let area = workAreas[0]
  let best = overlapArea(bounds, area)
  for (const candidate of workAreas.slice(1)) {
    const overlap = overlapArea(bounds, candidate)
    if (overlap > best) [area, best] = [candidate, overlap]
  }
  const width = Math.min(state.width, area.width)
  const height = Math.min(state.height, area.height)
  const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max)
  return {
    ...state,
    width,
    height,
    x: clamp(state.x, area.x, area.x + area.width - width),
    y: clamp(state.y, area.y, area.y + area.height - height)
  }
}

/** The saved state, clamped to the displays attached now (primary first). */
export function loadWindowState(dataDir: string): WindowState {
  let text: string | undefined
  try {
    text = readFileSync(join(dataDir, WINDOW_STATE_FILE_NAME), 'utf8')
  } catch {
    text = undefined
  }
  const primary = screen.getPrimaryDisplay()
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id)
  return clampToDisplays(
    parseWindowState(text),
    [primary, ...others].map((display) => display.workArea)
  )
}

export function saveWindowState(dataDir: string, state: WindowState): void {
  const file = join(dataDir, WINDOW_STATE_FILE_NAME)
  try {
    // Write then rename, so a crash mid-write never leaves half a file.
    writeFileSync(`${file}.tmp`, JSON.stringify(state))
    renameSync(`${file}.tmp`, file)
  } catch (error) {
    console.error('Selaras: cannot save window state', error)
  }
}

/** The state to save: normal (unmaximized) bounds plus the maximized flag. */
export function currentWindowState(window: BrowserWindow): WindowState {
  const bounds = window.isMaximized() || window.isMinimized() ? window.getNormalBounds() : window.getBounds()
  return { ...bounds, isMaximized: window.isMaximized() }
}

/** Saves SAVE_DELAY_MS after the last resize or move, and at once when the window closes. */
export function trackWindowState(window: BrowserWindow, dataDir: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const scheduleSave = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      if (!window.isDestroyed()) saveWindowState(dataDir, currentWindowState(window))
    }, SAVE_DELAY_MS)
  }
  window.on('resize', scheduleSave)
  window.on('move', scheduleSave)
  window.on('maximize', scheduleSave)
  window.on('unmaximize', scheduleSave)
  window.on('close', () => {
    clearTimeout(timer)
    timer = undefined
    saveWindowState(dataDir, currentWindowState(window))
  })
}
