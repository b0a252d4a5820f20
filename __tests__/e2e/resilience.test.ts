// Faults and rate limits: the run succeeds with exactly one package and one deployment per
// component, whatever the network and Boomi's limiter do.
import { benchComponentId, manyComponents } from '../fake-boomi/sample-account.mjs'
import { baseInputs, IDS, result, runAction, startFakeBoomi, type Fake } from './harness.js'

let fake: Fake
afterEach(async () => {
  await fake.close()
})

const six = Array.from({ length: 6 }, (_, i) => benchComponentId(i + 1))

test('6 components at a 5 req/s limit with 503s, an applied-then-500 create and a dropped socket', async () => {
  fake = await startFakeBoomi(manyComponents(6), { rateLimit: 5 })
  fake.inject({ method: 'POST', path: '/PackagedComponent/query', status: 503 })
  fake.inject({ method: 'POST', path: '/PackagedComponent', status: 500, afterApply: true })
  fake.inject({ method: 'POST', path: '/DeployedPackage', destroySocket: true, afterApply: true })
  fake.inject({ method: 'POST', path: '/DeployedPackage/query', destroySocket: true })
  fake.inject({ method: 'POST', path: '/ComponentMetadata/bulk', status: 502 })

  const run = await runAction({ inputs: { ...baseInputs(fake, { defaultRate: true }), 'component-ids': six.join('\n'), 'package-version': '7.0', environment: 'TEST' } })
  expect(run.stdout).not.toMatch(/::error( [^:]*)?::/)
  expect(run.code).toBe(0)
  // Every injected fault was met: the run really went through them.
  expect(fake.pendingFaults()).toHaveLength(0)

  for (const componentId of six) {
    expect(fake.state.packages.filter((p) => p.componentId === componentId && p.packageVersion === '7.0')).toHaveLength(1)
    expect(fake.state.deployments.filter((d) => d.componentId === componentId && d.environmentId === IDS.env.TEST)).toHaveLength(1)
  }
  const report = result(run) as unknown as { requests: { retries: number; rateLimited: number } }
  expect(report.requests.retries).toBeGreaterThan(0)
  expect(run.summary).toMatch(/rate-limit answers absorbed/)
}, 60_000)

test('a re-run after a failure in the middle finishes the rest without duplicates', async () => {
  fake = await startFakeBoomi(manyComponents(6))
  // The third package create is refused: the run stops starting new changes.
  fake.inject({ method: 'POST', path: '/PackagedComponent', status: 400, times: 1, message: 'Component is locked' })
  const inputs = { ...baseInputs(fake, { defaultRate: true }), 'component-ids': six.join('\n'), 'package-version': '8.0', environment: 'TEST' }
  const failed = await runAction({ inputs })
  expect(failed.code).not.toBe(0)
  const report = result(failed)
  expect(report.components.some((c) => c.package === 'failed')).toBe(true)
  expect(failed.stdout).toMatch(/Component is locked/)
  const done = report.components.filter((c) => c.deployment === 'deployed').length
  const made = fake.state.deployments.filter((d) => d.environmentId === IDS.env.TEST).length
  expect(made).toBe(done)

  const rerun = await runAction({ inputs })
  expect(rerun.code).toBe(0)
  for (const componentId of six) {
    expect(fake.state.packages.filter((p) => p.componentId === componentId && p.packageVersion === '8.0')).toHaveLength(1)
    expect(fake.state.deployments.filter((d) => d.componentId === componentId && d.active)).toHaveLength(1)
  }
}, 60_000)

// However the race goes (a create refused as a duplicate, a deployment refused as already active,
// or one run simply reading what the other made), the outcome must be the same.
test('two runs at once with the same version make one package and one active deployment per component', async () => {
  fake = await startFakeBoomi(manyComponents(6))
  const inputs = { ...baseInputs(fake, { defaultRate: true }), 'component-ids': six.join('\n'), 'package-version': '9.0', environment: 'TEST' }
  const [a, b] = await Promise.all([runAction({ inputs }), runAction({ inputs })])
  expect([a.code, b.code]).toEqual([0, 0])
  expect(a.outputs['package-ids']).toBe(b.outputs['package-ids'])
  for (const componentId of six) {
    expect(fake.state.packages.filter((p) => p.componentId === componentId && p.packageVersion === '9.0')).toHaveLength(1)
    expect(fake.state.deployments.filter((d) => d.componentId === componentId && d.active)).toHaveLength(1)
  }
}, 60_000)
