// Environment extensions, read half: load the user's file, read the environment's current set
// and plan the overlay. Run once before any change (so a bad file or name stops the run before
// the deploy) and again after the deploy, which can change what is extensible.
import { BoomiApiError } from '../boomi/errors.js'
import { getExtensions, type EnvironmentExtensions } from '../boomi/extensions.js'
import type { BoomiClient } from '../boomi/client.js'
import type { Environment } from '../boomi/environments.js'
import { loadConfigFile } from '../config/load-file.js'
import { INPUT, type Inputs } from '../inputs.js'
import { extensionsFileSchema, type ExtensionsFile } from '../plan/extensions-file.js'
import { ExtensionsPlanError, planExtensions, type ExtensionsPlan } from '../plan/extensions/index.js'
import { maskSecret } from '../secrets.js'

export interface ExtensionsRequest {
  file: ExtensionsFile
  displayPath: string
  mode: Inputs['extensionsUpdate']
  /** Values that came from ${VAR}: secret even where the field is not encrypted. */
  secretValues: Set<string>
}

export async function loadExtensionsFile(inputs: Pick<Inputs, 'extensions' | 'extensionsUpdate' | 'workspace'>, env: NodeJS.ProcessEnv): Promise<ExtensionsRequest | undefined> {
  if (inputs.extensions === undefined) return undefined
  const loaded = await loadConfigFile({ input: INPUT.extensions, path: inputs.extensions, workspace: inputs.workspace, env, schema: extensionsFileSchema })
  loaded.secrets.forEach(maskSecret)
  return { file: loaded.data, displayPath: loaded.displayPath, mode: inputs.extensionsUpdate, secretValues: new Set(loaded.secrets) }
}

export async function readExtensionsPlan(client: BoomiClient, environment: Environment, request: ExtensionsRequest): Promise<ExtensionsPlan> {
  return (await readExtensionsState(client, environment, request)).plan
}

/** The live set and the plan made on it (a check compares the two). */
export async function readExtensionsState(
  client: BoomiClient,
  environment: Environment,
  request: ExtensionsRequest
): Promise<{ current: EnvironmentExtensions; plan: ExtensionsPlan }> {
  const current = await readCurrent(client, environment)
  let plan: ExtensionsPlan
  try {
    plan = planExtensions({ current, file: request.file, mode: request.mode, environmentName: environment.name, secretValues: request.secretValues })
  } catch (error) {
    if (!(error instanceof ExtensionsPlanError)) throw error
    throw new ExtensionsPlanError(error.problems.map((problem) => `Input '${INPUT.extensions}' (${request.displayPath}): ${problem}`))
  }
  plan.secrets.forEach(maskSecret)
  return { current, plan }
}

/**
 * Boomi may answer 400 while nothing extensible is deployed in the environment (reported by
 * third parties, not documented): read that as an empty set, so the plan names what is missing.
 */
async function readCurrent(client: BoomiClient, environment: Environment): Promise<EnvironmentExtensions> {
  try {
    return await getExtensions(client, environment.id)
  } catch (error) {
    if (error instanceof BoomiApiError && error.status === 400) return { id: environment.id, environmentId: environment.id }
    throw error
  }
}
