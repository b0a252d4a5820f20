// The EnvironmentExtensions object family as the Platform API returns it (spec schemas
// EnvironmentExtensions, Field, Connection, OverrideProcessProperty, ProcessPropertyValue, Property,
// CrossReference, PGPCertificate, TradingPartner, SharedCommunication, …).
//
// Parsing is tolerant on purpose: every object keeps keys we do not know (a full update that dropped
// them would reset them), one-element lists may arrive as a lone object and booleans as "true".
// What is strict is the one thing we cannot do without: the ID of every item, field and value.
// An item we could not address would silently fall out of a full update and be reset.
import { z } from 'zod'
import type { BoomiClient } from './client.js'
import { list, looseBoolean, looseString } from './zod-helpers.js'

/** A key/value pair under a field's customProperties (spec PropertyPair); encrypted values come back without `value`. */
export const extensionCustomPropertySchema = z.looseObject({
  key: looseString.optional(),
  value: looseString.optional(),
  encrypted: looseBoolean.optional()
})

/** Where a field's value lives in a cloud secrets manager instead of in Boomi. */
export const cloudManagedSecretConfigSchema = z.looseObject({
  usesRemoteSecretsManager: looseBoolean.optional(),
  secretsManagerType: z.string().optional(),
  secretReference: z.string().optional()
})

/** One extensible field of a connection, operation, communication channel or trading-partner category. */
export const extensionFieldSchema = z.looseObject({
  id: looseString,
  /** Absent for encrypted fields (never returned) and often for fields on their default. */
  value: looseString.optional(),
  /** true: the component's own value applies; false: `value` overrides it. */
  useDefault: looseBoolean.optional(),
  usesEncryption: looseBoolean.optional(),
  encryptedValueSet: looseBoolean.optional(),
  componentOverride: looseBoolean.optional(),
  customProperties: z.looseObject({ properties: list(extensionCustomPropertySchema) }).optional(),
  CloudManagedSecretConfig: cloudManagedSecretConfigSchema.optional()
})

/** Connection, Operation and TradingPartnerCategory share this shape: an addressable list of fields. */
const fieldHolderShape = {
  id: looseString,
  name: z.string().optional(),
  field: list(extensionFieldSchema)
}

export const extensionConnectionSchema = z.looseObject(fieldHolderShape)
export const extensionOperationSchema = z.looseObject(fieldHolderShape)
export const sharedCommunicationSchema = z.looseObject({ ...fieldHolderShape, type: z.string().optional() })
export const tradingPartnerCategorySchema = z.looseObject(fieldHolderShape)
export const extensionTradingPartnerSchema = z.looseObject({
  id: looseString,
  name: z.string().optional(),
  category: list(tradingPartnerCategorySchema)
})

/** One value of a process property component; `value` is returned only once it was saved (API or UI). */
export const processPropertyValueSchema = z.looseObject({
  key: looseString,
  label: z.string().optional(),
  value: looseString.optional(),
  useDefault: looseBoolean.optional(),
  usesEncryption: looseBoolean.optional(),
  encryptedValueSet: looseBoolean.optional(),
  componentOverride: looseBoolean.optional(),
  validate: looseBoolean.optional()
})

export const overrideProcessPropertySchema = z.looseObject({
  id: looseString,
  name: z.string().optional(),
  ProcessPropertyValue: list(processPropertyValueSchema)
})

/** A dynamic process property. The spec requires `value`, yet an unset one may come back as "" or without it. */
export const dynamicPropertySchema = z.looseObject({
  name: z.string(),
  value: looseString.optional()
})

/** A cross-reference row: columns ref1…ref20; other keys ("@type") pass through untyped. */
export const crossReferenceRowSchema = z.looseRecord(z.templateLiteral(['ref', z.int().min(1).max(20)]), looseString)

export const crossReferenceSchema = z.looseObject({
  id: looseString,
  name: z.string().optional(),
  overrideValues: looseBoolean.optional(),
  CrossReferenceRows: z.looseObject({ row: list(crossReferenceRowSchema) }).optional()
})

/**
 * A PGP certificate used by a deployed process: `id` is that certificate, `value` the ID of the
 * certificate component to use instead. `name` is not in the spec; it is read when Boomi sends it.
 */
export const pgpCertificateSchema = z.looseObject({
  id: looseString,
  name: z.string().optional(),
  value: looseString.optional(),
  useDefault: looseBoolean.optional()
})

/**
 * The spec marks all eight sections required, but real responses leave out empty ones, so they are
 * optional here; inside each, a missing list reads as an empty one.
 */
export const environmentExtensionsSchema = z.looseObject({
  id: looseString,
  environmentId: looseString.optional(),
  extensionGroupId: z.string().optional(),
  connections: z.looseObject({ connection: list(extensionConnectionSchema) }).optional(),
  operations: z.looseObject({ operation: list(extensionOperationSchema) }).optional(),
  tradingPartners: z.looseObject({ tradingPartner: list(extensionTradingPartnerSchema) }).optional(),
  sharedCommunications: z.looseObject({ sharedCommunication: list(sharedCommunicationSchema) }).optional(),
  crossReferences: z.looseObject({ crossReference: list(crossReferenceSchema) }).optional(),
  processProperties: z.looseObject({ ProcessProperty: list(overrideProcessPropertySchema) }).optional(),
  properties: z.looseObject({ property: list(dynamicPropertySchema) }).optional(),
  PGPCertificates: z.looseObject({ PGPCertificate: list(pgpCertificateSchema) }).optional()
})

/**
 * The UPDATE body: the same object plus `partial`, which the planner always sets explicitly
 * (Boomi treats a missing `partial` as a full update).
 */
export const environmentExtensionsUpdateSchema = environmentExtensionsSchema.extend({ partial: z.boolean() })

export type ExtensionField = z.infer<typeof extensionFieldSchema>
export type ExtensionConnection = z.infer<typeof extensionConnectionSchema>
export type ExtensionOperation = z.infer<typeof extensionOperationSchema>
export type SharedCommunication = z.infer<typeof sharedCommunicationSchema>
export type TradingPartnerCategory = z.infer<typeof tradingPartnerCategorySchema>
export type ExtensionTradingPartner = z.infer<typeof extensionTradingPartnerSchema>
export type ProcessPropertyValue = z.infer<typeof processPropertyValueSchema>
export type OverrideProcessProperty = z.infer<typeof overrideProcessPropertySchema>
export type DynamicProperty = z.infer<typeof dynamicPropertySchema>
export type CrossReferenceRow = z.infer<typeof crossReferenceRowSchema>
export type CrossReference = z.infer<typeof crossReferenceSchema>
export type PgpCertificate = z.infer<typeof pgpCertificateSchema>
export type EnvironmentExtensions = z.infer<typeof environmentExtensionsSchema>
export type EnvironmentExtensionsUpdate = z.infer<typeof environmentExtensionsUpdateSchema>

/** The environment's extensions as they stand (encrypted values are never returned). */
export function getExtensions(client: BoomiClient, environmentId: string): Promise<EnvironmentExtensions> {
  return client.get(`EnvironmentExtensions/${encodeURIComponent(environmentId)}`, environmentExtensionsSchema)
}

/**
 * UPDATE is `POST /EnvironmentExtensions/{id}` in the current spec (older tools add `/update`).
 * The same body always produces the same state, so the client may repeat it after a lost answer.
 */
export function updateExtensions(client: BoomiClient, body: EnvironmentExtensionsUpdate): Promise<EnvironmentExtensions> {
  return client.update(`EnvironmentExtensions/${encodeURIComponent(body.id)}`, body, environmentExtensionsSchema)
}
