// The Boomi privileges each object the action calls needs, from the spec's tags ("Required
// Privileges"): a refused call (403) names what to grant, and the README lists them per mode.

interface Needs {
  read: string
  write: string
}

const API = 'API Access'
const RUNTIME: Needs = {
  read: `${API} + Runtime Management or Runtime Management Read Access (ATOM_MANAGEMENT / ATOM_MANAGEMENT_READ_ONLY)`,
  write: `${API} + Runtime Management (ATOM_MANAGEMENT)`
}
const SCHEDULING: Needs = {
  read: `${API} + Scheduling (SCHEDULE_MAINTENANCE) or Runtime Management [Read Access]`,
  write: `${API} + Scheduling (SCHEDULE_MAINTENANCE) or Runtime Management (ATOM_MANAGEMENT)`
}

export const PRIVILEGES: Readonly<Record<string, Needs>> = {
  PackagedComponent: {
    read: `${API} + Packaged Component Management (PACKAGE_MANAGEMENT)`,
    write: `${API} + Packaged Component Management (PACKAGE_MANAGEMENT)`
  },
  // The spec lists no read privilege ("N/A") for DeployedPackage; Deploy is what a user has who may deploy.
  DeployedPackage: { read: `${API} + Deploy (DEPLOY)`, write: `${API} + Deploy (DEPLOY) in the target environment` },
  ComponentMetadata: { read: `${API} + Build Read Access`, write: `${API} + Build Read and Write Access` },
  Environment: RUNTIME,
  EnvironmentAtomAttachment: RUNTIME,
  Atom: RUNTIME,
  EnvironmentExtensions: RUNTIME,
  ProcessSchedules: SCHEDULING,
  ProcessScheduleStatus: SCHEDULING
}

/** The privilege a call needs: reads are GETs, queries and bulk GETs; everything else writes. */
export function privilegeFor(method: string, path: string, change: boolean): string | undefined {
  const [object, action] = path.split('/')
  const needs = object === undefined ? undefined : PRIVILEGES[object]
  if (!needs) return undefined
  const reads = !change && (method === 'GET' || action === 'query' || action === 'queryMore' || action === 'bulk')
  return reads ? needs.read : needs.write
}
