// The typed API functions against the fake Boomi: filters, chunking and paging as Boomi sees them.
import { BoomiClient } from '../../src/boomi/client.js'
import { getComponents } from '../../src/boomi/components.js'
import { findPackagesByVersion, packageSchema } from '../../src/boomi/packages.js'
import { startFakeBoomi } from '../fake-boomi/server.mjs'
import { benchComponentId, IDS, manyComponents } from '../fake-boomi/sample-account.mjs'

type Fake = Awaited<ReturnType<typeof startFakeBoomi>>
let fake: Fake
afterEach(async () => {
  await fake.close()
})

function clientFor(f: Fake) {
  return new BoomiClient({
    baseUrl: f.baseUrl,
    accountId: IDS.account,
    username: f.state.username,
    token: f.state.token,
    maxRequestsPerSecond: 1000,
    retry: { baseDelayMs: 0, maxDelayMs: 0 }
  })
}

test('60 components: package lookups take two OR-group queries, every page followed', async () => {
  fake = await startFakeBoomi(manyComponents(60), { pageSize: 7 })
  const ids = Array.from({ length: 60 }, (_, i) => benchComponentId(i + 1))
  const client = clientFor(fake)
  for (const componentId of ids.slice(0, 20)) {
    await client.create('PackagedComponent', { componentId, packageVersion: '3.0' }, packageSchema)
  }
  const before = fake.requests.length
  const found = await findPackagesByVersion(client, ids, '3.0')
  expect(found.map((p) => p.componentId).sort()).toEqual(ids.slice(0, 20).sort())
  const queries = fake.requests.slice(before)
  expect(queries.filter((r) => r.path === '/PackagedComponent/query')).toHaveLength(2)
  // 20 results at 7 a page: the first chunk's query needs two queryMore calls.
  expect(queries.filter((r) => r.path === '/PackagedComponent/queryMore')).toHaveLength(2)
})

test('a bulk GET of 130 IDs is split at 100, and unknown IDs are reported per item', async () => {
  fake = await startFakeBoomi(manyComponents(129))
  const ids = [...Array.from({ length: 129 }, (_, i) => benchComponentId(i + 1)), '00000000-0000-4000-8000-000000000000']
  const items = await getComponents(clientFor(fake), ids)
  expect(items.filter((i) => i.found)).toHaveLength(129)
  expect(items.at(-1)).toMatchObject({ id: '00000000-0000-4000-8000-000000000000', found: false })
  expect(fake.requests.filter((r) => r.path === '/ComponentMetadata/bulk')).toHaveLength(2)
})
