import nock from 'nock'
import '../helpers/nock-hygiene.js'
import type { DeploymentRecord } from '../../src/github-deployment.js'

// @actions/github reads its context (and API base URL) when it is first imported: set the
// environment before anything can load it, then import the module under test dynamically.
const ENV = {
  GITHUB_REPOSITORY: 'acme/integrations',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_RUN_ID: '987654321',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com'
} as const
const saved = Object.fromEntries(Object.keys(ENV).map((k) => [k, process.env[k]]))
Object.assign(process.env, ENV)
delete process.env['GITHUB_EVENT_PATH']

const { recordGithubDeployment, trimDescription, GITHUB_DESCRIPTION_LIMIT } = await import('../../src/github-deployment.js')

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
})

const API = 'https://api.github.com'
const DEPLOYMENTS = '/repos/acme/integrations/deployments'
const TOKEN = 'ghs_supersecrettoken1234567890'
const RUN_URL = 'https://github.com/acme/integrations/actions/runs/987654321'
const IDS = ['5a1c0f3e-1111-4a6b-9c2d-000000000001', '5a1c0f3e-2222-4a6b-9c2d-000000000002']

function logger() {
  const info: string[] = []
  const warning: string[] = []
  return {
    info,
    warning,
    log: { info: (m: string) => info.push(m), warning: (m: string) => warning.push(m) },
    all: () => [...info, ...warning].join('\n')
  }
}

function record(overrides: Partial<DeploymentRecord> = {}): DeploymentRecord {
  return {
    token: TOKEN,
    environment: 'TEST',
    state: 'success',
    description: `Boomi deployments: ${IDS.join(', ')}`,
    ...overrides
  }
}

type Body = Record<string, unknown>

/**
 * Expects a deployment (answered with `deploymentId`) and then its status, and captures both
 * request bodies for assertions.
 */
function expectDeploymentAndStatus(deploymentId: number, reqheaders: Record<string, string> = {}) {
  const sent: { deployment?: Body; status?: Body } = {}
  const scope = nock(API, { reqheaders })
    .post(DEPLOYMENTS, (body: Body) => {
      sent.deployment = body
      return true
    })
    .reply(201, { id: deploymentId })
    .post(`${DEPLOYMENTS}/${deploymentId}/statuses`, (body: Body) => {
      sent.status = body
      return true
    })
    .reply(201, { id: deploymentId + 1000 })
  return { scope, sent }
}

beforeEach(() => {
  nock.disableNetConnect()
})

describe('recordGithubDeployment', () => {
  test('creates the deployment, then its status, with the Boomi IDs, run URL and state', async () => {
    const { scope, sent } = expectDeploymentAndStatus(42, { authorization: `token ${TOKEN}` })
    const l = logger()

    await expect(recordGithubDeployment(record({ environmentUrl: 'https://test.acme.example/ws' }), l.log)).resolves.toBeUndefined()

    scope.done()
    expect(sent.deployment).toMatchObject({
      ref: ENV.GITHUB_SHA,
      environment: 'TEST',
      auto_merge: false,
      required_contexts: [],
      transient_environment: false,
      production_environment: false,
      payload: { boomiDeploymentIds: IDS }
    })
    expect(sent.deployment?.['description']).toEqual(expect.stringContaining(IDS[0]!))
    expect(sent.deployment?.['description']).toEqual(expect.stringContaining(IDS[1]!))
    expect(sent.status).toMatchObject({
      state: 'success',
      log_url: RUN_URL,
      environment_url: 'https://test.acme.example/ws',
      description: `Boomi deployments: ${IDS.join(', ')}`
    })
    expect(l.warning).toEqual([])
    expect(l.info.join('\n')).toMatch(/deployment 42 .*'TEST'/)
    expect(l.all()).not.toContain(TOKEN)
  })

  test('a failure state is sent as such; a prod-looking environment is a production environment; no environment_url unless given', async () => {
    const { scope, sent } = expectDeploymentAndStatus(43)
    const l = logger()

    await recordGithubDeployment(record({ environment: 'Production', state: 'failure' }), l.log)

    scope.done()
    expect(sent.deployment).toMatchObject({ environment: 'Production', production_environment: true })
    expect(sent.status).toMatchObject({ state: 'failure', log_url: RUN_URL })
    expect(sent.status).not.toHaveProperty('environment_url')
    expect(l.warning).toEqual([])
  })

  test('a 403 is a warning naming `deployments: write`, never a throw, and no status is attempted', async () => {
    const scope = nock(API)
      .post(DEPLOYMENTS)
      .reply(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' })
    const l = logger()

    await expect(recordGithubDeployment(record(), l.log)).resolves.toBeUndefined()

    scope.done()
    expect(l.warning).toHaveLength(1)
    expect(l.warning[0]).toContain('deployments: write')
    expect(l.warning[0]).toContain('403')
    expect(l.warning[0]).toContain('Resource not accessible by integration')
    expect(l.all()).not.toContain(TOKEN)
  })

  test('a 500 is a warning, never a throw', async () => {
    const scope = nock(API).post(DEPLOYMENTS).reply(500, { message: 'Server Error' })
    const l = logger()

    await expect(recordGithubDeployment(record(), l.log)).resolves.toBeUndefined()

    scope.done()
    expect(l.warning).toHaveLength(1)
    expect(l.warning[0]).toMatch(/HTTP 500/)
    expect(l.warning[0]).toMatch(/not affected/)
  })

  test('a 202 (auto-merge message, no deployment id) is a warning and no status is attempted', async () => {
    const scope = nock(API).post(DEPLOYMENTS).reply(202, { message: 'Auto-merged main into topic on deployment.' })
    const l = logger()

    await recordGithubDeployment(record(), l.log)

    scope.done()
    expect(l.warning).toHaveLength(1)
    expect(l.warning[0]).toMatch(/did not create a deployment/)
    expect(l.warning[0]).toContain('Auto-merged')
    expect(l.info).toEqual([])
  })

  test('a failed status call is a warning naming the deployment', async () => {
    const scope = nock(API)
      .post(DEPLOYMENTS)
      .reply(201, { id: 44 })
      .post(`${DEPLOYMENTS}/44/statuses`)
      .reply(422, { message: 'Validation Failed' })
    const l = logger()

    await expect(recordGithubDeployment(record(), l.log)).resolves.toBeUndefined()

    scope.done()
    expect(l.warning).toHaveLength(1)
    expect(l.warning[0]).toMatch(/deployment 44/)
    expect(l.warning[0]).toMatch(/HTTP 422/)
  })

  test('the token is scrubbed even if GitHub echoes it back', async () => {
    nock(API).post(DEPLOYMENTS).reply(401, { message: `Bad credentials for ${TOKEN}` })
    const l = logger()

    await recordGithubDeployment(record(), l.log)

    expect(l.warning).toHaveLength(1)
    expect(l.warning[0]).toContain('Bad credentials')
    expect(l.all()).not.toContain(TOKEN)
  })

  test('a network failure is a warning, never a throw', async () => {
    // No interceptor and net connect disabled: the request fails before any HTTP answer.
    const l = logger()

    await expect(recordGithubDeployment(record(), l.log)).resolves.toBeUndefined()

    expect(l.warning).toHaveLength(1)
    expect(l.warning[0]).toMatch(/creating the deployment/)
    expect(l.all()).not.toContain(TOKEN)
  })

  test('no token: a warning and no request', async () => {
    const l = logger()

    await recordGithubDeployment(record({ token: '' }), l.log)

    expect(l.warning).toHaveLength(1)
    expect(l.warning[0]).toMatch(/no github-token/)
    expect(nock.pendingMocks()).toEqual([])
  })

  test('a long description is trimmed to 140 characters in both calls; the payload keeps every ID', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => `5a1c0f3e-${String(i).padStart(4, '0')}-4a6b-9c2d-00000000000${i}`)
    const description = `Boomi deployments: ${ids.join(', ')}`
    expect(description.length).toBeGreaterThan(GITHUB_DESCRIPTION_LIMIT)
    const { scope, sent } = expectDeploymentAndStatus(45)
    const l = logger()

    await recordGithubDeployment(record({ description }), l.log)

    scope.done()
    for (const body of [sent.deployment, sent.status]) {
      const sent = body?.['description']
      expect(typeof sent).toBe('string')
      expect((sent as string).length).toBeLessThanOrEqual(140)
      expect(sent).toMatch(/^Boomi deployments: /)
      expect(sent).toMatch(/…$/)
      // Cut between IDs, never inside one.
      const shown = (sent as string).replace(/^Boomi deployments: /, '').replace(/…$/, '').split(', ')
      for (const id of shown) expect(ids).toContain(id)
    }
    expect(sent.deployment).toMatchObject({ payload: { boomiDeploymentIds: ids } })
    expect(l.warning).toEqual([])
  })

  test('explicit deploymentIds go into the payload as given', async () => {
    let deploymentBody: Body | undefined
    nock(API)
      .post(DEPLOYMENTS, (body: Body) => {
        deploymentBody = body
        return true
      })
      .reply(201, { id: 46 })
      .post(`${DEPLOYMENTS}/46/statuses`)
      .reply(201, { id: 10 })
    const l = logger()

    await recordGithubDeployment(record({ description: 'Released to TEST', deploymentIds: ['d-1', 'd-2'] }), l.log)

    expect(deploymentBody).toMatchObject({ description: 'Released to TEST', payload: { boomiDeploymentIds: ['d-1', 'd-2'] } })
    expect(l.warning).toEqual([])
  })
})

describe('trimDescription', () => {
  test('leaves short text alone', () => {
    expect(trimDescription('Boomi deployments: a, b')).toBe('Boomi deployments: a, b')
  })

  test('never exceeds the limit and never splits a surrogate pair', () => {
    const text = `${'x'.repeat(138)}😀😀😀`
    const trimmed = trimDescription(text)
    expect(trimmed.length).toBeLessThanOrEqual(140)
    expect(trimmed.endsWith('…')).toBe(true)
    expect(trimmed).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    expect(trimmed).not.toMatch(/(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
  })

  test('text of exactly the limit is kept whole', () => {
    const text = 'y'.repeat(140)
    expect(trimDescription(text)).toBe(text)
  })

  test('a single long word is cut hard when no space is near', () => {
    const trimmed = trimDescription('z'.repeat(300))
    expect(trimmed).toBe(`${'z'.repeat(139)}…`)
  })
})
