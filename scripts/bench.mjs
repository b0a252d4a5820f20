// @ts-check
/**
 * `npm run bench`: how close the bundled action (dist/index.js) comes to a perfect client when it
 * packages and deploys N components against the fake Boomi (50 ms latency, 10 req/s limit), compared
 * with a strictly sequential baseline (scripts/bench-baseline.mjs), plus the action's start-up cost.
 *
 * Targets at 24 components (the exit code is non-zero when one fails):
 *   requests <= 1.25 x minimal        wall time <= 1.5 x rate-limit bound (minimal requests / 10 req/s)
 *   at a 5 req/s limit: wall time <= 1.3 x its bound
 * Informational: start-up ratio <= 3x `node -e ''`; code loaded at start-up (dist/index.js and the
 * chunks it imports statically) <= 1 MiB.
 *
 * Everything runs on 127.0.0.1; every loop and child process is bounded. node 20+ built-ins only.
 * `npm run bench -- --startup` measures only the start-up (a few seconds instead of minutes).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startFakeBoomi } from '../__tests__/fake-boomi/server.mjs'
import { benchComponentId, IDS, manyComponents } from '../__tests__/fake-boomi/sample-account.mjs'
import { ACTION_ENTRY, runAction } from '../__tests__/helpers/run-action.mjs'
import { runSequentialBaseline } from './bench-baseline.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SIZES = [1, 8, 24]
const TARGET_SIZE = 24
const LATENCY_MS = 50
const RATE_LIMIT = 10
const SLOW_RATE_LIMIT = 5
const BASELINE_PAUSE_MS = 200
const TARGET_REQUESTS_RATIO = 1.25
const TARGET_WALL_RATIO = 1.5
/** An account on the older 5 req/s limit: the throttle must find it and stay there. */
const TARGET_SLOW_WALL_RATIO = 1.3
const TARGET_STARTUP_RATIO = 3
const TARGET_SIZE_BYTES = 1024 * 1024
const STARTUP_RUNS = 15
const STARTUP_WARMUP = 2
/** A single action run is killed after this long (the whole bench should stay under ~2 minutes). */
const RUN_TIMEOUT_MS = 45_000
const PACKAGE_VERSION = '1.0.0-bench'
const USERNAME = 'ci@acme.example'
const TOKEN = 'tok-0123456789abcdef'

// ------------------------------------------------------------------ helpers

/** @param {number} n @param {number} [digits] */
const fixed = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a')
/** @param {number} ms */
const secs = (ms) => fixed(ms / 1000, 2)
/** @param {number[]} values */
function median(values) {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? /** @type {number} */ (s[mid]) : (/** @type {number} */ (s[mid - 1]) + /** @type {number} */ (s[mid])) / 2
}

/**
 * Requests a perfect client needs to package and deploy n components on a first run: the environment
 * query, bulk GETs of 100 ids, one PackagedComponent and one DeployedPackage query per 50 ids (OR
 * groups), then one package create and one deployment create per component.
 * @param {number} n
 */
function minimalRequests(n) {
  return 1 + Math.ceil(n / 100) + 2 * Math.ceil(n / 50) + 2 * n
}

/**
 * Markdown table.
 * @param {string[]} header
 * @param {(string | number)[][]} rows
 */
function table(header, rows) {
  const cells = [header, ...rows.map((r) => r.map(String))]
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)))
  /** @param {string[]} r */
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n')
}

/** Newest modification time (ms) of the files under dir. @param {string} dir */
function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const full = join(entry.parentPath ?? /** @type {any} */ (entry).path, entry.name)
    newest = Math.max(newest, statSync(full).mtimeMs)
  }
  return newest
}

// ------------------------------------------------------------------ running the action

/** @typedef {import('../__tests__/helpers/run-action.mjs').ActionRun} ActionRun */

/**
 * Runs `node dist/index.js` as a GitHub runner does (the tests' harness), killed after RUN_TIMEOUT_MS.
 * @param {Record<string, string>} inputs
 */
async function runActionTimed(inputs) {
  const run = await runAction({ inputs, timeoutMs: RUN_TIMEOUT_MS })
  return { ...run, stdout: run.stdout + run.stderr }
}

/**
 * @typedef {Object} CaseResult
 * @property {number} n
 * @property {number} limit
 * @property {number | null} code
 * @property {boolean} ok          exit 0 and every component deployed (outputs and fake state agree)
 * @property {string} problem
 * @property {number} requests
 * @property {number} rateLimited
 * @property {number} minimal
 * @property {number} boundMs
 * @property {number} wallMs
 * @property {{ startupMs: number, readsMs: number, writesMs: number, tailMs: number, writeRate: number, peakWindow: number, readOffsets: string, recoverQueries: number }} phases
 */

/**
 * Where the time of a run went, from the fake's request log (arrival times) and the run's own clock.
 * @param {import('../__tests__/fake-boomi/server.mjs').LoggedRequest[]} log
 * @param {ActionRun} run
 */
function phases(log, run) {
  const nan = { startupMs: NaN, readsMs: NaN, writesMs: NaN, tailMs: NaN, writeRate: NaN, peakWindow: 0, readOffsets: '', recoverQueries: 0 }
  if (log.length === 0) return nan
  const first = /** @type {NonNullable<(typeof log)[0]>} */ (log[0])
  const last = /** @type {NonNullable<(typeof log)[0]>} */ (log[log.length - 1])
  const isCreate = (/** @type {(typeof log)[0]} */ r) => r.method === 'POST' && (r.path === '/PackagedComponent' || r.path === '/DeployedPackage')
  const firstCreate = log.find(isCreate)
  const creates = log.filter(isCreate)
  const endOfRequests = last.at + LATENCY_MS
  // Arrival of each read before the first create, ms after the first request (shows overlap and pacing).
  const reads = log.filter((r) => !isCreate(r) && (!firstCreate || r.at < firstCreate.at))
  const readOffsets = reads.map((r) => r.at - first.at).join('/')
  // Queries sent once creating started: lookups after a failed create (recovery), not part of a perfect run.
  const recoverQueries = firstCreate ? log.filter((r) => !isCreate(r) && r.at >= firstCreate.at).length : 0
  // Most requests admitted in any 1000 ms window (what the fake's limiter saw).
  const admitted = log.filter((r) => r.status !== 503).map((r) => r.at)
  let peakWindow = 0
  for (let i = 0, j = 0; i < admitted.length; i++) {
    while (/** @type {number} */ (admitted[i]) - /** @type {number} */ (admitted[j]) >= 1000) j++
    peakWindow = Math.max(peakWindow, i - j + 1)
  }
  const lastCreate = creates[creates.length - 1]
  return {
    startupMs: first.at - run.startedAt,
    readsMs: firstCreate ? firstCreate.at - first.at : endOfRequests - first.at,
    writesMs: firstCreate ? endOfRequests - firstCreate.at : 0,
    tailMs: run.startedAt + run.wallMs - endOfRequests,
    writeRate: firstCreate && lastCreate && creates.length > 1 ? ((creates.length - 1) * 1000) / (lastCreate.at - firstCreate.at) : NaN,
    peakWindow,
    readOffsets,
    recoverQueries
  }
}

/**
 * Packages and deploys n components to TEST with the bundled action against a fresh fake.
 * @param {number} n
 * @param {number} limit  the fake's rate limit (req/s)
 * @returns {Promise<CaseResult>}
 */
async function actionCase(n, limit) {
  const fake = await startFakeBoomi(manyComponents(n), { rateLimit: limit, latencyMs: LATENCY_MS })
  try {
    const ids = Array.from({ length: n }, (_, i) => benchComponentId(i + 1))
    const run = await runActionTimed({
      'account-id': IDS.account,
      username: USERNAME,
      'api-token': TOKEN,
      'base-url': fake.baseUrl,
      'component-ids': ids.join('\n'),
      'package-version': PACKAGE_VERSION,
      environment: 'TEST'
    })
    const deploymentIds = safeJsonArray(run.outputs['deployment-ids'])
    const activeInTest = fake.state.deployments.filter((d) => d.active && d.environmentId === IDS.env.TEST && ids.includes(d.componentId))
    let problem = ''
    if (run.timedOut) problem = `killed after ${RUN_TIMEOUT_MS / 1000} s`
    else if (run.code !== 0) problem = `exit ${run.code}: ${lastErrorLine(run.stdout)}`
    else if (deploymentIds.length !== n) problem = `deployment-ids has ${deploymentIds.length} of ${n}`
    else if (activeInTest.length !== n) problem = `${activeInTest.length} of ${n} active in TEST`
    const minimal = minimalRequests(n)
    return {
      n,
      limit,
      code: run.code,
      ok: problem === '',
      problem,
      requests: fake.requests.length,
      rateLimited: fake.requests.filter((r) => r.status === 503).length,
      minimal,
      boundMs: (minimal / limit) * 1000,
      wallMs: run.wallMs,
      phases: phases(fake.requests, run)
    }
  } finally {
    await fake.close()
  }
}

/** @param {string | undefined} text @returns {unknown[]} */
function safeJsonArray(text) {
  try {
    const v = JSON.parse(text ?? '[]')
    return Array.isArray(v) ? v : []
  } catch {
    return []
  }
}

/** @param {string} stdout */
function lastErrorLine(stdout) {
  const line = stdout.split('\n').find((l) => l.startsWith('::error::')) ?? stdout.trim().split('\n').pop() ?? ''
  return line.replace(/^::error::/, '').replace(/%0A/g, ' ').slice(0, 160)
}

/**
 * @typedef {Object} BaselineCase
 * @property {number} n
 * @property {boolean} ok
 * @property {string} problem
 * @property {number} requests
 * @property {number} rateLimited
 * @property {number} wallMs
 */

/**
 * The sequential baseline against a fresh fake with the same latency and limit.
 * @param {number} n
 * @returns {Promise<BaselineCase>}
 */
async function baselineCase(n) {
  const fake = await startFakeBoomi(manyComponents(n), { rateLimit: RATE_LIMIT, latencyMs: LATENCY_MS })
  try {
    const ids = Array.from({ length: n }, (_, i) => benchComponentId(i + 1))
    const t0 = performance.now()
    let problem = ''
    try {
      const r = await runSequentialBaseline({
        accountUrl: fake.accountUrl,
        authorization: fake.authorization,
        environment: 'TEST',
        componentIds: ids,
        packageVersion: PACKAGE_VERSION,
        notes: 'boomi-deploy bench baseline',
        pauseMs: BASELINE_PAUSE_MS
      })
      if (r.deployments !== n) problem = `${r.deployments} of ${n} deployed`
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error)
    }
    const wallMs = performance.now() - t0
    return {
      n,
      ok: problem === '',
      problem,
      requests: fake.requests.length,
      rateLimited: fake.requests.filter((r) => r.status === 503).length,
      wallMs
    }
  } finally {
    await fake.close()
  }
}

// ------------------------------------------------------------------ start-up

/**
 * Median wall time of `node dist/index.js` without inputs (fails fast on the first missing input) and
 * of `node -e ''`, alternating, with a clean environment (PATH, and GITHUB_OUTPUT so @actions/core
 * writes outputs to a file instead of printing set-output commands).
 */
function startup() {
  const dir = mkdtempSync(join(tmpdir(), 'boomi-deploy-bench-startup-'))
  try {
    const outputFile = join(dir, 'github_output')
    writeFileSync(outputFile, '')
    const env = { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: outputFile }
    /** @param {string[]} args */
    const time = (args) => {
      const t0 = performance.now()
      const r = spawnSync(process.execPath, args, { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 })
      return { ms: performance.now() - t0, status: r.status, stdout: String(r.stdout ?? '') }
    }
    /** @type {number[]} */
    const bare = []
    /** @type {number[]} */
    const action = []
    let actionStatus = /** @type {number | null} */ (null)
    let actionOut = ''
    for (let i = 0; i < STARTUP_WARMUP + STARTUP_RUNS; i++) {
      // Alternate which one goes first, so neither always runs on a warmer system.
      const order = i % 2 === 0 ? ['bare', 'action'] : ['action', 'bare']
      for (const which of order) {
        const r = which === 'bare' ? time(['-e', '']) : time([ACTION_ENTRY])
        if (which === 'action') {
          actionStatus = r.status
          actionOut = r.stdout
        }
        if (i >= STARTUP_WARMUP) (which === 'bare' ? bare : action).push(r.ms)
      }
    }
    const failedFast = actionStatus === 1 && /::error::Input '[^']+' is required/.test(actionOut)
    return { bareMs: median(bare), actionMs: median(action), failedFast, actionStatus, sizeBytes: startupFiles().reduce((sum, file) => sum + statSync(file).size, 0) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** dist/index.js and every chunk it imports statically, directly or not: what loads at start-up. */
function startupFiles() {
  const files = new Set([ACTION_ENTRY])
  for (const file of files) {
    const code = readFileSync(file, 'utf8')
    for (const [, chunk] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+)["']/g)) files.add(join(dirname(file), /** @type {string} */ (chunk)))
  }
  return [...files]
}

// ------------------------------------------------------------------ main

async function main() {
  const benchStarted = performance.now()
  /** @type {string[]} */
  const warnings = []
  let distStale = false
  try {
    const distTime = statSync(ACTION_ENTRY).mtimeMs
    const srcTime = newestMtime(join(ROOT, 'src'))
    if (srcTime > distTime) {
      distStale = true
      warnings.push(
        `dist/index.js (${new Date(distTime).toISOString()}) is older than the newest file in src/ (${new Date(srcTime).toISOString()}): ` +
          'it may be stale; the numbers are for the bundle as built (rebuild with `npm run package`).'
      )
    }
  } catch (error) {
    console.error(`bench: cannot read ${ACTION_ENTRY}: ${error instanceof Error ? error.message : error}`)
    process.exit(2)
  }

  console.log(`boomi-deploy bench — fake Boomi: ${LATENCY_MS} ms latency, ${RATE_LIMIT} req/s limit; node ${process.version}`)

  /** @type {CaseResult[]} */
  const cases = []
  for (const n of SIZES) {
    const c = await actionCase(n, RATE_LIMIT)
    cases.push(c)
    console.log(`  action   N=${String(n).padStart(2)}: ${c.ok ? 'ok' : `FAILED (${c.problem})`}, ${c.requests} requests, ${c.rateLimited} x 503, ${secs(c.wallMs)} s`)
  }
  const slow = await actionCase(TARGET_SIZE, SLOW_RATE_LIMIT)
  console.log(`  action   N=${TARGET_SIZE} at ${SLOW_RATE_LIMIT} req/s: ${slow.ok ? 'ok' : `FAILED (${slow.problem})`}, ${slow.requests} requests, ${slow.rateLimited} x 503, ${secs(slow.wallMs)} s`)

  /** @type {BaselineCase[]} */
  const baselines = []
  for (const n of SIZES) {
    const b = await baselineCase(n)
    baselines.push(b)
    console.log(`  baseline N=${String(n).padStart(2)}: ${b.ok ? 'ok' : `FAILED (${b.problem})`}, ${b.requests} requests, ${b.rateLimited} x 503, ${secs(b.wallMs)} s`)
  }

  const start = startup()
  console.log(`  start-up: node -e '' ${fixed(start.bareMs, 0)} ms, dist/index.js ${fixed(start.actionMs, 0)} ms`)
  if (!start.failedFast) warnings.push(`dist/index.js without inputs exited ${start.actionStatus} without the expected "Input '…' is required" error: the start-up figure may not be a fail-fast run.`)

  // ---------------------------------------------------------------- report
  const out = []
  out.push('', `### boomi-deploy bench (fake Boomi: ${LATENCY_MS} ms latency per request)`, '')
  out.push('Action (`node dist/index.js`, package + deploy N components to TEST, first run):', '')
  out.push(
    table(
      ['N', 'limit', 'result', 'requests', '503s', 'minimal', 'req ÷ min', 'wall s', 'bound s', 'wall ÷ bound'],
      [...cases, slow].map((c) => [
        c.n,
        `${c.limit}/s`,
        c.ok ? 'ok' : `FAIL (exit ${c.code})`,
        c.requests,
        c.rateLimited,
        c.minimal,
        fixed(c.requests / c.minimal),
        secs(c.wallMs),
        secs(c.boundMs),
        fixed(c.wallMs / c.boundMs)
      ])
    )
  )
  out.push('', `Where the action's time goes (from the fake's arrival log; "bound" is minimal ÷ limit):`, '')
  out.push(
    table(
      ['N', 'limit', 'spawn → 1st request s', 'reads s', 'read arrivals ms', 'creates s', 'create rate req/s', 'recover queries', 'peak req in 1 s', 'last answer → exit s'],
      [...cases, slow].map((c) => [
        c.n,
        `${c.limit}/s`,
        secs(c.phases.startupMs),
        secs(c.phases.readsMs),
        c.phases.readOffsets,
        secs(c.phases.writesMs),
        fixed(c.phases.writeRate, 1),
        c.phases.recoverQueries,
        c.phases.peakWindow,
        secs(c.phases.tailMs)
      ])
    )
  )
  out.push('', `Baseline (sequential fetch, ${BASELINE_PAUSE_MS / 1000} s pause before each call, ${RATE_LIMIT} req/s limit):`, '')
  out.push(
    table(
      ['N', 'result', 'requests', '503s', 'wall s', 'wall ÷ bound', 'action speed-up'],
      baselines.map((b) => {
        const c = cases.find((x) => x.n === b.n)
        const bound = (minimalRequests(b.n) / RATE_LIMIT) * 1000
        return [b.n, b.ok ? 'ok' : 'FAIL', b.requests, b.rateLimited, secs(b.wallMs), fixed(b.wallMs / bound), c ? `${fixed(b.wallMs / c.wallMs, 1)}×` : 'n/a']
      })
    )
  )

  const at24 = /** @type {CaseResult} */ (cases.find((c) => c.n === TARGET_SIZE))
  const targets = [
    {
      name: `requests at N=${TARGET_SIZE}`,
      value: `${at24.requests} (${fixed(at24.requests / at24.minimal)}× minimal ${at24.minimal})`,
      limit: `≤ ${TARGET_REQUESTS_RATIO}× = ${fixed(TARGET_REQUESTS_RATIO * at24.minimal, 1)}`,
      pass: at24.ok && at24.requests <= TARGET_REQUESTS_RATIO * at24.minimal,
      gate: true
    },
    {
      name: `wall time at N=${TARGET_SIZE}`,
      value: `${secs(at24.wallMs)} s (${fixed(at24.wallMs / at24.boundMs)}× bound ${secs(at24.boundMs)} s)`,
      limit: `≤ ${TARGET_WALL_RATIO}× = ${secs(TARGET_WALL_RATIO * at24.boundMs)} s`,
      pass: at24.ok && at24.wallMs <= TARGET_WALL_RATIO * at24.boundMs,
      gate: true
    },
    {
      name: `N=${TARGET_SIZE} at ${SLOW_RATE_LIMIT} req/s`,
      value: `${slow.ok ? 'ok' : slow.problem}; ${slow.rateLimited} × 503 absorbed, ${fixed(slow.wallMs / slow.boundMs)}× bound`,
      limit: `exit 0, all deployed, ≤ ${TARGET_SLOW_WALL_RATIO}× bound`,
      pass: slow.ok && slow.wallMs <= TARGET_SLOW_WALL_RATIO * slow.boundMs,
      gate: true
    },
    {
      name: 'start-up',
      value: `${fixed(start.actionMs, 0)} ms vs node -e '' ${fixed(start.bareMs, 0)} ms = ${fixed(start.actionMs / start.bareMs)}×`,
      limit: `≤ ${TARGET_STARTUP_RATIO}×`,
      pass: start.actionMs <= TARGET_STARTUP_RATIO * start.bareMs,
      gate: false
    },
    {
      name: 'code loaded at start-up',
      value: `${start.sizeBytes} B = ${fixed(start.sizeBytes / 1024 / 1024, 3)} MiB`,
      limit: '≤ 1 MiB',
      pass: start.sizeBytes <= TARGET_SIZE_BYTES,
      gate: false
    }
  ]
  out.push('', 'Targets:', '')
  out.push(
    table(
      ['target', 'measured', 'limit', 'result'],
      targets.map((t) => [t.name, t.value, t.limit, `${t.pass ? 'PASS' : 'FAIL'}${t.gate ? '' : ' (info)'}`])
    )
  )
  out.push('', `Start-up: median of ${STARTUP_RUNS} alternating runs each (after ${STARTUP_WARMUP} warm-up), env PATH + GITHUB_OUTPUT only.`)
  const atStart = new Set(startupFiles())
  const chunks = readdirSync(dirname(ACTION_ENTRY)).filter((f) => f.endsWith('.js') && !atStart.has(join(dirname(ACTION_ENTRY), f)))
  if (chunks.length > 0) {
    const sizes = chunks.map((f) => `${f} ${statSync(join(dirname(ACTION_ENTRY), f)).size} B`)
    out.push(`- chunks loaded on demand (not in the size target): ${sizes.join(', ')}`)
  }
  for (const c of [...cases, slow]) if (!c.ok) out.push(`- action N=${c.n} at ${c.limit}/s: ${c.problem}`)
  for (const b of baselines) if (!b.ok) out.push(`- baseline N=${b.n}: ${b.problem}`)
  for (const w of warnings) out.push(`- WARNING: ${w}`)
  out.push(`- bench took ${secs(performance.now() - benchStarted)} s${distStale ? ' (dist/ may be stale, see above)' : ''}`)
  console.log(out.join('\n'))

  const failed = targets.filter((t) => t.gate && !t.pass)
  if (failed.length > 0) {
    console.log(`\nFAIL: ${failed.map((t) => t.name).join(', ')}`)
    process.exitCode = 1
  }
}

/** The start-up figure alone, for a quick check after a change to what loads at start. */
function startupOnly() {
  const start = startup()
  const ratio = start.actionMs / start.bareMs
  console.log(`start-up: ${fixed(start.actionMs, 0)} ms vs node -e '' ${fixed(start.bareMs, 0)} ms = ${fixed(ratio)}× (target ≤ ${TARGET_STARTUP_RATIO}×); node ${process.version}`)
  console.log(`code loaded at start-up (dist/index.js and its static imports): ${start.sizeBytes} B`)
  if (!start.failedFast) console.log(`WARNING: dist/index.js without inputs exited ${start.actionStatus} without the expected "Input '…' is required" error.`)
}

if (process.argv.includes('--startup')) startupOnly()
else await main()
