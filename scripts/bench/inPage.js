// Injected into every bench page (page.addInitScript) before the app's own scripts.
// Plain JS because it runs in the browser. Each measurement is armed first, then the bench
// triggers it through Playwright (click or key), then awaits window.__bench.pending.
// Times are performance.now() in the page: from the trigger event (capture phase, so before
// the app sees it) to the animation frame after the awaited DOM state first holds.
;(() => {
  const LIMIT_MS = 60000

  /** Resolves with performance.now() at the frame after check() first returns true. */
  function whenDom(check, attributes = false) {
    return new Promise((resolve, reject) => {
      let done = false
      const finish = () => {
        if (done || !check()) return
        done = true
        observer.disconnect()
        clearTimeout(timer)
        requestAnimationFrame(() => resolve(performance.now()))
      }
      const observer = new MutationObserver(finish)
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes })
      const timer = setTimeout(() => {
        observer.disconnect()
        reject(
          new Error(
            'bench: condition not met within ' + LIMIT_MS + ' ms; notice: ' + (document.querySelector('[data-testid="notice"]')?.textContent ?? '(none)')
          )
        )
      }, LIMIT_MS)
      finish()
    })
  }

  function visible(element) {
    if (!element) return false
    const box = element.getBoundingClientRect()
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden'
  }

  /** Resolves with the time of the first matching event (capture phase on window). */
  function when(type, matches) {
    return new Promise((resolve, reject) => {
      const listener = (event) => {
        if (!matches(event)) return
        window.removeEventListener(type, listener, true)
        clearTimeout(timer)
        resolve(performance.now())
      }
      // A key the page never saw must fail the run, not hang it.
      const timer = setTimeout(() => {
        window.removeEventListener(type, listener, true)
        reject(new Error('bench: no matching ' + type + ' within ' + LIMIT_MS + ' ms'))
      }, LIMIT_MS)
      window.addEventListener(type, listener, true)
    })
  }

  const text = (selector) => document.querySelector(selector)?.textContent ?? null

  /** Scrolls a grid's body so that the row with this index is rendered. */
  function scrollGridTo(gridSelector, rowIndex) {
    // AG Grid 36 scrolls .ag-grid-viewport; older versions .ag-body-viewport.
    const viewport = document.querySelector(gridSelector + ' .ag-grid-viewport') ?? document.querySelector(gridSelector + ' .ag-body-viewport')
    const any = document.querySelector(gridSelector + ' .ag-row:not(.ag-row-pinned)')
    const rowHeight = any ? any.getBoundingClientRect().height : 30
    if (viewport) viewport.scrollTop = Math.max(0, rowIndex * rowHeight - 3 * rowHeight)
  }

  async function measure(start, end) {
    const t0 = await start
    const t1 = await end
    return { t0, t1, ms: t1 - t0 }
  }

  window.__bench = {
    pending: undefined,
    scrollGridTo,
    text,
    /** Resolves after `count` animation frames. */
    frames(count) {
      return new Promise((resolve) => {
        const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)))
        step(count)
      })
    },
    /** Click anywhere -> first `selector` element visible. */
    armClickToVisible(selector) {
      const start = when('click', () => true)
      this.pending = measure(
        start,
        start.then(() => whenDom(() => visible(document.querySelector(selector)), true))
      )
    },
    /** Key -> the text of `selector` differs from what it is now. */
    armKeyToTextChange(key, selector) {
      const before = text(selector)
      const start = when('keydown', (event) => event.key === key)
      this.pending = measure(
        start,
        start.then(() => whenDom(() => text(selector) !== before))
      )
    },
    /**
     * Ctrl+V -> a new notice starting with `noticeText` and every pasted cell that is drawn when armed, just
     * before the keypress (the rows in view and AG Grid's row buffer), showing its new text. Cells are
     * [selector, text] pairs in block order; the first must be drawn.
     */
    armPaste({ noticeSelector, noticeText, cells }) {
      const oldNotice = document.querySelector(noticeSelector)
      // Looked up now, while nothing moves: 5.000 lookups after the keypress would be timed.
      const drawn = cells.filter(([selector]) => document.querySelector(selector) !== null)
      const start = when('keydown', (event) => event.key.toLowerCase() === 'v' && (event.ctrlKey || event.metaKey))
      this.pending = (async () => {
        const t0 = await start
        if (drawn.length === 0 || drawn[0] !== cells[0]) throw new Error('bench: the first pasted cell is not drawn at Ctrl+V')
        let tNotice
        const t1 = await whenDom(() => {
          const notice = document.querySelector(noticeSelector)
          if (notice === null || notice === oldNotice || !notice.textContent?.startsWith(noticeText)) return false
          tNotice ??= performance.now()
          return drawn.every(([selector, cellText]) => text(selector) === cellText)
        })
        return { t0, t1, ms: t1 - t0, noticeMs: tNotice - t0, drawnCells: drawn.length }
      })()
    },
    /** Scroll only: from setting scrollTop to `cellSelector` showing `cellText` (ms). */
    async scrollToCell(gridSelector, rowIndex, cellSelector, cellText) {
      const t0 = performance.now()
      scrollGridTo(gridSelector, rowIndex)
      return (await whenDom(() => text(cellSelector) === cellText)) - t0
    },
    /** Server share of the last call to an API channel, from resource timing. */
    lastApiTiming(channel) {
      const entries = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/api/' + channel))
      const last = entries[entries.length - 1]
      if (!last) return null
      const server = Object.fromEntries((last.serverTiming ?? []).map((entry) => [entry.name, entry.duration]))
      return {
        waitMs: last.responseStart - last.requestStart,
        downloadMs: last.responseEnd - last.responseStart,
        totalMs: last.duration,
        bytes: last.encodedBodySize,
        serverReadMs: server.read,
        serverRunMs: server.run,
        startAt: last.startTime,
        endAt: last.responseEnd
      }
    }
  }
})()
