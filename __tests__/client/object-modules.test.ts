// The thin object modules of src/boomi/ against the fake Boomi and against Boomi's documented
// answer shapes: what each sends, what it keeps of the answer, and how it normalises the XML-born
// drift (lone objects for lists, "true" for true) that the rest of the code relies on not seeing.
import { findCurrentByNames, listPackageable, PACKAGEABLE } from '../../src/boomi/components.js'
import { deleteDeployment, findActiveDeployments, findDeploymentHistory } from '../../src/boomi/deployments.js'
import { environmentExtensionsSchema } from '../../src/boomi/extensions.js'
import { privilegeFor, PRIVILEGES } from '../../src/boomi/privileges.js'
import { HISTORY } from '../fake-boomi/sample-account.mjs'
import { fakeClient, IDS, sampleAccount, sent, startFakeBoomi, type Fake } from '../helpers/fake-client.js'
import { withDeploymentHistory } from '../fake-boomi/sample-account.mjs'

let fake: Fake | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

describe('components', () => {
  test('names resolve to current, live components only, in one query; no names, no request', async () => {
    fake = await startFakeBoomi(sampleAccount())
    const client = fakeClient(fake)
    expect(await findCurrentByNames(client, [])).toEqual([])
    expect(sent(fake, 'POST', '/ComponentMetadata/query')).toHaveLength(0)

    const found = await findCurrentByNames(client, ['Orders Sync', 'Nightly Orders Sync'])
    const ids = found.map((c) => c.componentId).sort()
    expect(ids).toEqual([IDS.component.nightly, IDS.component.ordersSync, IDS.component.ordersSyncReturns].sort())
    expect(found.every((c) => c.deleted !== true && c.currentVersion !== false)).toBe(true)
    const queries = sent(fake, 'POST', '/ComponentMetadata/query')
    expect(queries).toHaveLength(1)
    const text = JSON.stringify(queries[0]!.body)
    for (const clause of ['"currentVersion"', '"deleted"', '"Orders Sync"', '"Nightly Orders Sync"']) expect(text).toContain(clause)
  })

  test('the packageable list holds only packageable types, current and live', async () => {
    fake = await startFakeBoomi(sampleAccount())
    const all = await listPackageable(fakeClient(fake))
    expect(all.length).toBeGreaterThan(0)
    expect(all.every((c) => PACKAGEABLE.includes(c.type) && c.deleted !== true)).toBe(true)
    expect(all.map((c) => c.componentId)).not.toContain(IDS.component.ordersDb)
    expect(PACKAGEABLE).toEqual(expect.arrayContaining(['process', 'webservice', 'webservice.external']))
  })
})

describe('deployments', () => {
  test('history: every deployment of the component in the environment, newest first, whatever order Boomi lists them', async () => {
    fake = await startFakeBoomi(withDeploymentHistory())
    const history = await findDeploymentHistory(fakeClient(fake), IDS.env.PROD, [IDS.component.nightly])
    expect(history.map((d) => d.deploymentId)).toEqual([HISTORY.deployment.nightly12, HISTORY.deployment.nightly11, HISTORY.deployment.nightly10])
  })

  test('history: equal dates fall back to the deployment version; unreadable dates sort last', async () => {
    const seed = withDeploymentHistory()
    for (const d of seed.deployments ?? []) {
      if (d.deploymentId === HISTORY.deployment.nightly10) d.deployedDate = 'not a date'
      if (d.deploymentId === HISTORY.deployment.nightly11) d.deployedDate = '2025-03-11T10:00:00Z'
    }
    fake = await startFakeBoomi(seed)
    const history = await findDeploymentHistory(fakeClient(fake), IDS.env.PROD, [IDS.component.nightly])
    expect(history.map((d) => d.deploymentId)).toEqual([HISTORY.deployment.nightly12, HISTORY.deployment.nightly11, HISTORY.deployment.nightly10])
  })

  test('active deployments: only the active one per component, only in that environment', async () => {
    fake = await startFakeBoomi(withDeploymentHistory())
    const active = await findActiveDeployments(fakeClient(fake), IDS.env.PROD, [IDS.component.nightly, IDS.component.ordersApi])
    expect(active.map((d) => d.deploymentId).sort()).toEqual([HISTORY.deployment.nightly12, HISTORY.deployment.ordersApi40].sort())
    expect(active.every((d) => d.environmentId === IDS.env.PROD && d.active === true)).toBe(true)
  })

  test('undeploy sends DELETE for the deployment ID, and it is no longer active', async () => {
    fake = await startFakeBoomi(withDeploymentHistory())
    const client = fakeClient(fake)
    await deleteDeployment(client, HISTORY.deployment.listener10)
    expect(sent(fake, 'DELETE', `/DeployedPackage/${HISTORY.deployment.listener10}`)).toHaveLength(1)
    expect(await findActiveDeployments(client, IDS.env.PROD, [IDS.component.listener])).toEqual([])
  })
})

describe('extensions answer normalisation', () => {
  // Boomi's JSON comes from XML: its examples write one-element lists as a lone object and some
  // booleans as strings. Every section must come out as arrays of typed values.
  const lone = {
    id: 'env',
    environmentId: 'env',
    connections: { connection: { id: 'c', name: 'DB', field: { id: 'host', value: 'h', useDefault: 'false', usesEncryption: 'false', encryptedValueSet: 'false' } } },
    operations: { operation: { id: 'o', name: 'Op', field: { id: 'f', useDefault: 'true' } } },
    tradingPartners: { tradingPartner: { id: 't', name: 'TP', category: { id: 'disk', name: 'Disk', field: { id: 'dir', useDefault: 'false', value: '/in' } } } },
    sharedCommunications: { sharedCommunication: { id: 's', name: 'AS2', type: 'as2', field: { id: 'url', useDefault: 'false', value: 'u' } } },
    crossReferences: { crossReference: { id: 'x', name: 'Map', overrideValues: 'true', CrossReferenceRows: { row: { ref1: 'a', ref20: 'z' } } } },
    processProperties: { ProcessProperty: { id: 'p', name: 'Props', ProcessPropertyValue: { key: 'k', label: 'L', value: 'v', useDefault: 'false', encryptedValueSet: 'false' } } },
    properties: { property: { name: 'DPP', value: 'x' } },
    PGPCertificates: { PGPCertificate: { id: 'g', value: 'cert', useDefault: 'false' } }
  }

  test('every section: a lone object reads as a one-element array, "true"/"false" as booleans', () => {
    const parsed = environmentExtensionsSchema.parse(lone)
    expect(parsed.connections?.connection[0]?.field[0]).toMatchObject({ id: 'host', useDefault: false, usesEncryption: false, encryptedValueSet: false })
    expect(parsed.operations?.operation[0]?.field[0]?.useDefault).toBe(true)
    expect(parsed.tradingPartners?.tradingPartner[0]?.category[0]?.field[0]).toMatchObject({ id: 'dir', useDefault: false })
    expect(parsed.sharedCommunications?.sharedCommunication[0]?.field[0]).toMatchObject({ id: 'url', useDefault: false })
    expect(parsed.crossReferences?.crossReference[0]).toMatchObject({ overrideValues: true })
    expect(parsed.crossReferences?.crossReference[0]?.CrossReferenceRows?.row).toEqual([{ ref1: 'a', ref20: 'z' }])
    expect(parsed.processProperties?.ProcessProperty[0]?.ProcessPropertyValue[0]).toMatchObject({ key: 'k', useDefault: false, encryptedValueSet: false })
    expect(parsed.properties?.property).toEqual([{ name: 'DPP', value: 'x' }])
    expect(parsed.PGPCertificates?.PGPCertificate[0]).toMatchObject({ id: 'g', useDefault: false })
  })

  test('an answer that leaves the documented shape is refused, not read as empty', () => {
    expect(environmentExtensionsSchema.safeParse({ ...lone, connections: { connection: [{ name: 'no id', field: [] }] } }).success).toBe(false)
    expect(environmentExtensionsSchema.safeParse({ ...lone, properties: { property: [{ value: 'no name' }] } }).success).toBe(false)
    expect(environmentExtensionsSchema.safeParse({ ...lone, processProperties: { ProcessProperty: [{ id: 'p', name: 'P', ProcessPropertyValue: [{ useDefault: 'maybe' }] }] } }).success).toBe(false)
  })
})

describe('privileges', () => {
  test('reads and writes of each object name their privilege; unknown objects none', () => {
    expect(privilegeFor('GET', 'EnvironmentExtensions/e1', false)).toBe(PRIVILEGES.EnvironmentExtensions!.read)
    expect(privilegeFor('POST', 'EnvironmentExtensions/e1', true)).toBe(PRIVILEGES.EnvironmentExtensions!.write)
    expect(privilegeFor('POST', 'PackagedComponent/query', false)).toBe(PRIVILEGES.PackagedComponent!.read)
    expect(privilegeFor('POST', 'DeployedPackage/queryMore', false)).toBe(PRIVILEGES.DeployedPackage!.read)
    expect(privilegeFor('POST', 'ComponentMetadata/bulk', false)).toBe(PRIVILEGES.ComponentMetadata!.read)
    // A bulk UPDATE is a change although its path is /bulk.
    expect(privilegeFor('POST', 'ProcessSchedules/bulk', true)).toBe(PRIVILEGES.ProcessSchedules!.write)
    expect(privilegeFor('POST', 'DeployedPackage', true)).toBe(PRIVILEGES.DeployedPackage!.write)
    expect(privilegeFor('DELETE', 'DeployedPackage/d1', true)).toBe(PRIVILEGES.DeployedPackage!.write)
    expect(privilegeFor('POST', 'NoSuchObject/query', false)).toBeUndefined()
    expect(PRIVILEGES.DeployedPackage!.read).not.toBe(PRIVILEGES.DeployedPackage!.write)
    expect(PRIVILEGES.ComponentMetadata!.read).toMatch(/Build Read Access/)
  })
})
