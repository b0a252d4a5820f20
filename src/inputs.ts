// The only module that reads action inputs. Everything is parsed and validated here, before any
// request, and every error names the input and the fix. The runner does not enforce
// `required: true` from action.yml, so required inputs are checked here too.
import * as core from '@actions/core'
import { z } from 'zod'
import { looksLikeId } from './plan/resolve.js'
import { maskSecret } from './secrets.js'

export const INPUT = {
  accountId: 'account-id',
  username: 'username',
  apiToken: 'api-token',
  baseUrl: 'base-url',
  components: 'components',
  componentIds: 'component-ids',
  packageVersion: 'package-version',
  packageIds: 'package-ids',
  release: 'release',
  environment: 'environment',
  requireDeployedIn: 'require-deployed-in',
  notes: 'notes',
  listenerStatus: 'listener-status',
  extensions: 'extensions',
  extensionsUpdate: 'extensions-update',
  schedules: 'schedules',
  dryRun: 'dry-run',
  maxRequestsPerSecond: 'max-requests-per-second',
  githubDeployment: 'github-deployment',
  githubToken: 'github-token',
  command: 'command',
  allowDowngrade: 'allow-downgrade',
  onlyChanged: 'only-changed',
  failOnDrift: 'fail-on-drift'
} as const

/**
 * What a run does. `deploy`: package, deploy, extensions, schedules. `check`: change nothing and
 * report how the environment differs from what the inputs describe (drift). `rollback`: deploy the
 * package active before the current one. `undeploy`: remove the active deployments.
 */
export const COMMANDS = ['deploy', 'check', 'rollback', 'undeploy'] as const
export type Command = (typeof COMMANDS)[number]

export const DEFAULT_BASE_URL = 'https://api.boomi.com/api/rest/v1'
const TOKEN_PREFIX = 'BOOMI_TOKEN.'

export class InputError extends Error {
  override name = 'InputError'
  constructor(input: string, problem: string, fix: string) {
    super(`Input '${input}' ${problem}. ${fix}`)
  }
}

export const listenerStatusSchema = z.enum(['running', 'paused'])

const inputsSchema = z.object({
  command: z.enum(COMMANDS),
  accountId: z.string(),
  username: z.string(),
  apiToken: z.string(),
  baseUrl: z.string(),
  /** At most one of components / componentIds / packageIds is non-empty; all empty with a manifest or a check. */
  components: z.array(z.string()),
  componentIds: z.array(z.string()),
  packageIds: z.array(z.string()),
  /** Path of the release manifest. */
  release: z.string().optional(),
  /** Where `components` came from when not from the input (the manifest): the start of its messages. */
  componentsSource: z.string().optional(),
  /** Where the manifest lists the components: errors about them annotate that line. */
  componentsLocation: z.object({ file: z.string(), line: z.number().optional() }).optional(),
  packageVersion: z.string().optional(),
  environment: z.string().optional(),
  requireDeployedIn: z.string().optional(),
  notes: z.string(),
  listenerStatus: listenerStatusSchema.optional(),
  extensions: z.string().optional(),
  extensionsUpdate: z.enum(['full', 'partial']),
  schedules: z.string().optional(),
  dryRun: z.boolean(),
  maxRequestsPerSecond: z.number().positive(),
  githubDeployment: z.boolean(),
  githubToken: z.string().optional(),
  /** Deploy a package holding an older revision than the one active in the environment. */
  allowDowngrade: z.boolean(),
  /** Skip components whose current revision is already active in the environment. */
  onlyChanged: z.boolean(),
  /** `check`: fail the step when anything differs. */
  failOnDrift: z.boolean(),
  workspace: z.string()
})
export type Inputs = z.infer<typeof inputsSchema>

/** Reads, masks and validates every input. Throws InputError naming the first bad input. */
export function readInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const apiToken = required(INPUT.apiToken, 'Pass the Platform API token from a secret: api-token: ${{ secrets.BOOMI_API_TOKEN }}')
  maskSecret(apiToken)
  const username = withTokenPrefix(required(INPUT.username, 'Pass the Boomi user name (the e-mail of the user the token belongs to).'))
  const accountId = required(INPUT.accountId, "Pass the Boomi account ID (Settings › Account Information), e.g. 'acme-AB12CD'.")
  // The derived credentials would reveal the token too: mask them before anything is logged.
  const basic = Buffer.from(`${username}:${apiToken}`).toString('base64')
  maskSecret(basic)
  maskSecret(`Basic ${basic}`)

  const command = readChoice(INPUT.command, COMMANDS, 'deploy')
  const release = optional(INPUT.release)
  const { components, componentIds, packageIds } = readTargets(command, release !== undefined)
  const packageVersion = optional(INPUT.packageVersion)
  if (packageVersion !== undefined && packageIds.length > 0) {
    throw new InputError(INPUT.packageVersion, 'applies to new packages, but package-ids deploys existing ones', 'Remove package-version, or package with component-ids instead.')
  }
  const environment = optional(INPUT.environment)
  const requireDeployedIn = optional(INPUT.requireDeployedIn)
  if (requireDeployedIn !== undefined && environment === undefined) {
    throw new InputError(INPUT.requireDeployedIn, 'gates a deployment, but no environment is given', 'Set environment to the environment to promote into (e.g. PROD).')
  }
  if (requireDeployedIn !== undefined && requireDeployedIn === environment) {
    throw new InputError(INPUT.requireDeployedIn, 'names the target environment itself', 'Name the environment the packages were tested in (e.g. TEST).')
  }
  const extensions = optional(INPUT.extensions)
  const schedules = optional(INPUT.schedules)
  const listenerStatus = optional(INPUT.listenerStatus) === undefined ? undefined : readChoice(INPUT.listenerStatus, listenerStatusSchema.options, 'running')
  for (const [input, value] of [[INPUT.extensions, extensions], [INPUT.schedules, schedules], [INPUT.listenerStatus, listenerStatus]] as const) {
    if (value !== undefined && environment === undefined) {
      throw new InputError(input, 'applies to an environment, but none is given', 'Set environment (name or ID).')
    }
  }
  const revisions = readRevisionChoices(command, { environment, packageIds, requireDeployedIn })
  checkCommand(command, { environment, packageIds, packageVersion, requireDeployedIn, extensions, schedules, listenerStatus })

  return inputsSchema.parse({
    command,
    components,
    release,
    listenerStatus,
    accountId,
    username,
    apiToken,
    baseUrl: readBaseUrl(),
    componentIds,
    packageIds,
    packageVersion,
    environment,
    requireDeployedIn,
    notes: optional(INPUT.notes) ?? defaultNotes(env),
    extensions,
    extensionsUpdate: readChoice(INPUT.extensionsUpdate, ['full', 'partial'], 'full'),
    schedules,
    dryRun: readBoolean(INPUT.dryRun, false),
    maxRequestsPerSecond: readRate(),
    githubDeployment: readBoolean(INPUT.githubDeployment, false),
    githubToken: readGithubToken(),
    ...revisions,
    workspace: env.GITHUB_WORKSPACE || process.cwd()
  })
}

/** `a, b`, one per line, or a JSON array (a previous job's output passed as is). */
export function parseList(input: string, raw: string): string[] {
  const text = raw.trim()
  if (text === '') return []
  if (text.startsWith('[')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      throw new InputError(input, 'starts with [ but is not a JSON array', 'Write a JSON array of strings, or one ID per line.')
    }
    if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string')) {
      throw new InputError(input, 'is a JSON value but not an array of strings', 'Write a JSON array of strings, or one ID per line.')
    }
    return parsed.map((v) => v.trim()).filter((v) => v !== '')
  }
  return text
    .split(/[\n,]/)
    .map((v) => v.trim())
    .filter((v) => v !== '')
}

export function withTokenPrefix(username: string): string {
  return username.startsWith(TOKEN_PREFIX) ? username : `${TOKEN_PREFIX}${username}`
}

/** The revision switches, and what `check` needs and refuses. */
function readRevisionChoices(
  command: Command,
  given: { environment: string | undefined; packageIds: string[]; requireDeployedIn: string | undefined }
): { allowDowngrade: boolean; onlyChanged: boolean; failOnDrift: boolean } {
  const choices = {
    allowDowngrade: readBoolean(INPUT.allowDowngrade, false),
    onlyChanged: readBoolean(INPUT.onlyChanged, false),
    failOnDrift: readBoolean(INPUT.failOnDrift, false)
  }
  if (command === 'check') {
    if (given.environment === undefined) throw new InputError(INPUT.command, "is 'check', which compares an environment, but none is given", 'Set environment (name or ID) to the environment to check.')
    if (given.requireDeployedIn !== undefined) throw new InputError(INPUT.requireDeployedIn, "gates a deployment, but command is 'check', which changes nothing", 'Remove require-deployed-in from the check step.')
  } else if (choices.failOnDrift) {
    throw new InputError(INPUT.failOnDrift, `applies to command 'check', but command is '${command}'`, "Set command: check, or remove fail-on-drift.")
  }
  if (choices.onlyChanged && command === 'deploy') {
    if (given.environment === undefined) throw new InputError(INPUT.onlyChanged, 'compares with what is active in an environment, but none is given', 'Set environment (name or ID).')
    if (given.packageIds.length > 0) throw new InputError(INPUT.onlyChanged, 'applies to component-ids (packages to make), but package-ids deploys existing ones', 'Remove only-changed: a package already active is never redeployed anyway.')
  }
  return choices
}

function readTargets(command: Command, hasManifest: boolean): { components: string[]; componentIds: string[]; packageIds: string[] } {
  const components = readComponents()
  const componentIds = readIds(INPUT.componentIds, 'component')
  const packageIds = readIds(INPUT.packageIds, 'packaged component')
  const lists: [string, string[]][] = [
    [INPUT.components, components],
    [INPUT.componentIds, componentIds],
    [INPUT.packageIds, packageIds]
  ]
  const given = lists.filter(([, list]) => list.length > 0).map(([input]) => input)
  if (given.length > 1) {
    throw new InputError(given[0]!, `and ${given[1]!} are both set`, 'Use components or component-ids to package and deploy, or package-ids to deploy existing packages (e.g. a previous job\'s package-ids output): one list.')
  }
  // A check may look at the extensions and schedules alone; a manifest lists its own components.
  if (given.length === 0 && !hasManifest && command !== 'check') {
    throw new InputError(INPUT.components, 'is empty and so are component-ids, package-ids and release: nothing to deploy', 'Set components (names, Folder/Name or IDs), package-ids (existing packages), or release (a release manifest).')
  }
  return { components, componentIds, packageIds }
}

/** Names, `Folder/Name` or IDs; names are resolved against Boomi later, once. */
function readComponents(): string[] {
  const refs = parseList(INPUT.components, core.getInput(INPUT.components))
  checkUnique(INPUT.components, refs, 'List each component once.')
  return refs
}

type CommandInputs = Pick<Inputs, 'environment' | 'packageIds' | 'packageVersion' | 'requireDeployedIn' | 'extensions' | 'schedules' | 'listenerStatus'>

/** Rollback and undeploy act on what is deployed: inputs that make or configure a release do not apply. */
function checkCommand(command: Command, inputs: CommandInputs): void {
  if (command !== 'rollback' && command !== 'undeploy') return
  if (inputs.environment === undefined) {
    throw new InputError(INPUT.environment, `is required with command: ${command}`, 'Set environment to the environment to act on (name or ID).')
  }
  const notApplicable: [string, unknown][] = [
    [INPUT.packageIds, inputs.packageIds.length > 0 ? inputs.packageIds : undefined],
    [INPUT.packageVersion, inputs.packageVersion],
    [INPUT.requireDeployedIn, inputs.requireDeployedIn],
    [INPUT.extensions, inputs.extensions],
    [INPUT.schedules, inputs.schedules],
    ...(command === 'undeploy' ? [[INPUT.listenerStatus, inputs.listenerStatus] as [string, unknown]] : [])
  ]
  const bad = notApplicable.find(([, value]) => value !== undefined)
  if (bad) {
    const fix = command === 'rollback' ? 'A rollback deploys the package that was active before the current one; name the components with components or component-ids.' : 'An undeploy removes the active deployment of each component; name them with components or component-ids.'
    throw new InputError(bad[0], `does not apply to command: ${command}`, `Remove it. ${fix}`)
  }
}

function readIds(input: string, what: string): string[] {
  const ids = parseList(input, core.getInput(input))
  const bad = ids.find((id) => !looksLikeId(id))
  if (bad !== undefined) {
    throw new InputError(input, `contains '${bad}', which is not a ${what} ID`, `IDs look like 0f6c1a3e-1111-4a5b-9c0d-aaaaaaaaaaaa (Revision History in Boomi's Build tab). Names are not accepted here.`)
  }
  checkUnique(input, ids, 'List each ID once.')
  return ids
}

function checkUnique(input: string, values: string[], fix: string): void {
  const seen = new Set<string>()
  const duplicate = values.find((value) => seen.size === seen.add(value.toLowerCase()).size)
  if (duplicate !== undefined) throw new InputError(input, `lists '${duplicate}' twice`, fix)
}

function required(input: string, fix: string): string {
  const value = core.getInput(input).trim()
  if (value === '') throw new InputError(input, 'is required but empty', fix)
  return value
}

function optional(input: string): string | undefined {
  const value = core.getInput(input).trim()
  return value === '' ? undefined : value
}

function readBoolean(input: string, fallback: boolean): boolean {
  const value = core.getInput(input).trim().toLowerCase()
  if (value === '') return fallback
  if (['true', 'yes', 'on', '1'].includes(value)) return true
  if (['false', 'no', 'off', '0'].includes(value)) return false
  throw new InputError(input, `is '${value}', not a boolean`, "Use 'true' or 'false'.")
}

function readChoice<T extends string>(input: string, choices: readonly T[], fallback: T): T {
  const value = core.getInput(input).trim().toLowerCase()
  if (value === '') return fallback
  const match = choices.find((c) => c === value)
  if (match === undefined) throw new InputError(input, `is '${value}', which is not allowed`, `Use one of: ${choices.join(', ')}.`)
  return match
}

function readBaseUrl(): string {
  const value = optional(INPUT.baseUrl) ?? DEFAULT_BASE_URL
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(INPUT.baseUrl, `is '${value}', which is not a URL`, `Use ${DEFAULT_BASE_URL} (or https://api.platform.gb.boomi.com/api/rest/v1 for EU accounts).`)
  }
  if (url.protocol !== 'https:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new InputError(INPUT.baseUrl, 'must use https (the token is sent with every request)', `Use ${DEFAULT_BASE_URL}.`)
  }
  return value.replace(/\/+$/, '')
}

function readRate(): number {
  const value = optional(INPUT.maxRequestsPerSecond)
  if (value === undefined) return 10
  const rate = Number(value)
  if (!Number.isFinite(rate) || rate <= 0 || rate > 50) {
    throw new InputError(INPUT.maxRequestsPerSecond, `is '${value}', not a rate between 0 and 50`, "Boomi allows 10 requests/s per account (5 on older accounts); leave it empty or set e.g. '5'.")
  }
  return rate
}

function readGithubToken(): string | undefined {
  const token = optional(INPUT.githubToken)
  if (token !== undefined) maskSecret(token)
  return token
}

function defaultNotes(env: NodeJS.ProcessEnv): string {
  const repository = env.GITHUB_REPOSITORY
  if (!repository) return 'Deployed by boomi-deploy'
  const sha = (env.GITHUB_SHA ?? '').slice(0, 12)
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const run = env.GITHUB_RUN_ID ? ` ${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : ''
  return `boomi-deploy: ${repository}@${sha}${run}`.trim()
}
