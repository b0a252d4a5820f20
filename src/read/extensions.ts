// Environment extensions, read half: load the user's file, read the environment's current set
// and plan the overlay. Run once before any change (so a bad file or name stops the run before
// the deploy) and again after the deploy, which can change what is extensible.
import { BoomiApiError } from '../boomi/errors.js'
import { getExtensions, type EnvironmentExtensions } from '../boomi/extensions.js'
import type { BoomiClient } from '../boomi/client.js'
import type { Environment } from '../boomi/environments.js'
import { loadConfigFile, type LoadedFile } from '../config/load-file.js'
import { INPUT, type Inputs } from '../inputs.js'
import { extensionsFileSchema, type ExtensionsFile } from '../plan/extensions-file.js'
import { ExtensionsPlanError, planExtensions, type ExtensionsPlan } from '../plan/extensions/index.js'
import { maskSecret } from '../secrets.js'

export interface ExtensionsRequest extends Pick<LoadedFile<ExtensionsFile>, 'displayPath' | 'shownAs' | 'locate'> {
  file: ExtensionsFile
  mode: Inputs['extensionsUpdate']
}

export async function loadExtensionsFile(inputs: Pick<Inputs, 'extensions' | 'extensionsUpdate' | 'workspace'>, env: NodeJS.ProcessEnv): Promise<ExtensionsRequest | undefined> {
  if (inputs.extensions === undefined) return undefined
  const loaded = await loadConfigFile({ input: INPUT.extensions, path: inputs.extensions, workspace: inputs.workspace, env, schema: extensionsFileSchema })
  // ${VAR} values are not registered as secrets: the runner would then drop every output that
  // happens to contain one ("TEST", "false"). They are shown as written instead; values written
  // to encrypted fields are registered once planned.
  return { file: loaded.data, displayPath: loaded.displayPath, shownAs: loaded.shownAs, locate: loaded.locate, mode: inputs.extensionsUpdate }
}

export async function readExtensionsPlan(client: BoomiClient, environment: Environment, request: ExtensionsRequest): Promise<ExtensionsPlan> {
  return planOnCurrent(await readCurrentExtensions(client, environment), environment, request)
}

/** The live set and the plan made on it (a check compares the two). */
export async function readExtensionsState(
  client: BoomiClient,
  environment: Environment,
  request: ExtensionsRequest
): Promise<{ current: EnvironmentExtensions; plan: ExtensionsPlan }> {
  const current = await readCurrentExtensions(client, environment)
  return { current, plan: planOnCurrent(current, environment, request) }
}

/** The plan on a set already read; the values it would write to encrypted fields are masked. */
export function planOnCurrent(current: EnvironmentExtensions, environment: Environment, request: ExtensionsRequest): ExtensionsPlan {
  let plan: ExtensionsPlan
  try {
    plan = planExtensions({ current, file: request.file, mode: request.mode, environmentName: environment.name, shownAs: request.shownAs })
  } catch (error) {
    if (!(error instanceof ExtensionsPlanError)) throw error
    const located = error.paths.map((path) => request.locate(path))
    const problems = error.problems.map((problem, i) => {
      const at = located[i]?.line === undefined ? request.displayPath : `${request.displayPath}:${located[i]?.line}`
      return `Input '${INPUT.extensions}' (${at}): ${problem}`
    })
    throw new ExtensionsPlanError(problems, error.paths, located[0] ?? { file: request.displayPath })
  }
  plan.secrets.forEach(maskSecret)
  return plan
}

/**
 * Boomi may answer 400 while nothing extensible is deployed in the environment (reported by
 * third parties, not documented): read that as an empty set, so the plan names what is missing.
 */
export async function readCurrentExtensions(client: BoomiClient, environment: Environment): Promise<EnvironmentExtensions> {
  try {
    return await getExtensions(client, environment.id)
  } catch (error) {
    if (error instanceof BoomiApiError && error.status === 400) return { id: environment.id, environmentId: environment.id }
    throw error
  }
}
