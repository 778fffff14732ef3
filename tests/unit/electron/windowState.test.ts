import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  clampToDisplays,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  parseWindowState,
  SAVE_DELAY_MS,
  saveWindowState,
  trackWindowState,
  WINDOW_STATE_FILE_NAME,
  type Rect
} from '../../../src/main/window/windowState'
import { displays, FakeBrowserWindow } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule)

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 }
const rightScreen: Rect = { x: 1920, y: 0, width: 1280, height: 1024 }

describe('parseWindowState', () => {
  it.each([
    ['no file', undefined],
    ['corrupt JSON', '{"width": 1200, "hei'],
    ['an array', '[1,2,3]'],
    ['null', 'null'],
    ['a string', '"big"']
  ])('falls back to the defaults for %s', (_label, text) => {
    expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE)
  })

  it('reads saved bounds and the maximized flag', () => {
    const text = JSON.stringify({ x: 40, y: 30, width: 1400, height: 900, isMaximized: true })
    expect(parseWindowState(text)).toEqual({ x: 40, y: 30, width: 1400, height: 900, isMaximized: true })
  })

  it('rejects sizes below the minimum or not whole numbers, and odd flags', () => {
    expect(parseWindowState('{"x":0,"y":0,"width":10,"height":10}')).toEqual(DEFAULT_WINDOW_STATE)
    expect(parseWindowState('{"x":0,"y":0,"width":"1400","height":900}')).toEqual(DEFAULT_WINDOW_STATE)
    expect(parseWindowState('{"x":0,"y":0,"width":1400.5,"height":900}')).toEqual(DEFAULT_WINDOW_STATE)
    expect(parseWindowState('{"width":1400,"height":900,"isMaximized":"yes"}').isMaximized).toBe(false)
  })

  it('drops a position that is not a pair of whole numbers but keeps the size', () => {
    expect(parseWindowState('{"x":"a","y":5,"width":1400,"height":900}')).toEqual({
      width: 1400,
      height: 900,
      isMaximized: false
    })
    expect(parseWindowState('{"x":1e9,"y":5,"width":1400,"height":900}').x).toBeUndefined()
  })
})

describe('clampToDisplays', () => {
  it('leaves a window that is fully visible alone', () => {
    const state = { x: 100, y: 50, width: 1200, height: 800, isMaximized: false }
    expect(clampToDisplays(state, [primary, rightScreen])).toEqual(state)
  })

  it('brings a window from a display that is gone back onto the primary', () => {
    const state = { x: 5000, y: 3000, width: 1200, height: 800, isMaximized: false }
    expect(clampToDisplays(state, [primary])).toEqual({ x: 720, y: 240, width: 1200, height: 800, isMaximized: false })
  })

  it('pulls a window hanging off an edge fully onto its display', () => {
    const state = { x: -300, y: -50, width: 1200, height: 800, isMaximized: false }
    expect(clampToDisplays(state, [primary])).toMatchObject({ x: 0, y: 0, width: 1200, height: 800 })
  })

  it('keeps a window on the secondary display it mostly overlaps', () => {
    const state = { x: 2200, y: 100, width: 1200, height: 800, isMaximized: false }
    expect(clampToDisplays(state, [primary, rightScreen])).toMatchObject({ x: 2000, y: 100, width: 1200, height: 800 })
  })

  it('shrinks a window larger than the display', () => {
    const state = { x: 0, y: 0, width: 3000, height: 2000, isMaximized: true }
    expect(clampToDisplays(state, [primary])).toEqual({ ...primary, isMaximized: true })
  })

  it('leaves an unpositioned window for the system to centre', () => {
    expect(clampToDisplays(DEFAULT_WINDOW_STATE, [primary])).toEqual(DEFAULT_WINDOW_STATE)
  })
})

describe('load, save and track', () => {
  let dataDir: string
  const stateFile = () => join(dataDir, WINDOW_STATE_FILE_NAME)
  const saved = () => JSON.parse(readFileSync(stateFile(), 'utf8')) as Record<string, unknown>

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'selaras-window-'))
  })
  afterEach(() => {
    vi.useRealTimers()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('round-trips through window-state.json and clamps to the current displays', () => {
    saveWindowState(dataDir, { x: 50, y: 60, width: 1300, height: 850, isMaximized: true })
    expect(loadWindowState(dataDir)).toEqual({ x: 50, y: 60, width: 1300, height: 850, isMaximized: true })
    saveWindowState(dataDir, { x: 9000, y: 60, width: 1300, height: 850, isMaximized: false })
    expect(loadWindowState(dataDir)).toMatchObject({ x: displays[0].workArea.width - 1300, y: 60 })
  })

  it('loads the defaults when the file is corrupt or absent', () => {
    expect(loadWindowState(dataDir)).toEqual(DEFAULT_WINDOW_STATE)
    writeFileSync(stateFile(), '\u0000garbage')
    expect(loadWindowState(dataDir)).toEqual(DEFAULT_WINDOW_STATE)
  })

  it('saves once, SAVE_DELAY_MS after the last resize or move', () => {
    vi.useFakeTimers()
    const window = new FakeBrowserWindow({ x: 10, y: 20, width: 1000, height: 700 })
    trackWindowState(window as unknown as BrowserWindow, dataDir)
    window.emit('resize')
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1)
    window.bounds = { x: 30, y: 40, width: 1100, height: 750 }
    window.emit('move')
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1)
    expect(existsSync(stateFile())).toBe(false)
    vi.advanceTimersByTime(1)
    expect(saved()).toEqual({ x: 30, y: 40, width: 1100, height: 750, isMaximized: false })
  })

  it('saves at once on close, with the normal bounds of a maximized window', () => {
    vi.useFakeTimers()
    const window = new FakeBrowserWindow({ x: 10, y: 20, width: 1000, height: 700 })
    trackWindowState(window as unknown as BrowserWindow, dataDir)
    window.maximized = true
    window.bounds = { ...primary }
    window.emit('maximize')
    window.emit('close')
    expect(saved()).toEqual({ x: 10, y: 20, width: 1000, height: 700, isMaximized: true })
    // The pending debounced save was cancelled: nothing overwrites the close-time state.
    window.normalBounds = { x: 0, y: 0, width: 950, height: 650 }
    vi.runAllTimers()
    expect(saved()).toMatchObject({ width: 1000 })
  })
})
