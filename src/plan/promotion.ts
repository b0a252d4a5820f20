// The promotion gate: every package must be the active deployment of its component in the
// environment it was tested in. Evaluated on one read, before any change anywhere.
import type { DeployedPackage } from '../boomi/deployments.js'
import { existingPackage, type ReleaseItem } from './release.js'

export interface GateFailure {
  componentName: string
  packageId?: string
  packageVersion?: string
  activeInstead?: Pick<DeployedPackage, 'packageId' | 'packageVersion' | 'deployedDate' | 'deployedBy'>
}

export function checkPromotionGate(items: readonly ReleaseItem[], activeInSource: readonly DeployedPackage[]): GateFailure[] {
  return items.flatMap((item) => {
    const pkg = existingPackage(item.packageStep)
    const active = activeInSource.find((d) => d.componentId === item.componentId)
    if (pkg && active?.packageId === pkg.packageId) return []
    return [
      {
        componentName: item.componentName,
        ...(pkg ? { packageId: pkg.packageId, packageVersion: pkg.packageVersion } : {}),
        ...(active
          ? {
              activeInstead: {
                packageId: active.packageId,
                packageVersion: active.packageVersion,
                deployedDate: active.deployedDate,
                deployedBy: active.deployedBy
              }
            }
          : {})
      }
    ]
  })
}

export function describeGateFailures(failures: readonly GateFailure[], sourceName: string): string {
  const lines = failures.map((f) => {
    const what = f.packageId ? `package ${f.packageVersion ?? '?'} (${f.packageId})` : 'a package not created yet'
    const instead = f.activeInstead
      ? `active there instead: ${f.activeInstead.packageVersion ?? '?'} (${f.activeInstead.packageId}), deployed ${f.activeInstead.deployedDate ?? '?'} by ${f.activeInstead.deployedBy ?? '?'}`
      : `nothing of this component is deployed there`
    return `- ${f.componentName}: ${what} is not the active deployment in ${sourceName}; ${instead}`
  })
  return [
    `Promotion gate: ${failures.length} package(s) are not actively deployed in ${sourceName} (require-deployed-in).`,
    ...lines,
    `Promote the package-ids output of the job that deployed to ${sourceName}, or deploy these packages there first.`
  ].join('\n')
}
