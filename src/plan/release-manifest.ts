// The release manifest (`release` input): one reviewed file that says what is released where —
// the components, the package version, and per environment its extensions and schedules files and
// how listeners start. The committed JSON Schema (schemas/release.schema.json) is generated from
// this one, so editors show the same rules and help texts.
import { where, type FileLocation } from '../config/load-file.js'
import { z } from 'zod'
import type { Inputs } from '../inputs.js'

export const RELEASE_SCHEMA_ID = 'urn:boomi-deploy:schema:release-manifest:v1'

const environmentBlockSchema = z
  .strictObject({
    extensions: z.string().min(1).optional().describe('Extensions file for this environment (path relative to the workspace), as the extensions input.'),
    schedules: z.string().min(1).optional().describe('Schedules file for this environment (path relative to the workspace), as the schedules input.'),
    listenerStatus: z
      .enum(['running', 'paused'])
      .optional()
      .describe('How new deployments of listener processes start in this environment, as the listener-status input.')
  })
  .meta({ id: 'ReleaseEnvironment', description: 'What this environment gets besides the packages. Every key is optional.' })

export const releaseManifestSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Optional link to this JSON Schema, for editors.'),
    packageVersion: z
      .union([z.string().min(1), z.number()])
      .transform(String)
      .optional()
      .describe('Version label for new packages, e.g. "1.4.${GITHUB_RUN_NUMBER}" (${VAR} reads the step environment), as the package-version input.'),
    components: z
      .array(z.string().trim().min(1))
      .min(1)
      .optional()
      .describe('Components to release: names, Folder/Name (folder as Boomi shows it) or component IDs, as the components input.'),
    environments: z
      .record(z.string().min(1), environmentBlockSchema.nullable())
      .optional()
      .describe('Keyed by Boomi environment name or ID, written as the environment input names it. The environment input picks the block.')
  })
  .meta({
    $id: RELEASE_SCHEMA_ID,
    title: 'boomi-deploy release manifest',
    description:
      'What is released everywhere: components, package version and, per environment, extension and schedule files and the listener status. Inputs given explicitly win over the manifest.'
  })
export type ReleaseManifest = z.infer<typeof releaseManifestSchema>
export type ReleaseEnvironment = z.infer<typeof environmentBlockSchema>

/** JSON Schema of the file for editors; committed as schemas/release.schema.json. */
export function releaseJsonSchema(): Record<string, unknown> {
  // draft-7: the dialect editors' YAML/JSON language servers support best. "input": what users write.
  const { $schema, $id, title, description, ...rest } = z.toJSONSchema(releaseManifestSchema, { target: 'draft-7', io: 'input' })
  return { $schema, $id, title, description, ...rest }
}

/** The environment block the `environment` input names: exact key first, then ignoring case. */
export function pickEnvironment(manifest: ReleaseManifest, environment: string): { key: string; block: ReleaseEnvironment } | undefined {
  const entries = Object.entries(manifest.environments ?? {})
  const found = entries.find(([key]) => key === environment) ?? entries.find(([key]) => key.toLowerCase() === environment.toLowerCase())
  return found ? { key: found[0], block: found[1] ?? {} } : undefined
}

/**
 * The inputs with the manifest filled in where no input was given explicitly (`componentsAt`:
 * where the manifest lists its components, for messages and annotations). With package-ids
 * (promotion) the packages are given, so only the environment's settings apply.
 */
export function mergeManifest(inputs: Inputs, manifest: ReleaseManifest, block: ReleaseEnvironment | undefined, componentsAt: FileLocation): Inputs {
  const listed = inputs.components.length + inputs.componentIds.length + inputs.packageIds.length > 0
  // A check compares the environment with the same version and files a deploy would write.
  const deploys = inputs.command === 'deploy' || inputs.command === 'check'
  return {
    ...inputs,
    ...(listed
      ? {}
      : { components: manifest.components ?? [], componentsSource: `Input 'release' (${where(componentsAt)}, components)`, componentsLocation: componentsAt }),
    ...(deploys && inputs.packageIds.length === 0 && inputs.packageVersion === undefined && manifest.packageVersion !== undefined
      ? { packageVersion: manifest.packageVersion }
      : {}),
    ...(deploys && inputs.extensions === undefined && block?.extensions ? { extensions: block.extensions } : {}),
    ...(deploys && inputs.schedules === undefined && block?.schedules ? { schedules: block.schedules } : {}),
    ...(inputs.command !== 'undeploy' && inputs.listenerStatus === undefined && block?.listenerStatus ? { listenerStatus: block.listenerStatus } : {})
  }
}
