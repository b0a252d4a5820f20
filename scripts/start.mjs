// `npm start`: runs the bundled action as a GitHub runner would and prints its outputs and job
// summary as text. Without Boomi credentials it targets the built-in fake Boomi (a sample
// account on 127.0.0.1), so anyone sees a release work without a Boomi account. With
// BOOMI_ACCOUNT_ID, BOOMI_USERNAME and BOOMI_API_TOKEN set it targets that real account.
// The log reads as the runner would show it: workflow commands (`::add-mask::`, `::group::`,
// `::error::`, …) become plain lines, and masked values are shown as ***.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startFakeBoomi } from '../__tests__/fake-boomi/server.mjs'
import { IDS, sampleAccount } from '../__tests__/fake-boomi/sample-account.mjs'
import { ACTION_ENTRY, runAction } from '../__tests__/helpers/run-action.mjs'

const here = dirname(fileURLToPath(import.meta.url))

if (!existsSync(ACTION_ENTRY)) {
  console.error('dist/index.js is missing: run `npm run package` first.')
  process.exit(1)
}

const real = ['BOOMI_ACCOUNT_ID', 'BOOMI_USERNAME', 'BOOMI_API_TOKEN'].every((name) => process.env[name])
const log = readableLog()
const run = real ? await againstRealAccount() : await againstFake()
log.end()
// Everything printed goes through the same masking: no credential reaches this terminal.
if (run.stderr) process.stderr.write(log.mask(run.stderr))
console.log(`\nExit code: ${run.code}`)
console.log('\n── Outputs ──')
for (const [name, value] of Object.entries(run.outputs)) console.log(log.mask(`${name}: ${name === 'result' ? JSON.stringify(JSON.parse(value), null, 2) : value}`))
console.log('\n── Job summary ──')
console.log(log.mask(htmlToText(run.summary)))
process.exitCode = run.code ?? 1

async function againstFake() {
  const fake = await startFakeBoomi(sampleAccount())
  console.log(`No Boomi credentials in the environment: using the fake Boomi at ${fake.baseUrl} (sample account ${IDS.account}).`)
  console.log('Sample release: package "Nightly Orders Sync" and "Orders API" as 1.0.0, deploy to TEST, set extensions and schedules.\n')
  try {
    return await runAction({
      inputs: {
        'account-id': IDS.account,
        username: 'ci@acme.example',
        'api-token': fake.state.token,
        'base-url': fake.baseUrl,
        'component-ids': `${IDS.component.nightly}\n${IDS.component.ordersApi}`,
        'package-version': '1.0.0',
        environment: 'TEST',
        extensions: 'scripts/sample/test.extensions.yml',
        schedules: 'scripts/sample/schedules.yml'
      },
      env: { ORDERS_DB_PASSWORD: 'sample-secret-password' },
      workspace: join(here, '..'),
      onStdout: log.write
    })
  } finally {
    await fake.close()
  }
}

async function againstRealAccount() {
  const env = process.env
  if (!env.BOOMI_COMPONENT_IDS) {
    console.error('Set BOOMI_COMPONENT_IDS (and optionally BOOMI_ENVIRONMENT, BOOMI_PACKAGE_VERSION, BOOMI_DRY_RUN, BOOMI_BASE_URL) to run against a real account.')
    process.exit(1)
  }
  const target = env.BOOMI_ENVIRONMENT ? `deploy to ${env.BOOMI_ENVIRONMENT}` : 'package only'
  const dry = env.BOOMI_DRY_RUN === 'true'
  console.log(`Targeting the REAL Boomi account ${env.BOOMI_ACCOUNT_ID}: ${dry ? 'dry run, nothing will change' : `this WILL change it (${target})`}.\n`)
  return runAction({
    inputs: {
      'account-id': env.BOOMI_ACCOUNT_ID,
      username: env.BOOMI_USERNAME,
      'api-token': env.BOOMI_API_TOKEN,
      'base-url': env.BOOMI_BASE_URL,
      'component-ids': env.BOOMI_COMPONENT_IDS,
      'package-version': env.BOOMI_PACKAGE_VERSION,
      environment: env.BOOMI_ENVIRONMENT,
      'dry-run': dry ? 'true' : 'false'
    },
    workspace: process.cwd(),
    onStdout: log.write
  })
}

/**
 * The action's stdout as the runner's log shows it. Debug lines only with RUNNER_DEBUG=1, as on a
 * runner with debug logging on.
 */
function readableLog() {
  // The credentials are masked from the start, not only once the action has registered them.
  const token = process.env.BOOMI_API_TOKEN
  const user = (process.env.BOOMI_USERNAME ?? '').replace(/^BOOMI_TOKEN\./, '')
  const masks = token ? [token, Buffer.from(`BOOMI_TOKEN.${user}:${token}`).toString('base64')] : []
  let partial = ''
  const mask = (text) => masks.reduce((t, secret) => t.split(secret).join('***'), text)
  const unescape = (text) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
  const label = { error: 'Error', warning: 'Warning', notice: 'Notice', debug: 'Debug' }
  const show = (line) => {
    const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line)
    if (!command) return console.log(mask(line))
    const [, name, data] = command
    const message = unescape(data)
    if (name === 'add-mask') masks.push(message)
    else if (name === 'group') console.log(`\n▸ ${mask(message)}`)
    else if (name in label && (name !== 'debug' || process.env.RUNNER_DEBUG === '1')) console.log(`${label[name]}: ${mask(message)}`)
  }
  return {
    mask,
    write(chunk) {
      const lines = (partial + chunk).split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) show(line.replace(/\r$/, ''))
    },
    end() {
      if (partial) show(partial)
      partial = ''
    }
  }
}

/** Enough HTML → text for the job summary: headings, paragraphs and aligned tables. */
function htmlToText(html) {
  const text = html.replace(/<table>([\s\S]*?)<\/table>/g, (_, table) => `\n${tableToText(table)}\n`)
  return decode(
    text
      .replace(/<h\d>(.*?)<\/h\d>/g, '\n$1\n')
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<li>/g, '\n- ')
      .replace(/<\/p>|<\/details>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/\n{3,}/g, '\n\n')
  ).trim()
}

function tableToText(table) {
  const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => decode(cell.replace(/<br>/g, '; ').replace(/<[^>]+>/g, '')))
  )
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()
  return [line(rows[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n')
}

function decode(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
}
