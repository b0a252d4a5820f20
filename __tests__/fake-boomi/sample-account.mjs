// @ts-check
/**
 * Seed data for the fake Boomi server: one account "acme-ABC123" with TEST and PROD environments.
 *
 * `sampleAccount()` returns a fresh seed every call (safe to mutate); ids are stable constants (`IDS`).
 * Nothing is packaged or deployed at the start (`packages: []`, `deployments: []`).
 *
 * Extension items (both TEST and PROD, different values; see EXT_VALUES for the exact values):
 *   connection  'Orders DB'   url (plain, overridden) · user (plain; default in TEST, overridden in PROD) · password (encrypted, set)
 *   connection  'Partner FTP' host (overridden) · port (TEST default, PROD overridden) · password (encrypted, set)
 *               requiresDeployOf: 'Orders Listener' → hidden until the listener is actively deployed in that env
 *   operation   'Orders Query' ObjectName (TEST overridden, PROD default)
 *   processProperties 'Orders Settings': 'Batch Size' (overridden), 'Mode' (TEST default, PROD overridden), 'API Key' (encrypted, set)
 *   properties  region (overridden), tier (TEST default "standard", PROD overridden)
 *   crossReference 'Country Codes' (2 columns; TEST not overridden, PROD overridden)
 *   sharedCommunication 'Partner Gateway' (type http) field http-url (TEST overridden, PROD default)
 *   tradingPartner 'Acme Retail' category as2: as2identity-encryptAlias, as2identity-signAlias
 *   PGPCertificate 'Partner PGP Key' (TEST default, PROD overridden to the 'Partner PGP Key (PROD)' component)
 */

/** @typedef {import('./state.mjs').Seed} Seed */
/** @typedef {import('./state.mjs').Component} Component */
/** @typedef {import('./state.mjs').ExtensionModel} ExtensionModel */

export const IDS = Object.freeze({
  account: 'acme-ABC123',
  env: Object.freeze({
    TEST: '6f0e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a01',
    PROD: '6f0e2c1a-3b4d-4e5f-8a9b-0c1d2e3f4a02'
  }),
  atom: Object.freeze({
    test1: 'a7c0e1d2-5f6a-4b7c-9d8e-1f2a3b4c5d01',
    test2: 'a7c0e1d2-5f6a-4b7c-9d8e-1f2a3b4c5d02',
    prod: 'a7c0e1d2-5f6a-4b7c-9d8e-1f2a3b4c5d03'
  }),
  component: Object.freeze({
    /** process 'Nightly Orders Sync' */
    nightly: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e01',
    /** process 'Orders Listener' (listener) */
    listener: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e02',
    /** webservice 'Orders API' */
    ordersApi: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e03',
    /** process 'Legacy Orders Export' — deleted (latest revision is a deletion) */
    legacyExport: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e04',
    /** connector-settings 'Orders DB' */
    ordersDb: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e05',
    /** connector-settings 'Partner FTP' */
    partnerFtp: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e06',
    /** connector-action 'Orders Query' */
    ordersQuery: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e07',
    /** processproperty 'Orders Settings' */
    ordersSettings: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e08',
    /** crossref 'Country Codes' */
    countryCodes: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e09',
    /** tpcommoptions (shared communication channel) 'Partner Gateway' */
    partnerGateway: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e0a',
    /** tradingpartner 'Acme Retail' */
    acmeRetail: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e0b',
    /** certificate.pgp 'Partner PGP Key' */
    pgpKey: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e0c',
    /** certificate.pgp 'Partner PGP Key (PROD)' */
    pgpKeyProd: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e0d',
    /** process 'Orders Sync' in folder 'Orders' — shares its name with ordersSyncReturns */
    ordersSync: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e0e',
    /** process 'Orders Sync' in folder 'Returns' */
    ordersSyncReturns: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e0f',
    /** process 'Nightly Orders Sync' in folder 'Archive' — deleted namesake of `nightly` */
    nightlyDeleted: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e10'
  }),
  /** keys of the values of the 'Orders Settings' process-property component */
  ppKey: Object.freeze({
    batchSize: 'a1b2c3d4-0001-4e10-8a00-00000000b001',
    mode: 'a1b2c3d4-0002-4e10-8a00-00000000b002',
    apiKey: 'a1b2c3d4-0003-4e10-8a00-00000000b003'
  })
})

/** Values seeded per environment (so tests can compare without repeating literals). */
export const EXT_VALUES = Object.freeze({
  TEST: Object.freeze({
    ordersDbUrl: 'jdbc:postgresql://db.test.acme.example:5432/orders',
    ordersDbUser: null,
    ordersDbPassword: 'test-db-secret',
    ftpHost: 'ftp-test.partner.example',
    ftpPort: null,
    ftpPassword: 'test-ftp-secret',
    objectName: 'orders_test',
    batchSize: '10',
    mode: null,
    apiKey: 'test-api-key',
    region: 'eu-test',
    tier: null,
    gatewayUrl: 'https://gateway-test.partner.example/as2',
    encryptAlias: 'acme-test-encrypt',
    signAlias: null,
    pgp: null
  }),
  PROD: Object.freeze({
    ordersDbUrl: 'jdbc:postgresql://db.prod.acme.example:5432/orders',
    ordersDbUser: 'orders_prod',
    ordersDbPassword: 'prod-db-secret',
    ftpHost: 'ftp.partner.example',
    ftpPort: '2121',
    ftpPassword: 'prod-ftp-secret',
    objectName: null,
    batchSize: '500',
    mode: 'incremental',
    apiKey: 'prod-api-key',
    region: 'eu',
    tier: 'gold',
    gatewayUrl: null,
    encryptAlias: 'acme-prod-encrypt',
    signAlias: 'acme-prod-sign',
    pgp: 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e0d'
  })
})

const CREATED = '2024-03-01T09:00:00Z'
const MODIFIED = '2025-05-20T14:30:00Z'
const DEV = 'dev@acme.example'

/**
 * @param {string} componentId
 * @param {string} name
 * @param {string} type
 * @param {number} version
 * @param {Partial<Component>} [extra]
 * @returns {Component}
 */
function component(componentId, name, type, version, extra = {}) {
  return {
    componentId,
    name,
    type,
    version,
    folderName: 'Orders',
    folderId: 'Rjo1MjM0NTY',
    createdDate: CREATED,
    createdBy: DEV,
    modifiedDate: MODIFIED,
    modifiedBy: DEV,
    ...extra
  }
}

/** @returns {Component[]} */
function components() {
  const c = IDS.component
  return [
    component(c.nightly, 'Nightly Orders Sync', 'process', 12),
    component(c.listener, 'Orders Listener', 'process', 5, { listener: true }),
    component(c.ordersApi, 'Orders API', 'webservice', 3),
    component(c.legacyExport, 'Legacy Orders Export', 'process', 4, { deleted: true, folderName: 'Archive' }),
    component(c.ordersDb, 'Orders DB', 'connector-settings', 6, { subType: 'database' }),
    component(c.partnerFtp, 'Partner FTP', 'connector-settings', 2, { subType: 'ftp' }),
    component(c.ordersQuery, 'Orders Query', 'connector-action', 3, { subType: 'database' }),
    component(c.ordersSettings, 'Orders Settings', 'processproperty', 2),
    component(c.countryCodes, 'Country Codes', 'crossref', 1),
    component(c.partnerGateway, 'Partner Gateway', 'tpcommoptions', 1),
    component(c.acmeRetail, 'Acme Retail', 'tradingpartner', 2),
    component(c.pgpKey, 'Partner PGP Key', 'certificate.pgp', 1),
    component(c.pgpKeyProd, 'Partner PGP Key (PROD)', 'certificate.pgp', 1),
    // Names people share: two live processes with one name in two folders, and a deleted one
    // with the name of a live process (ComponentMetadata shows its old revisions as not deleted).
    component(c.ordersSync, 'Orders Sync', 'process', 4),
    component(c.ordersSyncReturns, 'Orders Sync', 'process', 2, { folderName: 'Returns', folderId: 'Rjo5ODc2NTQ' }),
    component(c.nightlyDeleted, 'Nightly Orders Sync', 'process', 3, { deleted: true, folderName: 'Archive', folderId: 'Rjo0NDQ0NDQ' })
  ]
}

/**
 * @param {'TEST' | 'PROD'} env
 * @returns {ExtensionModel}
 */
function extensionModel(env) {
  const v = EXT_VALUES[env]
  const c = IDS.component
  return {
    extensionGroupId: '',
    connections: [
      {
        id: c.ordersDb,
        name: 'Orders DB',
        fields: [
          { id: 'url', default: 'jdbc:postgresql://localhost:5432/orders', override: v.ordersDbUrl },
          { id: 'user', default: 'orders', override: v.ordersDbUser },
          { id: 'password', usesEncryption: true, default: 'changeme', secret: v.ordersDbPassword }
        ]
      },
      {
        id: c.partnerFtp,
        name: 'Partner FTP',
        requiresDeployOf: c.listener,
        fields: [
          { id: 'host', default: 'localhost', override: v.ftpHost },
          { id: 'port', default: '21', override: v.ftpPort },
          { id: 'password', usesEncryption: true, default: null, secret: v.ftpPassword }
        ]
      }
    ],
    operations: [
      {
        id: c.ordersQuery,
        name: 'Orders Query',
        fields: [{ id: 'ObjectName', default: 'orders', override: v.objectName }]
      }
    ],
    tradingPartners: [
      {
        id: c.acmeRetail,
        name: 'Acme Retail',
        categories: [
          {
            id: 'as2',
            name: 'AS2',
            fields: [
              { id: 'as2identity-encryptAlias', default: 'acme-default-encrypt', override: v.encryptAlias },
              { id: 'as2identity-signAlias', default: 'acme-default-sign', override: v.signAlias }
            ]
          }
        ]
      }
    ],
    sharedCommunications: [
      {
        id: c.partnerGateway,
        name: 'Partner Gateway',
        type: 'http',
        fields: [{ id: 'http-url', default: 'https://gateway.partner.example/as2', override: v.gatewayUrl }]
      }
    ],
    crossReferences: [
      {
        id: c.countryCodes,
        name: 'Country Codes',
        columns: 2,
        defaultRows: [
          { ref1: 'DE', ref2: 'Germany' },
          { ref1: 'FR', ref2: 'France' }
        ],
        override:
          env === 'PROD'
            ? [
                { ref1: 'DE', ref2: 'Deutschland' },
                { ref1: 'FR', ref2: 'France' },
                { ref1: 'US', ref2: 'United States' }
              ]
            : null
      }
    ],
    processProperties: [
      {
        id: c.ordersSettings,
        name: 'Orders Settings',
        values: [
          { key: IDS.ppKey.batchSize, label: 'Batch Size', default: '100', override: v.batchSize },
          { key: IDS.ppKey.mode, label: 'Mode', default: 'full', override: v.mode },
          { key: IDS.ppKey.apiKey, label: 'API Key', usesEncryption: true, default: null, secret: v.apiKey }
        ]
      }
    ],
    properties: [
      { name: 'region', default: '', override: v.region },
      { name: 'tier', default: 'standard', override: v.tier }
    ],
    pgpCertificates: [{ id: c.pgpKey, name: 'Partner PGP Key', default: c.pgpKey, override: v.pgp }]
  }
}

/**
 * A fresh seed for the sample account (a new object tree every call).
 * @returns {Seed}
 */
export function sampleAccount() {
  return {
    accountId: IDS.account,
    username: 'BOOMI_TOKEN.ci@acme.example',
    token: 'tok-0123456789abcdef',
    environments: [
      { id: IDS.env.TEST, name: 'TEST', classification: 'TEST' },
      { id: IDS.env.PROD, name: 'PROD', classification: 'PROD' }
    ],
    atoms: [
      {
        id: IDS.atom.test1,
        name: 'TEST Atom 1',
        type: 'ATOM',
        status: 'ONLINE',
        hostName: 'test-atom-1.acme.internal',
        currentVersion: '25.05.1',
        dateInstalled: '2024-02-01T10:00:00Z',
        createdBy: DEV
      },
      {
        id: IDS.atom.test2,
        name: 'TEST Atom 2',
        type: 'ATOM',
        status: 'ONLINE',
        hostName: 'test-atom-2.acme.internal',
        currentVersion: '25.05.1',
        dateInstalled: '2024-02-01T10:05:00Z',
        createdBy: DEV
      },
      {
        id: IDS.atom.prod,
        name: 'PROD Atom',
        type: 'ATOM',
        status: 'ONLINE',
        hostName: 'prod-atom.acme.internal',
        currentVersion: '25.05.1',
        dateInstalled: '2024-02-02T08:00:00Z',
        createdBy: DEV
      }
    ],
    attachments: [
      { atomId: IDS.atom.test1, environmentId: IDS.env.TEST },
      { atomId: IDS.atom.test2, environmentId: IDS.env.TEST },
      { atomId: IDS.atom.prod, environmentId: IDS.env.PROD }
    ],
    components: components(),
    packages: [],
    deployments: [],
    extensions: {
      [IDS.env.TEST]: extensionModel('TEST'),
      [IDS.env.PROD]: extensionModel('PROD')
    },
    schedules: []
  }
}

/**
 * Id of the i-th extra component of `manyComponents` (i from 1).
 * @param {number} i
 */
export function benchComponentId(i) {
  return `b0000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`
}

/**
 * The sample account plus `n` extra process components named "Bench Process 0001".. (ids from
 * `benchComponentId(i)`, i = 1..n), for benchmarks.
 * @param {number} n
 * @returns {Seed}
 */
export function manyComponents(n) {
  const seed = sampleAccount()
  for (let i = 1; i <= n; i++) {
    seed.components.push(
      component(benchComponentId(i), `Bench Process ${String(i).padStart(4, '0')}`, 'process', 1 + (i % 7), {
        folderName: 'Bench'
      })
    )
  }
  return seed
}

/** Packages of the deployment history seeded by `withDeploymentHistory` (ids of PROD's history). */
export const HISTORY = Object.freeze({
  nightly: Object.freeze({ v10: 'ab000000-0000-4000-8000-000000000010', v11: 'ab000000-0000-4000-8000-000000000011', v12: 'ab000000-0000-4000-8000-000000000012' }),
  ordersApi: Object.freeze({ v30: 'ab000000-0000-4000-8000-000000000030', v40: 'ab000000-0000-4000-8000-000000000040' }),
  listener: Object.freeze({ v10: 'ab000000-0000-4000-8000-000000000050' }),
  /** deployment ids in PROD */
  deployment: Object.freeze({
    nightly10: 'de000000-0000-4000-8000-000000000010',
    nightly11: 'de000000-0000-4000-8000-000000000011',
    nightly12: 'de000000-0000-4000-8000-000000000012',
    nightly12Test: 'de000000-0000-4000-8000-000000000112',
    ordersApi30: 'de000000-0000-4000-8000-000000000030',
    ordersApi40: 'de000000-0000-4000-8000-000000000040',
    listener10: 'de000000-0000-4000-8000-000000000050'
  })
})

/**
 * The sample account after some releases: in PROD, 'Nightly Orders Sync' went 1.0 → 1.1 → 1.2
 * (revisions 8, 10, 12; 1.2 active, and active in TEST too); 'Orders API' 3.0 → 4.0 (4.0 active; the 3.0 package was
 * deleted since); 'Orders Listener' 1.0 is active, paused, its only deployment. The history is
 * listed out of date order, as nothing says Boomi sorts query results.
 * @param {Seed} [seed]
 * @returns {Seed}
 */
export function withDeploymentHistory(seed = sampleAccount()) {
  const c = IDS.component
  const h = HISTORY
  /** @param {string} packageId @param {string} componentId @param {string} version @param {number} revision @param {string} date @param {boolean} [deleted] */
  const pkg = (packageId, componentId, version, revision, date, deleted = false) => ({
    packageId,
    packageVersion: version,
    componentId,
    componentVersion: `${revision}.0`,
    componentType: seed.components.find((x) => x.componentId === componentId)?.type ?? 'process',
    createdDate: date,
    createdBy: DEV,
    notes: `release ${version}`,
    shareable: false,
    deleted
  })
  /**
   * @param {string} deploymentId @param {string} packageId @param {string} componentId @param {string} version
   * @param {number} revision @param {number} n deployment version @param {string} date @param {boolean} active @param {string} [environmentId]
   * @param {'RUNNING' | 'PAUSED'} [listenerStatus]
   */
  const dep = (deploymentId, packageId, componentId, version, revision, n, date, active, environmentId = IDS.env.PROD, listenerStatus) => ({
    deploymentId,
    version: n,
    packageId,
    packageVersion: version,
    environmentId,
    componentId,
    componentVersion: `${revision}.0`,
    componentType: seed.components.find((x) => x.componentId === componentId)?.type ?? 'process',
    deployedDate: date,
    deployedBy: DEV,
    notes: `release ${version}`,
    active,
    ...(listenerStatus ? { listenerStatus } : {})
  })
  seed.packages = [
    ...(seed.packages ?? []),
    pkg(h.nightly.v10, c.nightly, '1.0', 8, '2025-01-10T09:00:00Z'),
    pkg(h.nightly.v11, c.nightly, '1.1', 10, '2025-02-10T09:00:00Z'),
    pkg(h.nightly.v12, c.nightly, '1.2', 12, '2025-03-10T09:00:00Z'),
    pkg(h.ordersApi.v30, c.ordersApi, '3.0', 2, '2025-01-05T09:00:00Z', true),
    pkg(h.ordersApi.v40, c.ordersApi, '4.0', 3, '2025-02-05T09:00:00Z'),
    pkg(h.listener.v10, c.listener, '1.0', 5, '2025-01-07T09:00:00Z')
  ]
  seed.deployments = [
    ...(seed.deployments ?? []),
    dep(h.deployment.nightly11, h.nightly.v11, c.nightly, '1.1', 10, 2, '2025-02-11T10:00:00Z', false),
    dep(h.deployment.nightly12, h.nightly.v12, c.nightly, '1.2', 12, 3, '2025-03-11T10:00:00Z', true),
    dep(h.deployment.nightly10, h.nightly.v10, c.nightly, '1.0', 8, 1, '2025-01-11T10:00:00Z', false),
    dep(h.deployment.nightly12Test, h.nightly.v12, c.nightly, '1.2', 12, 1, '2025-03-10T10:00:00Z', true, IDS.env.TEST),
    dep(h.deployment.ordersApi40, h.ordersApi.v40, c.ordersApi, '4.0', 3, 2, '2025-02-06T10:00:00Z', true),
    dep(h.deployment.ordersApi30, h.ordersApi.v30, c.ordersApi, '3.0', 2, 1, '2025-01-06T10:00:00Z', false),
    dep(h.deployment.listener10, h.listener.v10, c.listener, '1.0', 5, 1, '2025-01-08T10:00:00Z', true, IDS.env.PROD, 'PAUSED')
  ]
  return seed
}
