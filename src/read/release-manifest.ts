// Loads the release manifest and fills the inputs it supplies. Before any request: a bad file, a
// missing environment block or a file it names that does not exist stops the run, naming the
// manifest and the line.
import { existsSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { ConfigFileError, loadConfigFile } from '../config/load-file.js'
import { INPUT, InputError, type Inputs } from '../inputs.js'
import { mergeManifest, pickEnvironment, releaseManifestSchema } from '../plan/release-manifest.js'

export async function withReleaseManifest(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<Inputs> {
  if (inputs.release === undefined) return inputs
  // Values from ${VAR} here are versions and paths, not secrets: they are not masked (masking a
  // run number would blank it in every log line).
  const loaded = await loadConfigFile({ input: INPUT.release, path: inputs.release, workspace: inputs.workspace, env, schema: releaseManifestSchema })
  const manifest = loaded.data
  const picked = inputs.environment !== undefined && manifest.environments ? pickEnvironment(manifest, inputs.environment) : undefined
  if (inputs.environment !== undefined && manifest.environments && !picked) {
    const keys = Object.keys(manifest.environments).map((k) => `'${k}'`).join(', ') || '(none)'
    throw new ConfigFileError(
      `Input '${INPUT.release}': ${loaded.at(['environments'])} has no block for environment '${inputs.environment}' (blocks: ${keys}). Add one (it may be empty: ${inputs.environment}: {}), or name the environment as the manifest's key does.`,
      loaded.locate(['environments'])
    )
  }
  for (const file of ['extensions', 'schedules'] as const) {
    const path = picked?.block[file]
    if (path !== undefined && !existsSync(isAbsolute(path) ? path : resolve(inputs.workspace, path))) {
      throw new ConfigFileError(
        `Input '${INPUT.release}': ${loaded.at(['environments', picked!.key, file])}: file '${path}' does not exist (paths are relative to the workspace, ${inputs.workspace}).`,
        loaded.locate(['environments', picked!.key, file])
      )
    }
  }
  const merged = mergeManifest(inputs, manifest, picked?.block, loaded.locate(['components']))
  if (merged.components.length + merged.componentIds.length + merged.packageIds.length === 0) {
    throw new InputError(INPUT.components, `is empty, and the release manifest ${loaded.displayPath} lists no components`, 'Add components to the manifest, or set components, component-ids or package-ids.')
  }
  return merged
}
