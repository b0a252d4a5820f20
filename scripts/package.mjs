#!/usr/bin/env node
// `npm run package`: bundles src/ into dist/ (committed: GitHub runs dist/index.js on node24).
// One ESM entry, dist/index.js, plus chunks for what main.ts imports lazily (the Boomi client and
// planners, the YAML parser, Octokit), and dist/licenses.txt with the licence of every bundled
// package. dist/ starts empty, so no stale chunk survives.
//
// esbuild rather than ncc for one reason, start-up: @actions/core 3 imports @actions/http-client
// (and with it undici, http2, tls, zlib, worker_threads…) at load time for its OIDC client, which
// this action never calls. ncc's webpack cannot prove that module free of side effects and
// evaluates it on every start, which tripled the start-up; here it is declared free of side
// effects, so the bundler leaves it out wherever none of its exports is used (Octokit, which does
// use it, still gets it in its own chunk).
import { build } from 'esbuild'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DIST = join(ROOT, 'dist')
/** Packages whose top level only defines things: safe to drop when nothing of them is used. */
const SIDE_EFFECT_FREE = /^@actions\/http-client(\/|$)/

/** @type {import('esbuild').Plugin} */
const sideEffectFree = {
  name: 'side-effect-free',
  setup(bundler) {
    bundler.onResolve({ filter: SIDE_EFFECT_FREE }, async (args) => {
      if (args.pluginData?.resolving) return undefined
      const { path, errors } = await bundler.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { resolving: true }
      })
      return errors.length > 0 ? { errors } : { path, sideEffects: false }
    })
  }
}

/**
 * zod's `z` is a namespace object, so the bundler must keep all of it, including `z.locales`:
 * error messages in 40-odd languages, over half of the code loaded at start-up. The action uses
 * zod's default, English (which zod imports on its own); `z.locales` keeps only `en`.
 */
/** @type {import('esbuild').Plugin} */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(bundler) {
    bundler.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /node_modules\/zod\//.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-english-only', pluginData: { resolveDir: join(args.resolveDir, '..', 'locales') } } : undefined
    )
    bundler.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: "export { default as en } from './en.js'\n",
      resolveDir: args.pluginData.resolveDir
    }))
  }
}

/**
 * esbuild gives an `import()` of a CommonJS package (yaml) in another chunk only a `default`
 * export, where Node gives its named exports too (evanw/esbuild#3245). An ESM facade that
 * re-exports the names Node sees keeps `const { parseDocument } = await import('yaml')` working.
 */
/** @type {import('esbuild').Plugin} */
const commonJsDynamicImports = {
  name: 'commonjs-dynamic-imports',
  setup(bundler) {
    bundler.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData?.resolving) return undefined
      const resolved = await bundler.resolve(args.path, { kind: 'import-statement', importer: args.importer, resolveDir: args.resolveDir, pluginData: { resolving: true } })
      if (resolved.errors.length > 0 || !isCommonJs(resolved.path)) return undefined
      return { path: args.path, namespace: 'esm-facade', pluginData: { resolveDir: args.resolveDir } }
    })
    bundler.onLoad({ filter: /.*/, namespace: 'esm-facade' }, (args) => {
      const exports = createRequire(join(args.pluginData.resolveDir, 'noop.js'))(args.path)
      const names = Object.keys(exports).filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name))
      const from = JSON.stringify(args.path)
      return { contents: `export { ${names.join(', ')} } from ${from}\nexport { default } from ${from}\n`, resolveDir: args.pluginData.resolveDir }
    })
  }
}

/** A .cjs file, or a .js file whose nearest package.json does not say "type": "module". */
function isCommonJs(file) {
  if (file.endsWith('.cjs')) return true
  if (!file.endsWith('.js')) return false
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')).type !== 'module'
  }
  return true
}

rmSync(DIST, { recursive: true, force: true })
mkdirSync(DIST)
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: { index: 'src/index.ts' },
  outdir: DIST,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // The action runs on node24; node 20 is the oldest the tests run the bundle on.
  target: 'node20',
  minify: true,
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  plugins: [sideEffectFree, zodEnglishOnly, commonJsDynamicImports],
  // CommonJS dependencies (undici, tunnel) call require() for Node built-ins; ESM has none.
  banner: { js: "import{createRequire as __boomiDeployRequire}from'node:module';const require=__boomiDeployRequire(import.meta.url);" }
})
writeFileSync(join(DIST, 'package.json'), `${JSON.stringify({ type: 'module' })}\n`)
writeFileSync(join(DIST, 'licenses.txt'), licenses(result.metafile))

/** The licence text of every package with code in the bundle, by name and version. */
function licenses(metafile) {
  const packages = new Map()
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
    if (match) packages.set(match[1], true)
  }
  const sections = [...packages.keys()].sort().map((dir) => {
    const pkg = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8'))
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE'].map((name) => join(ROOT, dir, name)).find(existsSync)
    const text = file ? readFileSync(file, 'utf8').trim() : `(no licence file in the package; package.json says ${pkg.license ?? 'nothing'})`
    return `${pkg.name} ${pkg.version}\n${pkg.license ?? ''}\n${text}`
  })
  return `${sections.join('\n\n')}\n`
}

const sizes = Object.entries(result.metafile.outputs).map(([file, output]) => `${relative(ROOT, file)} ${Math.round(output.bytes / 1024)} kB`)
console.log(sizes.join('\n'))
