// The job summary the README shows is the one the action renders: each sample in the README's
// "Job summary" section is buildSummary of the run report below, byte for byte.
import { readFileSync } from 'node:fs'
import { failureHeadline, type RunReport } from '../../src/report.js'
import { buildSummary } from '../../src/summary.js'

const requests = { requests: 14, retries: 0, rateLimited: 0, changes: 4 }

const SAMPLES: Record<string, RunReport> = {
  deployed: {
    command: 'deploy',
    status: 'succeeded',
    dryRun: false,
    target: 'TEST',
    environment: { id: '6f0e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a01', name: 'TEST' },
    changed: true,
    components: [
      {
        id: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e01',
        name: 'Nightly Orders Sync',
        type: 'process',
        packageVersion: '1.4.7',
        packageId: '9f31244f-a7dc-4766-9965-a55850bd89ae',
        packageRevision: 12,
        currentRevision: 12,
        deploymentId: '1e8b0074-1398-445e-810e-ff09c96cfb6d',
        package: 'created',
        deployment: 'deployed',
        replaced: '1.4.6'
      }
    ],
    extensions: {
      status: 'written',
      file: 'boomi/test.extensions.yml',
      mode: 'full',
      changes: [
        { section: 'connections', componentId: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e05', componentName: 'Orders DB', field: 'password', action: 'set-encrypted' },
        { section: 'properties', componentId: 'region', componentName: 'region', field: 'value', action: 'changed', from: 'eu-test', to: '${REGION}' }
      ]
    },
    schedules: {
      status: 'written',
      file: 'boomi/test.schedules.yml',
      items: [
        { processId: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e01', process: 'Nightly Orders Sync', runtime: 'TEST Atom', schedules: ['02:30, Monday–Friday'], maxRetry: 3, action: 'updated' }
      ]
    },
    warnings: [],
    requests
  },
  'failed-promotion': {
    command: 'deploy',
    status: 'failed',
    dryRun: false,
    target: 'PROD',
    environment: { id: '6f0e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a02', name: 'PROD' },
    changed: false,
    gate: { environment: 'TEST', passed: false },
    components: [
      {
        id: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e01',
        name: 'Nightly Orders Sync',
        type: 'process',
        packageVersion: '1.4.6',
        packageId: '4c1a9b2e-0d3f-4a5b-8c6d-7e8f9a0b1c2d',
        packageRevision: 11,
        currentRevision: 12,
        deploymentId: null,
        package: 'given',
        deployment: 'not started',
        replaced: '1.4.5'
      }
    ],
    warnings: [],
    requests: { ...requests, requests: 5, changes: 0 },
    error:
      'Promotion gate: 1 package(s) are not actively deployed in TEST (require-deployed-in).\n- Nightly Orders Sync: package 1.4.6 (4c1a9b2e-0d3f-4a5b-8c6d-7e8f9a0b1c2d) is not the active deployment in TEST; active there instead: 1.4.7 (9f31244f-a7dc-4766-9965-a55850bd89ae), deployed 2026-11-30T09:12:40Z by ci@acme.example\nPromote the package-ids output of the job that deployed to TEST, or deploy these packages there first.',
    headline: 'Nothing was changed in Boomi.'
  }
}

function readmeSample(name: string): string {
  const readme = readFileSync('README.md', 'utf8')
  const match = new RegExp(`<!-- summary: ${name} -->\\n\`\`\`html\\n([\\s\\S]*?)\`\`\``).exec(readme)
  if (!match) throw new Error(`README.md has no summary sample '${name}'`)
  return match[1]!
}

test.each(Object.keys(SAMPLES))('the README sample "%s" is what the action renders', (name) => {
  expect(readmeSample(name)).toBe(buildSummary(SAMPLES[name]!))
})

test('the failure headline: nothing changed; changed and a re-run finishes it; never that promise for a validation or gate failure', () => {
  expect(failureHeadline(0, false, 'BoomiApiError')).toBe('Nothing was changed in Boomi.')
  expect(failureHeadline(0, false, 'GateFailed')).toBe('Nothing was changed in Boomi.')
  expect(failureHeadline(3, true, 'ReleaseFailed')).toMatch(/^Boomi was changed before this failure; .* A re-run reuses what was done and finishes the rest\.$/)
  expect(failureHeadline(1, false, 'ReleaseFailed')).toMatch(/^Changes were sent to Boomi before this failure/)
  for (const name of ['ExtensionsPlanError', 'ResolveError', 'GateFailed', 'ConfigFileError', 'InputError', 'CronError']) {
    expect(failureHeadline(2, true, name)).not.toMatch(/re-run reuses|finishes/)
  }
})
