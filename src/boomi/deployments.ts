// DeployedPackage: a package deployed in an environment; `active` marks the one in effect.
import { z } from 'zod'
import type { BoomiClient, CreateOptions } from './client.js'
import { and, anyOf, eq, type Expression } from './query.js'
import { looseBoolean, looseInt, looseString, revision } from './zod-helpers.js'

export const deploymentSchema = z.looseObject({
  deploymentId: z.string(),
  packageId: z.string(),
  packageVersion: looseString.optional(),
  environmentId: z.string(),
  componentId: z.string(),
  /** The component revision the package holds. */
  componentVersion: revision,
  componentType: z.string().optional(),
  deployedDate: z.string().optional(),
  deployedBy: z.string().optional(),
  notes: z.string().optional(),
  active: looseBoolean.optional(),
  version: looseInt.optional(),
  /** Listener processes only; set on create, shown in answers. */
  listenerStatus: z.string().optional(),
  /** Set on success when the deployment went over the account's connection licences. */
  message: z.string().optional()
})
export type DeployedPackage = z.infer<typeof deploymentSchema>

export type ListenerStatus = 'RUNNING' | 'PAUSED'

export interface NewDeployment {
  environmentId: string
  packageId: string
  notes: string
  /** Only for process packages: Boomi applies it to listeners (others are not listeners). */
  listenerStatus?: ListenerStatus
}

/** The active deployments of these components in one environment. */
export async function findActiveDeployments(
  client: BoomiClient,
  environmentId: string,
  componentIds: readonly string[]
): Promise<DeployedPackage[]> {
  const found = await queryDeployments(client, environmentId, componentIds, eq('active', true))
  return found.filter((d) => d.active !== false)
}

/** Deployments of these components in one environment, one OR group per chunk of IDs. */
function queryDeployments(client: BoomiClient, environmentId: string, componentIds: readonly string[], ...also: Expression[]): Promise<DeployedPackage[]> {
  return client.queryInChunks(
    'DeployedPackage',
    componentIds,
    (ids) => and(eq('environmentId', environmentId), ...also, anyOf('componentId', ids)),
    deploymentSchema
  )
}

export function createDeployment(
  client: BoomiClient,
  body: NewDeployment,
  options: CreateOptions<DeployedPackage>
): Promise<DeployedPackage> {
  return client.create('DeployedPackage', body, deploymentSchema, options)
}

/**
 * Every deployment of these components in one environment, active or not (the history a rollback
 * picks from), newest first: by deployedDate, then by deployment version.
 */
export async function findDeploymentHistory(
  client: BoomiClient,
  environmentId: string,
  componentIds: readonly string[]
): Promise<DeployedPackage[]> {
  const found = await queryDeployments(client, environmentId, componentIds)
  return found.sort((a, b) => time(b) - time(a) || (b.version ?? 0) - (a.version ?? 0))
}

/** Milliseconds of `deployedDate` (0 when absent or unreadable: such a record sorts last). */
function time(deployment: DeployedPackage): number {
  return Date.parse(deployment.deployedDate ?? '') || 0
}

/** Undeploys: removes the deployment from its environment. */
export function deleteDeployment(client: BoomiClient, deploymentId: string, mayStart?: () => boolean | Promise<boolean>): Promise<void> {
  return client.delete(`DeployedPackage/${encodeURIComponent(deploymentId)}`, mayStart ? { mayStart } : {})
}
