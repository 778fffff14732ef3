// npm start: runs Selaras in Electron when its binary can be had, otherwise in browser mode
// (out/main/serve.js). Arguments after `npm start --` (e.g. --port, --data-dir) pass through.
// For Electron, better-sqlite3 is rebuilt for Electron's ABI into .cache/electron-native/,
// never in node_modules: a failed rebuild there would delete the working Node build.
import { spawnSync } from 'node:child_process'
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const electronDir = join(root, 'node_modules', 'electron')
const passThrough = process.argv.slice(2)
const rebuildLog = join(root, '.cache', 'electron-native', 'rebuild.log')

function run(command, args, options = {}) {
  // npx is a .cmd script on Windows, which needs a shell; executables run directly.
  const shell = process.platform === 'win32' && command === 'npx'
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell, ...options })
  return result.error ? 1 : (result.status ?? 1)
}

/** The Electron executable when electron's package has downloaded it, else undefined. */
function installedElectron() {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

/** electron 45 downloads its binary on the first require(); try that once, for at most 2 min. */
function obtainElectron() {
  const installed = installedElectron()
  if (installed) return { binary: installed }
  const result = spawnSync(process.execPath, ['-e', "require('electron')"], {
    cwd: root,
    stdio: 'ignore',
    timeout: 120_000
  })
  const binary = installedElectron()
  if (binary) return { binary }
  const why = result.error?.code === 'ETIMEDOUT' ? 'waktu unduh habis' : 'tidak dapat diunduh'
  return { reason: `binary Electron tidak tersedia dan ${why}` }
}

function electronVersion() {
  return JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version
}

/** node-gyp ships inside npm; when this Node has no bundled npm, npx fetches it. */
function nodeGypCommand() {
  const bundled = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
  const windowsBundled = join(dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
  for (const candidate of [bundled, windowsBundled]) {
    if (existsSync(candidate)) return { command: process.execPath, prefix: [candidate] }
  }
  // `--nodedir=` stops npx passing ~/.npmrc's nodedir on to node-gyp (it would build for Node).
  return { command: 'npx', prefix: ['--yes', '--nodedir=', 'node-gyp'] }
}

/** Path of an Electron-ABI better_sqlite3.node, building it if needed; undefined on failure. */
function electronSqliteBinding(version) {
  const dir = join(root, '.cache', 'electron-native', `better-sqlite3-electron-${version}`)
  const binding = join(dir, 'build', 'Release', 'better_sqlite3.node')
  if (existsSync(binding)) return binding
  const source = join(root, 'node_modules', 'better-sqlite3')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  // Copy the sources without the Node build: node-gyp must not reuse any of it.
  cpSync(source, dir, {
    recursive: true,
    dereference: true,
    filter: (path) => {
      const inside = relative(source, path)
      return inside !== 'build' && !inside.startsWith(`build${sep}`)
    }
  })
  const env = { ...process.env }
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key]
  const gyp = nodeGypCommand()
  console.log(`Selaras: membangun better-sqlite3 untuk Electron ${version} (sekali saja, sekitar 2 menit).`)
  // The compiler's output goes to a log, named in the one-sentence message on failure.
  const log = openSync(rebuildLog, 'w')
  const status = run(
    gyp.command,
    [...gyp.prefix, 'rebuild', '--release', '--runtime=electron', `--target=${version}`, '--dist-url=https://electronjs.org/headers'],
    { cwd: dir, env, stdio: ['ignore', log, log] }
  )
  closeSync(log)
  if (status !== 0 || !existsSync(binding)) return undefined
  // The headers node-gyp used live in a folder named after the target: a Node build would not say so.
  const config = join(dir, 'build', 'config.gypi')
  if (!existsSync(config) || !readFileSync(config, 'utf8').includes(version)) {
    rmSync(dir, { recursive: true, force: true })
    return undefined
  }
  return binding
}

function build() {
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const status = existsSync(cli) ? run(process.execPath, [cli, 'build']) : run('npx', ['electron-vite', 'build'])
  if (status !== 0) {
    console.error('Selaras: build gagal; lihat pesan di atas.')
    process.exit(status)
  }
}

function startBrowserMode(sentence) {
  console.log(sentence)
  build()
  process.exit(run(process.execPath, [join(root, 'out', 'main', 'serve.js'), ...passThrough]))
}

function startElectron(binary) {
  const version = electronVersion()
  const binding = electronSqliteBinding(version)
  if (!binding) {
    startBrowserMode(
      `Selaras: better-sqlite3 tidak dapat dibangun ulang untuk Electron ${version} (header Electron tidak dapat diunduh atau kompilasi gagal, lihat ${relative(root, rebuildLog)}); membuka mode browser.`
    )
    return
  }
  build()
  const env = { ...process.env, SELARAS_ELECTRON_SQLITE_BINDING: binding }
  delete env.ELECTRON_RUN_AS_NODE
  process.exit(run(binary, ['.', ...passThrough], { env }))
}

const electron = obtainElectron()
if (electron.binary) {
  startElectron(electron.binary)
} else {
  startBrowserMode(`Selaras: Electron tidak dapat dijalankan di mesin ini (${electron.reason}); membuka mode browser.`)
}
