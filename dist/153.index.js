export const id = 58;
export const ids = [58];
export const modules = {

/***/ 7058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClient: () => (/* binding */ createClient),
  loadFiles: () => (/* binding */ loadFiles),
  readAndPlan: () => (/* binding */ readAndPlan),
  write: () => (/* binding */ write)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/boomi/zod-helpers.ts
// Boomi's JSON comes from an XML model: one-element lists sometimes arrive as a lone object,
// numbers as strings and booleans as "true"/"false". These normalise that drift at the edge,
// so the rest of the code sees one shape.

/** An array that also accepts a lone object (XML origin) and an absent value (empty list). */
function list(item) {
    return schemas/* preprocess */.vkY((value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]), schemas/* array */.YOg(item));
}
/** A string that may arrive as a number (componentVersion, maxRetry). */
const looseString = schemas/* preprocess */.vkY((value) => (typeof value === 'number' ? String(value) : value), schemas/* string */.YjP());
/** A boolean that may arrive as "true" / "false". */
const looseBoolean = schemas/* preprocess */.vkY((value) => (value === 'true' ? true : value === 'false' ? false : value), schemas/* boolean */.zMY());
/** An integer that may arrive as a numeric string. */
const looseInt = schemas/* preprocess */.vkY((value) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value), schemas/* number */.aig().int());

;// CONCATENATED MODULE: ./src/boomi/extensions.ts
// The EnvironmentExtensions object family as the Platform API returns it (spec schemas
// EnvironmentExtensions, Field, Connection, OverrideProcessProperty, ProcessPropertyValue, Property,
// CrossReference, PGPCertificate, TradingPartner, SharedCommunication, …).
//
// Parsing is tolerant on purpose: every object keeps keys we do not know (a full update that dropped
// them would reset them), one-element lists may arrive as a lone object and booleans as "true".
// What is strict is the one thing we cannot do without: the ID of every item, field and value.
// An item we could not address would silently fall out of a full update and be reset.


/** A key/value pair under a field's customProperties (spec PropertyPair); encrypted values come back without `value`. */
const extensionCustomPropertySchema = schemas/* looseObject */._H3({
    key: looseString.optional(),
    value: looseString.optional(),
    encrypted: looseBoolean.optional()
});
/** Where a field's value lives in a cloud secrets manager instead of in Boomi. */
const cloudManagedSecretConfigSchema = schemas/* looseObject */._H3({
    usesRemoteSecretsManager: looseBoolean.optional(),
    secretsManagerType: schemas/* string */.YjP().optional(),
    secretReference: schemas/* string */.YjP().optional()
});
/** One extensible field of a connection, operation, communication channel or trading-partner category. */
const extensionFieldSchema = schemas/* looseObject */._H3({
    id: looseString,
    /** Absent for encrypted fields (never returned) and often for fields on their default. */
    value: looseString.optional(),
    /** true: the component's own value applies; false: `value` overrides it. */
    useDefault: looseBoolean.optional(),
    usesEncryption: looseBoolean.optional(),
    encryptedValueSet: looseBoolean.optional(),
    componentOverride: looseBoolean.optional(),
    customProperties: schemas/* looseObject */._H3({ properties: list(extensionCustomPropertySchema) }).optional(),
    CloudManagedSecretConfig: cloudManagedSecretConfigSchema.optional()
});
/** Connection, Operation and TradingPartnerCategory share this shape: an addressable list of fields. */
const fieldHolderShape = {
    id: looseString,
    name: schemas/* string */.YjP().optional(),
    field: list(extensionFieldSchema)
};
const extensionConnectionSchema = schemas/* looseObject */._H3(fieldHolderShape);
const extensionOperationSchema = schemas/* looseObject */._H3(fieldHolderShape);
const sharedCommunicationSchema = schemas/* looseObject */._H3({ ...fieldHolderShape, type: schemas/* string */.YjP().optional() });
const tradingPartnerCategorySchema = schemas/* looseObject */._H3(fieldHolderShape);
const extensionTradingPartnerSchema = schemas/* looseObject */._H3({
    id: looseString,
    name: schemas/* string */.YjP().optional(),
    category: list(tradingPartnerCategorySchema)
});
/** One value of a process property component; `value` is returned only once it was saved (API or UI). */
const processPropertyValueSchema = schemas/* looseObject */._H3({
    key: looseString,
    label: schemas/* string */.YjP().optional(),
    value: looseString.optional(),
    useDefault: looseBoolean.optional(),
    usesEncryption: looseBoolean.optional(),
    encryptedValueSet: looseBoolean.optional(),
    componentOverride: looseBoolean.optional(),
    validate: looseBoolean.optional()
});
const overrideProcessPropertySchema = schemas/* looseObject */._H3({
    id: looseString,
    name: schemas/* string */.YjP().optional(),
    ProcessPropertyValue: list(processPropertyValueSchema)
});
/** A dynamic process property. The spec requires `value`, yet an unset one may come back as "" or without it. */
const dynamicPropertySchema = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP(),
    value: looseString.optional()
});
/** A cross-reference row: columns ref1…ref20; other keys ("@type") pass through untyped. */
const crossReferenceRowSchema = schemas/* looseRecord */.qWX(schemas/* templateLiteral */.Uy$(['ref', schemas/* int */.Whr().min(1).max(20)]), looseString);
const crossReferenceSchema = schemas/* looseObject */._H3({
    id: looseString,
    name: schemas/* string */.YjP().optional(),
    overrideValues: looseBoolean.optional(),
    CrossReferenceRows: schemas/* looseObject */._H3({ row: list(crossReferenceRowSchema) }).optional()
});
/**
 * A PGP certificate used by a deployed process: `id` is that certificate, `value` the ID of the
 * certificate component to use instead. `name` is not in the spec; it is read when Boomi sends it.
 */
const pgpCertificateSchema = schemas/* looseObject */._H3({
    id: looseString,
    name: schemas/* string */.YjP().optional(),
    value: looseString.optional(),
    useDefault: looseBoolean.optional()
});
/**
 * The spec marks all eight sections required, but real responses leave out empty ones, so they are
 * optional here; inside each, a missing list reads as an empty one.
 */
const environmentExtensionsSchema = schemas/* looseObject */._H3({
    id: looseString,
    environmentId: looseString.optional(),
    extensionGroupId: schemas/* string */.YjP().optional(),
    connections: schemas/* looseObject */._H3({ connection: list(extensionConnectionSchema) }).optional(),
    operations: schemas/* looseObject */._H3({ operation: list(extensionOperationSchema) }).optional(),
    tradingPartners: schemas/* looseObject */._H3({ tradingPartner: list(extensionTradingPartnerSchema) }).optional(),
    sharedCommunications: schemas/* looseObject */._H3({ sharedCommunication: list(sharedCommunicationSchema) }).optional(),
    crossReferences: schemas/* looseObject */._H3({ crossReference: list(crossReferenceSchema) }).optional(),
    processProperties: schemas/* looseObject */._H3({ ProcessProperty: list(overrideProcessPropertySchema) }).optional(),
    properties: schemas/* looseObject */._H3({ property: list(dynamicPropertySchema) }).optional(),
    PGPCertificates: schemas/* looseObject */._H3({ PGPCertificate: list(pgpCertificateSchema) }).optional()
});
/**
 * The UPDATE body: the same object plus `partial`, which the planner always sets explicitly
 * (Boomi treats a missing `partial` as a full update).
 */
const environmentExtensionsUpdateSchema = environmentExtensionsSchema.extend({ partial: schemas/* boolean */.zMY() });
/** The environment's extensions as they stand (encrypted values are never returned). */
function getExtensions(client, environmentId) {
    return client.get(`EnvironmentExtensions/${encodeURIComponent(environmentId)}`, environmentExtensionsSchema);
}
/**
 * UPDATE is `POST /EnvironmentExtensions/{id}` in the current spec (older tools add `/update`).
 * The same body always produces the same state, so the client may repeat it after a lost answer.
 */
function updateExtensions(client, body) {
    return client.update(`EnvironmentExtensions/${encodeURIComponent(body.id)}`, body, environmentExtensionsSchema);
}

;// CONCATENATED MODULE: ./src/plan/extensions/objects.ts
// Small object helpers shared by the planner's modules.
function definedOnly(object) {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

;// CONCATENATED MODULE: ./src/plan/extensions/show.ts
const REDACTED = '<redacted>';
function plainValues(state) {
    switch (state.kind) {
        case 'value':
            return state.value === undefined ? [] : [state.value];
        case 'property':
            return [state.value];
        case 'table':
            return (state.rows ?? []).flat();
        case 'encrypted':
            return [];
    }
}
function holdsSecret(state, secretValues) {
    return plainValues(state).some((value) => value !== '' && secretValues.has(value));
}
/** The value a change list shows; undefined for defaults and for what cannot be shown. */
function shownValue(state) {
    switch (state.kind) {
        case 'value':
            return state.useDefault ? undefined : state.value;
        case 'property':
            return state.value === '' ? undefined : state.value;
        case 'table':
            return state.overrideValues && state.rows ? `${state.rows.length} row${state.rows.length === 1 ? '' : 's'}` : undefined;
        case 'encrypted':
            return undefined;
    }
}
function describeState(state, secret) {
    const shown = (value) => (secret ? REDACTED : value);
    switch (state.kind) {
        case 'value':
            if (state.useDefault)
                return '(default)';
            return state.value === undefined ? '(override, value not returned)' : shown(state.value);
        case 'encrypted':
            return `(${state.useDefault ? 'default' : 'override'}, ${state.encryptedValueSet ? 'encrypted value set' : 'no encrypted value'})`;
        case 'property':
            return state.value === '' ? '(unset)' : shown(state.value);
        case 'table':
            if (!state.overrideValues)
                return "(component's own rows)";
            return state.rows ? shown(JSON.stringify(state.rows)) : '(overridden rows)';
    }
}

;// CONCATENATED MODULE: ./src/plan/extensions/carriers.ts
// How Boomi's value carriers read (encrypted? on their default?): one reading, shared by observing
// the slots and by building the UPDATE body, so both agree.
function isEncrypted(carrier) {
    return carrier.usesEncryption === true || carrier.encryptedValueSet === true;
}
/** useDefault as read; when Boomi leaves it out, a carrier with nothing stored is on its default. */
function readsAsDefault(carrier) {
    if (carrier.useDefault !== undefined)
        return carrier.useDefault;
    return isEncrypted(carrier) ? carrier.encryptedValueSet !== true : carrier.value === undefined;
}

;// CONCATENATED MODULE: ./src/plan/extensions/slots.ts

function componentHolder(section, component) {
    return { section, componentId: component.id, componentName: displayName(component), path: [component.id], fieldPrefix: '', holder: component };
}
function categoryHolder(partner, category) {
    return {
        section: 'tradingPartners',
        componentId: partner.id,
        componentName: displayName(partner),
        path: [partner.id, category.id],
        fieldPrefix: `${category.id} › `,
        holder: category
    };
}
function fieldHolders(ext) {
    return [
        ...(ext.connections?.connection ?? []).map((c) => componentHolder('connections', c)),
        ...(ext.operations?.operation ?? []).map((o) => componentHolder('operations', o)),
        ...(ext.sharedCommunications?.sharedCommunication ?? []).map((s) => componentHolder('sharedCommunications', s)),
        ...(ext.tradingPartners?.tradingPartner ?? []).flatMap((p) => p.category.map((c) => categoryHolder(p, c)))
    ];
}
function observeSlots(ext) {
    const slots = [
        ...fieldHolders(ext).flatMap((ref) => ref.holder.field.map((field) => ({
            key: slotKey(ref.section, ...ref.path, field.id),
            section: ref.section,
            componentId: ref.componentId,
            componentName: ref.componentName,
            field: ref.fieldPrefix + field.id,
            state: carrierState(field)
        }))),
        ...(ext.processProperties?.ProcessProperty ?? []).flatMap((component) => component.ProcessPropertyValue.map((value) => ({
            key: slotKey('processProperties', component.id, value.key),
            section: 'processProperties',
            componentId: component.id,
            componentName: displayName(component),
            field: value.label || value.key,
            state: carrierState(value)
        }))),
        ...(ext.properties?.property ?? []).map((property) => ({
            key: slotKey('properties', property.name),
            section: 'properties',
            componentId: property.name,
            componentName: property.name,
            field: 'value',
            // Pitfall 17: an unset property may come back as "" or without a value; both mean unset.
            state: { kind: 'property', value: property.value ?? '' }
        })),
        ...(ext.crossReferences?.crossReference ?? []).map((table) => ({
            key: slotKey('crossReferences', table.id),
            section: 'crossReferences',
            componentId: table.id,
            componentName: displayName(table),
            field: 'rows',
            state: { kind: 'table', overrideValues: table.overrideValues ?? false, rows: tableRows(table) }
        })),
        ...(ext.PGPCertificates?.PGPCertificate ?? []).map((certificate) => ({
            key: slotKey('pgpCertificates', certificate.id),
            section: 'pgpCertificates',
            componentId: certificate.id,
            componentName: displayName(certificate),
            field: 'certificate',
            state: carrierState(certificate)
        }))
    ];
    return new Map(slots.map((slot) => [slot.key, slot]));
}
function carrierState(carrier) {
    const useDefault = readsAsDefault(carrier);
    if (isEncrypted(carrier))
        return { kind: 'encrypted', useDefault, encryptedValueSet: carrier.encryptedValueSet === true };
    // On default, a shown value is the component's own one; with an override and no value (a process
    // property never saved) the value is unknown and must not be taken for "".
    if (useDefault || carrier.value === undefined)
        return { kind: 'value', useDefault };
    return { kind: 'value', useDefault, value: carrier.value };
}
const COLUMNS = 20;
function tableRows(table) {
    return (table.CrossReferenceRows?.row ?? []).map((row) => normalisedRow(Array.from({ length: COLUMNS }, (_, i) => row[`ref${i + 1}`])));
}
/** Missing and empty cells compare alike, and trailing empty ones do not count. */
function normalisedRow(cells) {
    const filled = cells.map((cell) => cell ?? '');
    while (filled.length > 0 && filled[filled.length - 1] === '')
        filled.pop();
    return filled;
}
function slotKey(...parts) {
    return JSON.stringify(parts);
}
function displayName(item) {
    return item.name || item.id;
}
function address(slot) {
    return { section: slot.section, componentId: slot.componentId, componentName: slot.componentName, field: slot.field };
}
/** Does `actual` hold what `expected` asks for? Used for both "is this a change" and verification. */
function satisfies(expected, actual) {
    switch (expected.kind) {
        case 'value':
            return (actual.kind === 'value' &&
                actual.useDefault === expected.useDefault &&
                (expected.useDefault || expected.value === undefined || (actual.value ?? '') === expected.value));
        case 'encrypted':
            return (actual.kind === 'encrypted' &&
                actual.useDefault === expected.useDefault &&
                actual.encryptedValueSet === expected.encryptedValueSet);
        case 'property':
            return actual.kind === 'property' && actual.value === expected.value;
        case 'table':
            return (actual.kind === 'table' &&
                actual.overrideValues === expected.overrideValues &&
                (expected.rows === undefined || JSON.stringify(actual.rows) === JSON.stringify(expected.rows)));
    }
}

;// CONCATENATED MODULE: ./src/plan/extensions/plan-slot.ts



function planSlot(slot, wanted, secretValues) {
    const desired = desiredState(slot.state, wanted);
    const secret = slot.state.kind === 'encrypted' || [slot.state, desired].some((s) => holdsSecret(s, secretValues));
    const action = changeAction(slot.state, wanted, desired);
    const shown = secret ? {} : definedOnly({ from: shownValue(slot.state), to: shownValue(desired) });
    const change = { ...address(slot), action, ...shown };
    return { wanted, desired, change, secret };
}
function changeAction(current, wanted, desired) {
    const resets = wanted.kind === 'value' ? wanted.value === null : wanted.table === null;
    // Encrypted values cannot be read back, so setting one is always a change.
    if (current.kind === 'encrypted' && !resets)
        return 'set-encrypted';
    if (satisfies(desired, current))
        return 'unchanged';
    return resets ? 'reset' : 'changed';
}
function desiredState(current, wanted) {
    if (wanted.kind === 'table') {
        if (current.kind !== 'table')
            throw new Error('internal: table wanted for a non-table slot');
        return wanted.table === null
            ? { kind: 'table', overrideValues: false }
            : { kind: 'table', overrideValues: wanted.table.overrideValues, rows: wanted.table.rows.map(normalisedRow) };
    }
    const value = wanted.value;
    switch (current.kind) {
        case 'value':
            return value === null ? { kind: 'value', useDefault: true } : { kind: 'value', useDefault: false, value };
        case 'encrypted':
            return value === null
                ? { kind: 'encrypted', useDefault: true, encryptedValueSet: false }
                : { kind: 'encrypted', useDefault: false, encryptedValueSet: true };
        case 'property':
            return { kind: 'property', value: value ?? '' };
        case 'table':
            throw new Error('internal: value wanted for a table slot');
    }
}
function expectedSlot(slot, planned, secretValues) {
    if (planned)
        return { ...slot, state: planned.desired, secret: planned.secret };
    return { ...slot, secret: slot.state.kind === 'encrypted' || holdsSecret(slot.state, secretValues) };
}
function secretsSent(planned) {
    const sent = [...planned.values()].flatMap(({ wanted, change }) => change.action === 'set-encrypted' && wanted.kind === 'value' && wanted.value ? [wanted.value] : []);
    return [...new Set(sent)];
}

;// CONCATENATED MODULE: ./src/plan/extensions/request.ts



const API_SECTIONS = [
    'connections',
    'operations',
    'tradingPartners',
    'sharedCommunications',
    'crossReferences',
    'processProperties',
    'properties',
    'PGPCertificates'
];
function buildRequest(current, context) {
    // full: keep top-level keys we do not know, as a full update would reset a section it lacks.
    const base = context.mode === 'full'
        ? current
        : definedOnly({ id: current.id, environmentId: current.environmentId, extensionGroupId: current.extensionGroupId });
    const request = {
        ...base,
        id: current.id,
        partial: context.mode === 'partial',
        connections: { connection: holdersForRequest(current.connections?.connection ?? [], 'connections', context) },
        operations: { operation: holdersForRequest(current.operations?.operation ?? [], 'operations', context) },
        sharedCommunications: {
            sharedCommunication: holdersForRequest(current.sharedCommunications?.sharedCommunication ?? [], 'sharedCommunications', context)
        },
        tradingPartners: {
            tradingPartner: present((current.tradingPartners?.tradingPartner ?? []).map((p) => partnerForRequest(p, context)))
        },
        processProperties: {
            ProcessProperty: present((current.processProperties?.ProcessProperty ?? []).map((c) => processPropertyForRequest(c, context)))
        },
        properties: {
            property: itemsForRequest(current.properties?.property ?? [], (p) => slotKey('properties', p.name), context, propertyForRequest)
        },
        crossReferences: {
            crossReference: itemsForRequest(current.crossReferences?.crossReference ?? [], (t) => slotKey('crossReferences', t.id), context, tableForRequest)
        },
        PGPCertificates: {
            PGPCertificate: itemsForRequest(current.PGPCertificates?.PGPCertificate ?? [], (c) => slotKey('pgpCertificates', c.id), context, carrierForRequest)
        }
    };
    if (context.mode === 'partial') {
        for (const section of API_SECTIONS)
            if (isEmptySection(request[section]))
                delete request[section];
    }
    return withoutTypeTags(request);
}
/**
 * The items of a list to send: in full mode all of them (the builder may still leave one out), in
 * partial mode only the changed ones.
 */
function itemsForRequest(items, keyOf, context, build) {
    return present(items
        .map((item) => ({ item, planned: context.planned.get(keyOf(item)) }))
        .filter(({ planned }) => context.mode === 'full' || isChange(planned))
        .map(({ item, planned }) => build(item, planned)));
}
function holdersForRequest(holders, section, context) {
    return present(holders.map((holder) => holderForRequest(holder, [section, holder.id], context)));
}
/** A connection, operation, channel or category with its fields; partial mode drops it when nothing in it changes. */
function holderForRequest(holder, path, context) {
    const fields = itemsForRequest(holder.field, (field) => slotKey(...path, field.id), context, carrierForRequest);
    if (context.mode === 'partial' && fields.length === 0)
        return undefined;
    return { ...holder, field: fields };
}
function partnerForRequest(partner, context) {
    const categories = present(partner.category.map((c) => holderForRequest(c, ['tradingPartners', partner.id, c.id], context)));
    if (context.mode === 'partial' && categories.length === 0)
        return undefined;
    return { ...partner, category: categories };
}
/** Boomi takes a process property component whole (its texts disagree on this), so all its values go. */
function processPropertyForRequest(component, context) {
    const keyOf = (key) => slotKey('processProperties', component.id, key);
    const values = component.ProcessPropertyValue;
    if (context.mode === 'partial' && !values.some((value) => isChange(context.planned.get(keyOf(value.key)))))
        return undefined;
    return { ...component, ProcessPropertyValue: present(values.map((value) => carrierForRequest(value, context.planned.get(keyOf(value.key))))) };
}
/**
 * A field, process-property value or certificate as sent. Named: the wanted value (null → default).
 * Not named: as read, with useDefault made explicit and no value when on default (sending the shown
 * default as a value would turn it into an override); an encrypted one is left out, so it keeps its
 * stored value.
 */
function carrierForRequest(read, planned) {
    if (planned?.wanted.kind === 'value') {
        const value = planned.wanted.value;
        if (value === null)
            return reshaped(read, { value: undefined, useDefault: true, encryptedValueSet: undefined });
        return reshaped(read, {
            value,
            useDefault: false,
            encryptedValueSet: undefined,
            ...(isEncrypted(read) && { usesEncryption: true })
        });
    }
    if (isEncrypted(read))
        return undefined;
    return readsAsDefault(read) ? reshaped(read, { value: undefined, useDefault: true }) : reshaped(read, { useDefault: false });
}
/** A copy with the given carrier keys set, or removed where the change says undefined. */
function reshaped(read, change) {
    const copy = { ...read };
    for (const [key, value] of Object.entries(change)) {
        if (value === undefined)
            delete copy[key];
        else
            copy[key] = value;
    }
    // Only keys every carrier type declares optional were touched.
    return copy;
}
function propertyForRequest(property, planned) {
    // An unset property reads as "" (the spec requires `value`); echoing that would store an empty
    // override, so it is left out, which in a full update keeps it unset.
    if (planned?.wanted.kind !== 'value')
        return property.value === undefined || property.value === '' ? undefined : property;
    if (planned.wanted.value !== null)
        return { ...property, value: planned.wanted.value };
    // A reset property is left out, which is how a full update resets it (partial mode refuses resets
    // earlier); one already unset stays as read, like any untouched one.
    return isChange(planned) ? undefined : property;
}
function tableForRequest(table, planned) {
    if (planned?.wanted.kind !== 'table')
        return { ...table };
    const wanted = planned.wanted.table;
    // A reset keeps the rows as read: switching overrideValues off is what brings the component's back.
    if (wanted === null)
        return { ...table, overrideValues: false };
    return { ...table, overrideValues: wanted.overrideValues, CrossReferenceRows: { row: wanted.rows.map(rowForRequest) } };
}
function rowForRequest(cells) {
    return Object.fromEntries(cells.flatMap((cell, i) => (cell === null ? [] : [[`ref${i + 1}`, cell]])));
}
function isChange(planned) {
    return planned !== undefined && planned.change.action !== 'unchanged';
}
function isEmptySection(section) {
    return section === undefined || Object.values(section).every((list) => Array.isArray(list) && list.length === 0);
}
function present(items) {
    return items.filter((item) => item !== undefined);
}
/** Drops the "@type" tags Boomi puts on every object: requests may omit them. */
function withoutTypeTags(value) {
    if (Array.isArray(value))
        return value.map(withoutTypeTags);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value)
            .filter(([key]) => key !== '@type')
            .map(([key, inner]) => [key, withoutTypeTags(inner)]));
    }
    return value;
}

;// CONCATENATED MODULE: ./src/plan/extensions/catalogue.ts
const SECTION_WORDS = {
    connections: { one: 'connection', many: 'connections' },
    operations: { one: 'operation', many: 'operations' },
    sharedCommunications: { one: 'communication channel', many: 'communication channels' },
    tradingPartners: { one: 'trading partner', many: 'trading partners' },
    processProperties: { one: 'process property component', many: 'process property components' },
    properties: { one: 'dynamic process property', many: 'dynamic process properties' },
    crossReferences: { one: 'cross reference table', many: 'cross reference tables' },
    pgpCertificates: { one: 'PGP certificate', many: 'PGP certificates' }
};
function becomesExtensibleHint(section) {
    return (`A ${SECTION_WORDS[section].one} becomes extensible in an environment only once a process that uses it ` +
        `(and lists it in its extensions) is deployed there: deploy once without the extensions file, or run with dry-run to list the names.`);
}
const CHILD_HINT = "Only what the deployed process lists in its extensions can be set; run with dry-run to list what is extensible.";
function componentCatalogue(section, items) {
    return {
        where: section,
        many: SECTION_WORDS[section].many,
        idWord: 'ID',
        hint: becomesExtensibleHint(section),
        items,
        idOf: (item) => item.id,
        nameOf: (item) => item.name
    };
}
function childCatalogue(where, many, items) {
    return { where, many, idWord: 'ID', hint: CHILD_HINT, items, idOf: (item) => item.id, nameOf: (item) => item.name };
}
/** Finds by ID (or key) first, then by name; records a problem and returns undefined otherwise. */
function pick(resolution, catalogue, ref) {
    const byId = catalogue.items.find((item) => catalogue.idOf(item) === ref);
    if (byId)
        return byId;
    const byName = catalogue.items.filter((item) => catalogue.nameOf(item) === ref);
    if (byName.length === 1)
        return byName[0];
    resolution.problems.push(byName.length > 1 ? ambiguousMessage(resolution, catalogue, ref, byName) : notFoundMessage(resolution, catalogue, ref));
    return undefined;
}
const LISTED_AT_MOST = 30;
function notFoundMessage(resolution, catalogue, ref) {
    const labels = catalogue.items.map((item) => label(catalogue, item));
    const shown = labels.slice(0, LISTED_AT_MOST).join(', ');
    const more = labels.length > LISTED_AT_MOST ? ` and ${labels.length - LISTED_AT_MOST} more` : '';
    const near = catalogue.items.find((item) => [catalogue.idOf(item), catalogue.nameOf(item)].some((n) => n !== undefined && sameLoosely(n, ref)));
    const suggestion = near ? ` Did you mean ${label(catalogue, near)}?` : '';
    return (`${catalogue.where} › '${ref}' is not extensible in environment ${resolution.environmentName}. ` +
        `Extensible ${catalogue.many}: ${labels.length > 0 ? shown + more : 'none'}.${suggestion} ${catalogue.hint}`);
}
function ambiguousMessage(resolution, catalogue, ref, matches) {
    const ids = matches.map((item) => `'${catalogue.idOf(item)}'`).join(', ');
    return (`${catalogue.where} › '${ref}' is the name of ${matches.length} ${catalogue.many} in environment ${resolution.environmentName} ` +
        `(${catalogue.idWord}s ${ids}). Use the ${catalogue.idWord} instead of the name.`);
}
/** `'name'`, or `'name' (key k)` where the name alone would not say which. */
function label(catalogue, item) {
    const id = catalogue.idOf(item);
    const name = catalogue.nameOf(item);
    if (!name || name === id)
        return `'${id}'`;
    const shared = catalogue.items.filter((other) => catalogue.nameOf(other) === name).length > 1;
    return shared || catalogue.idWord === 'key' ? `'${name}' (${catalogue.idWord} ${id})` : `'${name}'`;
}
function sameLoosely(a, b) {
    return a.trim().toLowerCase() === b.trim().toLowerCase();
}

;// CONCATENATED MODULE: ./src/plan/extensions/resolve.ts


function resolveFile(resolution, ext, file) {
    resolveFieldComponents(resolution, 'connections', ext.connections?.connection ?? [], file.connections);
    resolveFieldComponents(resolution, 'operations', ext.operations?.operation ?? [], file.operations);
    resolveFieldComponents(resolution, 'sharedCommunications', ext.sharedCommunications?.sharedCommunication ?? [], file.sharedCommunications);
    resolveTradingPartners(resolution, ext.tradingPartners?.tradingPartner ?? [], file.tradingPartners);
    resolveProcessProperties(resolution, ext.processProperties?.ProcessProperty ?? [], file.processProperties);
    resolveDynamicProperties(resolution, ext.properties?.property ?? [], file.properties);
    resolveCrossReferences(resolution, ext.crossReferences?.crossReference ?? [], file.crossReferences);
    resolvePgpCertificates(resolution, ext.PGPCertificates?.PGPCertificate ?? [], file.pgpCertificates);
}
function resolveFieldComponents(resolution, section, components, entries) {
    for (const [ref, values] of Object.entries(entries ?? {})) {
        const component = pick(resolution, componentCatalogue(section, components), ref);
        if (component)
            resolveFields(resolution, componentHolder(section, component), `${section} › '${ref}'`, values);
    }
}
function resolveTradingPartners(resolution, partners, entries) {
    for (const [ref, categories] of Object.entries(entries ?? {})) {
        const partner = pick(resolution, componentCatalogue('tradingPartners', partners), ref);
        if (!partner)
            continue;
        const where = `tradingPartners › '${ref}'`;
        for (const [categoryRef, values] of Object.entries(categories)) {
            const category = pick(resolution, childCatalogue(where, 'categories', partner.category), categoryRef);
            if (category)
                resolveFields(resolution, categoryHolder(partner, category), `${where} › '${categoryRef}'`, values);
        }
    }
}
/** The one path every field section (connections, operations, channels, partner categories) takes. */
function resolveFields(resolution, ref, where, values) {
    const catalogue = {
        ...childCatalogue(where, 'fields', ref.holder.field),
        nameOf: () => undefined
    };
    for (const [fieldRef, value] of Object.entries(values)) {
        const field = pick(resolution, catalogue, fieldRef);
        if (field)
            addIntent(resolution, slotKey(ref.section, ...ref.path, field.id), `${where} › '${fieldRef}'`, { kind: 'value', value });
    }
}
function resolveProcessProperties(resolution, components, entries) {
    for (const [ref, values] of Object.entries(entries ?? {})) {
        const component = pick(resolution, componentCatalogue('processProperties', components), ref);
        if (!component)
            continue;
        const where = `processProperties › '${ref}'`;
        const catalogue = {
            where,
            many: 'values',
            idWord: 'key',
            hint: CHILD_HINT,
            items: component.ProcessPropertyValue,
            idOf: (value) => value.key,
            nameOf: (value) => value.label
        };
        for (const [valueRef, value] of Object.entries(values)) {
            const found = pick(resolution, catalogue, valueRef);
            if (found)
                addIntent(resolution, slotKey('processProperties', component.id, found.key), `${where} › '${valueRef}'`, { kind: 'value', value });
        }
    }
}
function resolveDynamicProperties(resolution, properties, entries) {
    const catalogue = {
        where: 'properties',
        many: SECTION_WORDS.properties.many,
        idWord: 'name',
        hint: becomesExtensibleHint('properties'),
        items: properties,
        idOf: (property) => property.name,
        nameOf: () => undefined
    };
    for (const [ref, value] of Object.entries(entries ?? {})) {
        const property = pick(resolution, catalogue, ref);
        if (property)
            addIntent(resolution, slotKey('properties', property.name), `properties › '${ref}'`, { kind: 'value', value });
    }
}
function resolveCrossReferences(resolution, tables, entries) {
    for (const [ref, table] of Object.entries(entries ?? {})) {
        const found = pick(resolution, componentCatalogue('crossReferences', tables), ref);
        if (found)
            addIntent(resolution, slotKey('crossReferences', found.id), `crossReferences › '${ref}'`, { kind: 'table', table });
    }
}
function resolvePgpCertificates(resolution, certificates, entries) {
    for (const [ref, value] of Object.entries(entries ?? {})) {
        const found = pick(resolution, componentCatalogue('pgpCertificates', certificates), ref);
        if (found)
            addIntent(resolution, slotKey('pgpCertificates', found.id), `pgpCertificates › '${ref}'`, { kind: 'value', value });
    }
}
function addIntent(resolution, key, said, wanted) {
    const earlier = resolution.intents.get(key);
    if (earlier) {
        resolution.problems.push(`${said} and ${earlier.said} are the same item (once by name, once by ID/key); name it once.`);
        return;
    }
    resolution.intents.set(key, { wanted, said });
}

;// CONCATENATED MODULE: ./src/plan/extensions/plan.ts




class ExtensionsPlanError extends Error {
    name = 'ExtensionsPlanError';
    /** One sentence per problem; all of them are reported at once so one run shows every typo. */
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
    }
}
function planExtensions(options) {
    const { current, file, mode, environmentName } = options;
    const secretValues = options.secretValues ?? new Set();
    const observed = observeSlots(current);
    const resolution = { environmentName, problems: [], intents: new Map() };
    resolveFile(resolution, current, file);
    const planned = new Map();
    for (const [key, intent] of resolution.intents) {
        const slot = observed.get(key);
        if (!slot)
            throw new Error(`internal: resolved slot ${key} was not observed`);
        const entry = planSlot(slot, intent.wanted, secretValues);
        if (mode === 'partial' && entry.change.action === 'reset' && slot.state.kind === 'property') {
            resolution.problems.push(`${intent.said}: null (reset) needs mode full. Boomi's partial update has no way to reset a dynamic process property; a full update resets it by leaving it out.`);
        }
        planned.set(key, entry);
    }
    if (resolution.problems.length > 0)
        throw new ExtensionsPlanError(resolution.problems);
    const changes = [...planned.values()].map((entry) => entry.change);
    const anyChange = changes.some((change) => change.action !== 'unchanged');
    return {
        request: anyChange ? buildRequest(current, { mode, planned }) : null,
        changes,
        secrets: secretsSent(planned),
        expected: [...observed.values()].map((slot) => expectedSlot(slot, planned.get(slot.key), secretValues))
    };
}

;// CONCATENATED MODULE: ./src/plan/extensions/verify.ts


/**
 * Compares a read after the write with the plan's expected state: every slot, named or not, so an
 * overlay that reset an untouched value is caught. Encrypted slots are compared by their flags.
 */
function verifyExtensions(after, plan) {
    const actual = observeSlots(after);
    return plan.expected.flatMap((expected) => {
        const found = actual.get(expected.key);
        if (found && satisfies(expected.state, found.state))
            return [];
        return [
            {
                section: expected.section,
                component: expected.componentName,
                field: expected.field,
                expected: describeState(expected.state, expected.secret),
                actual: found ? describeState(found.state, expected.secret) : '(no longer extensible)'
            }
        ];
    });
}

;// CONCATENATED MODULE: ./src/plan/extensions/index.ts
// Environment extensions planner: overlays the user's file on the environment's *current* extensions
// and returns the UPDATE body, a change list safe to print, and the secrets to mask.
//
// Why it is careful: Boomi's classic (full) update resets every extensible value left out of the
// request, so a read → change one value → write-back that drops anything wipes production settings.
// In `full` mode the request is therefore the whole set as read with only the named values changed;
// the one thing left out is an encrypted value nobody named, because Boomi never returns those and
// documents them as the exception that keeps its value. In `partial` mode only what changes is sent.
//
// Everything is addressed as a "slot" (one field, process-property value, dynamic property, table or
// certificate) with a key that is the same before and after the write, so planning and the check
// after the write (verifyExtensions) compare the same things the same way. Pure: no I/O.
//
// One job per module: slots (the set as slots; comparing what they hold), carriers (how Boomi
// reads a value), catalogue and resolve (the file's names → slots, with the messages), plan-slot
// (one slot's desired state and change), request (the UPDATE body), show (values without secrets),
// plan (planExtensions) and verify (verifyExtensions).




;// CONCATENATED MODULE: ./src/boomi/errors.ts
// One error type for everything the Boomi API can answer, with the classification that the
// retry policy and the user-facing messages both need.
class BoomiApiError extends Error {
    kind;
    method;
    path;
    status;
    boomiMessage;
    name = 'BoomiApiError';
    constructor(kind, method, path, status, boomiMessage, options) {
        super(describe(kind, method, path, status, boomiMessage), options);
        this.kind = kind;
        this.method = method;
        this.path = path;
        this.status = status;
        this.boomiMessage = boomiMessage;
    }
    /** True when the request may have reached Boomi without us seeing the answer. */
    get ambiguous() {
        return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'unavailable' || this.kind === 'rate-limit';
    }
    get transient() {
        return this.ambiguous;
    }
}
const AUTH_HELP = "Check the 'api-token' secret and the 'username' input: token authentication uses the user name " +
    "'BOOMI_TOKEN.<your Boomi user name>' (the action adds the prefix when it is missing) and a Platform API token " +
    'created under Settings › Account Information and Setup › Platform API Tokens, for the account in ' +
    "'account-id'. The user needs the API privilege plus Packaged Component Management, Deploy and " +
    'Runtime Management (and Scheduling for schedules) in the target environments.';
function describe(kind, method, path, status, message) {
    const call = `${method} ${path}`;
    const answer = status === undefined ? '' : ` (HTTP ${status})`;
    const said = message ? `: ${message}` : '';
    switch (kind) {
        case 'auth':
            return `Boomi rejected the credentials${answer} on ${call}${said}. ${AUTH_HELP}`;
        case 'forbidden':
            return `Boomi refused ${call}${answer}${said}. The user lacks a privilege for this account or environment, or 'account-id' is wrong. ${AUTH_HELP}`;
        case 'rate-limit':
            return `Boomi's rate limit was still exceeded after retries on ${call}${answer}${said}. Lower 'max-requests-per-second' or retry later.`;
        case 'network':
        case 'timeout':
            return `No answer from Boomi on ${call} (${kind})${said}. Check 'base-url' and Boomi's status page, then re-run: completed steps are reused.`;
        case 'schema':
            return `Boomi's answer to ${call} has an unexpected shape${said}`;
        default:
            return `Boomi answered ${call}${answer}${said}`;
    }
}
function kindForStatus(status) {
    if (status === 401)
        return 'auth';
    if (status === 403)
        return 'forbidden';
    if (status === 404)
        return 'not-found';
    if (status === 503)
        return 'rate-limit';
    if (status >= 500)
        return 'unavailable';
    return 'client';
}
/**
 * Boomi's message from any of its error body shapes: `{message}`, `{error:{message}}`,
 * `{"@type":"Error",message}`, XML `<message>`, or a gateway's plain text.
 */
function extractBoomiMessage(body) {
    const text = body.trim();
    if (!text)
        return '';
    try {
        const parsed = JSON.parse(text);
        const message = messageOf(parsed) ?? messageOf(parsed?.error);
        if (message)
            return message;
        if (typeof parsed === 'string')
            return parsed;
    }
    catch {
        // not JSON: fall through to XML / text
    }
    const xml = /<message>([\s\S]*?)<\/message>/i.exec(text);
    if (xml?.[1])
        return decodeXml(xml[1].trim());
    const plain = text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
    return plain.length > 300 ? `${plain.slice(0, 300)}…` : plain;
}
function messageOf(value) {
    if (value && typeof value === 'object' && 'message' in value) {
        const message = (value).message;
        if (typeof message === 'string' && message)
            return message;
    }
    return undefined;
}
function decodeXml(text) {
    return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/config/load-file.ts
// Loads a user's YAML/JSON config file (extensions, schedules): parse, expand ${VAR} from the
// environment, validate with a zod schema. Every error names the input, the file and the line,
// and nothing here talks to Boomi, so a bad file fails the run before any change.


class ConfigFileError extends Error {
    name = 'ConfigFileError';
}
const VAR_PATTERN = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
async function loadConfigFile(options) {
    const { input, path, workspace } = options;
    const absolute = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(workspace, path);
    const displayPath = (0,external_node_path_.relative)(workspace, absolute) || path;
    if (!(0,external_node_fs_.existsSync)(absolute)) {
        throw new ConfigFileError(`Input '${input}': file '${displayPath}' does not exist (paths are relative to the workspace, ${workspace}). Check the path, and that the job checked out the repository.`);
    }
    // Only runs that name a file pay for the YAML parser.
    const { isNode, LineCounter, parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lines = new LineCounter();
    const doc = parseDocument((0,external_node_fs_.readFileSync)(absolute, 'utf8'), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const firstError = doc.errors[0];
    if (firstError) {
        const at = firstError.linePos?.[0] ?? lines.linePos(firstError.pos[0]);
        const where = at ? `${displayPath}:${at.line}:${at.col}` : displayPath;
        throw new ConfigFileError(`Input '${input}': ${where} is not valid YAML/JSON: ${firstLine(firstError.message)}`);
    }
    const secrets = [];
    const where = (p) => locate(doc, lines, displayPath, p, isNode);
    const expanded = expandVariables(doc.toJS(), [], options.env, secrets, where, input);
    const parsed = options.schema.safeParse(expanded ?? {});
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = issue.path.filter((k) => typeof k !== 'symbol');
        const field = path.length > 0 ? ` at '${path.join('.')}'` : '';
        throw new ConfigFileError(`Input '${input}': ${where(path)}${field}: ${issue.message}`);
    }
    return { data: parsed.data, secrets, displayPath };
}
function expandVariables(value, path, env, secrets, where, input) {
    if (typeof value === 'string') {
        return value.replace(VAR_PATTERN, (match, name) => {
            if (name === undefined)
                return '${'; // `$${` escapes a literal `${`
            const found = env[name];
            // A GitHub secret that does not exist expands to "": writing that would blank a password.
            if (found === undefined || found === '') {
                const state = found === undefined ? 'is not set' : 'is empty (a secret that does not exist in this environment expands to an empty string)';
                throw new ConfigFileError(`Input '${input}': ${where(path)} uses \${${name}}, but the environment variable ${name} ${state}. Add it to the step's env: (for a secret, \`${name}: \${{ secrets.${name} }}\`), or write an empty value literally as "".`);
            }
            secrets.push(found);
            return found;
        });
    }
    if (Array.isArray(value))
        return value.map((v, i) => expandVariables(v, [...path, i], env, secrets, where, input));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandVariables(v, [...path, k], env, secrets, where, input)]));
    }
    return value;
}
/** `file:line` of the node at a path (or of its nearest existing parent). */
function locate(doc, lines, displayPath, path, isNode) {
    for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true);
        const range = isNode(node) ? node.range : undefined;
        if (range) {
            return `${displayPath}:${lines.linePos(range[0]).line}`;
        }
    }
    return displayPath;
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}

// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
;// CONCATENATED MODULE: ./src/plan/extensions-file.ts
// The user's extensions file (`extensions` input): what to change in an environment's extensions,
// by the names people see in Boomi. Strict where a typo would otherwise be ignored (section names,
// table entries); names of components, fields and keys are checked later against the environment.
// The committed JSON Schema (schemas/extensions.schema.json) is generated from this one, so editors
// show the same rules and help texts.

const EXTENSIONS_SCHEMA_ID = 'urn:boomi-deploy:schema:extensions-file:v1';
/** How the file is applied: `full` writes the whole set (Boomi's classic update), `partial` only what changes. */
const extensionsModeSchema = schemas/* enum */.k5n(['full', 'partial']);
/** null resets to the component's own value; numbers and booleans become strings, as Boomi stores them. */
const extensionValueSchema = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY(), schemas/* null */.chJ()])
    .transform((value) => (value === null ? null : String(value)))
    .meta({
    id: 'ExtensionsFileValue',
    description: 'The value for this environment. null resets it to the default (the value in the component); an empty string is stored as an empty value. Use ${VAR} to read it from the step environment.'
});
const fieldValues = schemas/* record */.g1P(schemas/* string */.YjP().min(1), extensionValueSchema)
    .meta({ id: 'ExtensionsFileFields', description: 'Field ID → value, e.g. url, user, password, host.' });
const byComponent = (entry, description) => schemas/* record */.g1P(schemas/* string */.YjP().min(1), entry).nullish().describe(description);
const crossReferenceCell = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY(), schemas/* null */.chJ()])
    .transform((value) => (value === null ? null : String(value)))
    .describe('One cell; null leaves it empty.');
const crossReferenceTable = schemas/* strictObject */.rej({
    overrideValues: schemas/* boolean */.zMY()
        .default(true)
        .describe('Use these rows instead of the component\'s (default true). false switches back to the component\'s rows.'),
    rows: schemas/* array */.YOg(schemas/* array */.YOg(crossReferenceCell).max(20, 'a cross reference row has at most 20 columns (ref1…ref20)'))
        .describe('Every row of the table, each a list of column values in order (ref1, ref2, …). The table is always sent whole.')
})
    .nullable()
    .meta({ id: 'ExtensionsFileCrossReferenceTable', description: 'The whole table, or null to use the component\'s own rows again.' });
const sections = {
    connections: byComponent(fieldValues, 'Connection name or ID → fields. A connection is listed only once a process using it (with it in the process extensions) is deployed to the environment.'),
    operations: byComponent(fieldValues, 'Operation name or ID → fields (Web Services Server listener ObjectName in multi-install integration packs).'),
    sharedCommunications: byComponent(fieldValues, 'Communication channel name or ID → fields, e.g. http-url.'),
    tradingPartners: byComponent(schemas/* record */.g1P(schemas/* string */.YjP().min(1), fieldValues).describe('Category ID (as2, disk, ftp, http, x12, …) → fields.'), 'Trading partner name or ID → category → fields.'),
    processProperties: byComponent(schemas/* record */.g1P(schemas/* string */.YjP().min(1), extensionValueSchema).describe('Value key or label → value.'), 'Process property component name or ID → values by key or label.'),
    properties: schemas/* record */.g1P(schemas/* string */.YjP().min(1), extensionValueSchema).nullish().describe('Dynamic process property name → value.'),
    crossReferences: byComponent(crossReferenceTable, 'Cross reference table name or ID → the whole table.'),
    pgpCertificates: byComponent(schemas/* string */.YjP().min(1).nullable().describe('ID of the PGP certificate component to use, or null for the default.'), 'PGP certificate ID (or name, where Boomi returns one) → certificate component ID to use in this environment.')
};
const EXTENSIONS_SECTIONS = Object.keys(sections);
const extensionsFileSchema = schemas/* strictObject */.rej(sections, {
    error: (issue) => issue.code === 'unrecognized_keys'
        ? `unknown section${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}; the sections are ${EXTENSIONS_SECTIONS.join(', ')}`
        : undefined
})
    .meta({
    title: 'boomi-deploy extensions file',
    description: 'Environment extensions to set after a deployment. Names are resolved against the environment\'s current extensions; anything not named keeps its value.'
});
/** The JSON Schema of the file as a user writes it (input side: numbers allowed, defaults optional). */
function extensionsFileJsonSchema() {
    const generated = z.toJSONSchema(extensionsFileSchema, { io: 'input', target: 'draft-2020-12' });
    const { $schema, ...rest } = generated;
    return { $schema, $id: EXTENSIONS_SCHEMA_ID, ...rest };
}

// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
;// CONCATENATED MODULE: ./src/read/extensions.ts
// Environment extensions, read half: load the user's file, read the environment's current set
// and plan the overlay. Run once before any change (so a bad file or name stops the run before
// the deploy) and again after the deploy, which can change what is extensible.







async function loadExtensionsFile(inputs, env) {
    if (inputs.extensions === undefined)
        return undefined;
    const loaded = await loadConfigFile({ input: src_inputs/* INPUT */.bO.extensions, path: inputs.extensions, workspace: inputs.workspace, env, schema: extensionsFileSchema });
    loaded.secrets.forEach(secrets/* maskSecret */.$);
    return { file: loaded.data, displayPath: loaded.displayPath, mode: inputs.extensionsUpdate, secretValues: new Set(loaded.secrets) };
}
async function readExtensionsPlan(client, environment, request) {
    const current = await readCurrent(client, environment);
    let plan;
    try {
        plan = planExtensions({ current, file: request.file, mode: request.mode, environmentName: environment.name, secretValues: request.secretValues });
    }
    catch (error) {
        if (!(error instanceof ExtensionsPlanError))
            throw error;
        throw new ExtensionsPlanError(error.problems.map((problem) => `Input '${src_inputs/* INPUT */.bO.extensions}' (${request.displayPath}): ${problem}`));
    }
    plan.secrets.forEach(secrets/* maskSecret */.$);
    return plan;
}
/**
 * Boomi may answer 400 while nothing extensible is deployed in the environment (reported by
 * third parties, not documented): read that as an empty set, so the plan names what is missing.
 */
async function readCurrent(client, environment) {
    try {
        return await getExtensions(client, environment.id);
    }
    catch (error) {
        if (error instanceof BoomiApiError && error.status === 400)
            return { id: environment.id, environmentId: environment.id };
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/apply/extensions.ts



class ExtensionsNotApplied extends Error {
    name = 'ExtensionsNotApplied';
}
async function applyExtensions(client, environment, request, log) {
    const plan = await readExtensionsPlan(client, environment, request);
    if (plan.request === null) {
        log(`Extensions in ${environment.name} already hold every value in ${request.displayPath}: nothing written.`);
        return { written: false, changes: plan.changes };
    }
    await updateExtensions(client, plan.request);
    const mismatches = verifyExtensions(await getExtensions(client, environment.id), plan);
    if (mismatches.length > 0) {
        const lines = mismatches.map((m) => `- ${m.section} › ${m.component} › ${m.field}: expected ${m.expected}, found ${m.actual}`);
        throw new ExtensionsNotApplied([`Extensions in ${environment.name} do not read back as written (${request.mode} update):`, ...lines].join('\n'));
    }
    const changed = plan.changes.filter((c) => c.action !== 'unchanged').length;
    log(`Extensions in ${environment.name}: ${changed} value(s) written (${request.mode} update) and verified.`);
    return { written: true, changes: plan.changes };
}

// EXTERNAL MODULE: ./node_modules/ky/distribution/index.js + 12 modules
var distribution = __webpack_require__(6725);
// EXTERNAL MODULE: ./node_modules/ky/distribution/errors/HTTPError.js
var HTTPError = __webpack_require__(9010);
// EXTERNAL MODULE: ./node_modules/ky/distribution/errors/TimeoutError.js
var TimeoutError = __webpack_require__(1625);
;// CONCATENATED MODULE: ./src/boomi/query.ts
// QueryFilter expressions (Boomi's grammar: simple expressions and and/or groups that nest),
// and the shape of a query page.


function query_eq(property, value) {
    // The schema types every argument as a string, booleans included.
    return { property, operator: 'EQUALS', argument: [String(value)] };
}
function query_and(...nested) {
    return nested.length === 1 ? nested[0] : { operator: 'and', nestedExpression: nested };
}
function or(...nested) {
    return nested.length === 1 ? nested[0] : { operator: 'or', nestedExpression: nested };
}
/** `property` equals any of `values`: one OR group instead of one query per value. */
function anyOf(property, values) {
    return or(...[...new Set(values)].map((value) => query_eq(property, value)));
}
function queryBody(expression) {
    return expression ? { QueryFilter: { expression } } : {};
}
function queryPageSchema(item) {
    return schemas/* looseObject */._H3({
        numberOfResults: schemas/* number */.aig().optional(),
        queryToken: schemas/* string */.YjP().optional(),
        result: list(item)
    });
}
/** Splits values into chunks so that an OR group stays a reasonable request size. */
function chunk(values, size) {
    const chunks = [];
    for (let i = 0; i < values.length; i += size)
        chunks.push(values.slice(i, i + size));
    return chunks;
}

;// CONCATENATED MODULE: ./src/boomi/throttle.ts
// One throttle per account, shared by every request of the run (retries included), so
// concurrent work can never exceed the account's rate limit. Boomi documents 10 requests/s
// today and 5/s on older accounts, and answers HTTP 503 above it with no Retry-After.
//
// Two rules hold every send: requests are spaced at least 1/rate apart, and no more than
// `rate` are sent in any sliding second (a late request must not let a later one bunch up
// behind it). The rate starts at the cap; a 503 sets it just below what was really sent in
// the last second and pauses the account briefly; it then creeps back up while all is well.
/** Requests are spaced a little wider than 1/rate: network jitter can bunch arrivals. */
const SPACING_MARGIN = 1.03;
/** Added to the sliding window for the same reason. */
const WINDOW_MS = 1050;
/** After a 503 the whole account pauses this long: everything sent meanwhile would fail too. */
const PAUSE_AFTER_LIMIT_MS = 1000;
/** 503s caused by requests sent before the last slow-down say nothing new. */
const DECREASE_COOLDOWN_MS = 1000;
/** Growth per second of successful traffic once no 503 has been seen for a while. */
const INCREASE_PER_SECOND = 0.5;
const QUIET_AFTER_LIMIT_MS = 3000;
class AdaptiveThrottle {
    rate;
    sent = [];
    pausedUntil = 0;
    lastDecrease = Number.NEGATIVE_INFINITY;
    lastIncrease = 0;
    turn = Promise.resolve();
    max;
    min;
    now;
    sleep;
    constructor(options) {
        this.max = options.maxPerSecond;
        this.min = Math.min(options.minPerSecond ?? 0.5, this.max);
        this.rate = this.max;
        this.now = options.now ?? (() => performance.now());
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    }
    get requestsPerSecond() {
        return this.rate;
    }
    /** Waits for this request's turn. Turns are handed out one at a time, in call order. */
    acquire() {
        const mine = this.turn.then(() => this.waitForSlot());
        this.turn = mine.catch(() => undefined);
        return mine;
    }
    onRateLimited() {
        const now = this.now();
        this.pausedUntil = Math.max(this.pausedUntil, now + PAUSE_AFTER_LIMIT_MS);
        if (now - this.lastDecrease < DECREASE_COOLDOWN_MS)
            return;
        this.lastDecrease = now;
        // What got through in the last second is the best estimate of the account's limit.
        // Bounded so that one odd second can neither stall the run nor leave the rate unchanged.
        const estimate = this.sent.filter((t) => t > now - 1000).length - 1;
        const clamped = Math.min(this.rate * 0.9, Math.max(this.rate * 0.5, estimate));
        this.rate = Math.max(this.min, clamped);
    }
    onSuccess() {
        const now = this.now();
        if (this.rate >= this.max || now - this.lastDecrease < QUIET_AFTER_LIMIT_MS) {
            this.lastIncrease = now;
            return;
        }
        const seconds = Math.min(1, (now - this.lastIncrease) / 1000);
        this.lastIncrease = now;
        this.rate = Math.min(this.max, this.rate + INCREASE_PER_SECOND * seconds);
    }
    async waitForSlot() {
        // Re-checked after each sleep: a 503 that arrives meanwhile pauses this request too.
        for (;;) {
            const now = this.now();
            const wait = this.earliestSend() - now;
            if (wait <= 0) {
                this.sent.push(now);
                this.forgetBefore(now - 2 * WINDOW_MS);
                return;
            }
            await this.sleep(wait);
        }
    }
    earliestSend() {
        const last = this.sent[this.sent.length - 1];
        const spaced = last === undefined ? 0 : last + (1000 / this.rate) * SPACING_MARGIN;
        const perWindow = Math.max(1, Math.floor(this.rate));
        const windowStart = this.sent[this.sent.length - perWindow];
        const windowed = this.sent.length >= perWindow && windowStart !== undefined ? windowStart + WINDOW_MS : 0;
        return Math.max(spaced, windowed, this.pausedUntil);
    }
    forgetBefore(time) {
        while (this.sent.length > 0 && this.sent[0] < time)
            this.sent.shift();
    }
}

;// CONCATENATED MODULE: ./src/boomi/client.ts
// The one HTTP client for the Boomi Platform API: a ky instance with Basic auth, JSON headers,
// a per-request timeout, the shared adaptive throttle, retries for requests that are safe to
// repeat, and zod parsing of every answer. Creates are never repeated blindly: see `create`.






/** Thrown instead of sending a change once the run has stopped starting new ones. */
class ChangeNotStarted extends Error {
    name = 'ChangeNotStarted';
}
/** Boomi's BulkResult: one answer per requested object, each with its own status. */
const bulkAnswerSchema = schemas/* looseObject */._H3({
    response: list(schemas/* looseObject */._H3({
        id: schemas/* string */.YjP().optional(),
        index: schemas/* number */.aig().optional(),
        statusCode: schemas/* number */.aig(),
        errorMessage: schemas/* string */.YjP().optional(),
        Result: schemas/* unknown */.L5J().optional()
    }))
});
const DEFAULT_RETRY = { limit: 6, baseDelayMs: 500, maxDelayMs: 8000, budgetMs: 90_000 };
const RETRY_STATUSES = [502, 503, 504];
const BULK_GET_LIMIT = 100;
const BULK_UPDATE_LIMIT = 15;
/** An OR group of this many values keeps each query body small. */
const VALUES_PER_QUERY = 50;
const DEFAULT_MAX_REQUESTS_PER_SECOND = 10;
function basicAuthHeader(username, token) {
    return `Basic ${Buffer.from(`${username}:${token}`).toString('base64')}`;
}
class BoomiClient {
    stats = { requests: 0, retries: 0, rateLimited: 0, changes: 0 };
    throttle;
    http;
    policy;
    sleep;
    debug;
    constructor(options) {
        this.policy = { ...DEFAULT_RETRY, ...options.retry };
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.debug = options.debug ?? (() => undefined);
        this.throttle = new AdaptiveThrottle({
            maxPerSecond: options.maxRequestsPerSecond ?? DEFAULT_MAX_REQUESTS_PER_SECOND,
            sleep: this.sleep
        });
        const base = options.baseUrl.replace(/\/+$/, '');
        this.http = distribution/* default */.Ay.create({
            prefixUrl: `${base}/${encodeURIComponent(options.accountId)}`,
            headers: {
                Authorization: basicAuthHeader(options.username, options.token),
                Accept: 'application/json',
                'Content-Type': 'application/json'
            },
            timeout: options.timeoutMs ?? 60_000,
            retry: 0,
            hooks: {
                beforeRequest: [
                    async (request, options) => {
                        await this.throttle.acquire();
                        const context = options.context;
                        if (context.mayStart && !context.mayStart()) {
                            throw new ChangeNotStarted(`${request.method} ${new URL(request.url).pathname} not started`);
                        }
                        this.stats.requests++;
                        if (context.change)
                            this.stats.changes++;
                        this.debug(`→ ${request.method} ${new URL(request.url).pathname}`);
                    }
                ],
                beforeRetry: [
                    ({ request, error, retryCount }) => {
                        this.stats.retries++;
                        this.debug(`↻ retry ${retryCount} of ${request.method} ${new URL(request.url).pathname} after ${error.message}`);
                    }
                ],
                afterResponse: [
                    (request, _options, response) => {
                        this.debug(`← ${response.status} ${request.method} ${new URL(request.url).pathname}`);
                        if (response.status === 503) {
                            this.stats.rateLimited++;
                            this.throttle.onRateLimited();
                        }
                        else if (response.ok) {
                            this.throttle.onSuccess();
                        }
                    }
                ]
            }
        });
    }
    /** GET one object. Retried: reads are safe to repeat. */
    async get(path, schema) {
        return this.send('GET', path, {}, schema, true);
    }
    /** Runs a query and follows `queryMore` until no `queryToken` is left. */
    async query(object, expression, item) {
        const page = queryPageSchema(item);
        let current = await this.send('POST', `${object}/query`, { json: queryBody(expression) }, page, true);
        const results = [...current.result];
        while (current.queryToken) {
            // The token goes byte for byte as the body: it holds +, / and = and must not be encoded.
            current = await this.send('POST', `${object}/queryMore`, { body: current.queryToken, headers: { 'Content-Type': 'text/plain' } }, page, true);
            results.push(...current.result);
        }
        return results;
    }
    /**
     * One query per chunk of `values` (each an OR group built by `filter`), run at once and joined:
     * a large release needs a few queries, not one per component.
     */
    async queryInChunks(object, values, filter, item) {
        const pages = await Promise.all(chunk(values, VALUES_PER_QUERY).map((part) => this.query(object, filter(part), item)));
        return pages.flat();
    }
    /** Bulk GET, 100 IDs a call; per-ID answers, since Boomi reports a missing ID per item. */
    bulkGet(object, ids, item) {
        return this.bulk(object, 'GET', ids.map((id) => ({ id, request: { id } })), BULK_GET_LIMIT, item);
    }
    /**
     * Bulk UPDATE (the spec allows it for ProcessSchedules only, 15 objects a call): per-object
     * answers. Each object replaces state with the same body, so a call is retried like a read.
     */
    bulkUpdate(object, bodies, item) {
        return this.bulk(object, 'UPDATE', bodies.map((body) => ({ id: body.id, request: body })), BULK_UPDATE_LIMIT, item);
    }
    async bulk(object, type, requests, limit, item) {
        const items = [];
        for (let start = 0; start < requests.length; start += limit) {
            const batch = requests.slice(start, start + limit);
            const body = { type, request: batch.map((r) => r.request) };
            const context = { change: type !== 'GET' };
            const answer = await this.send('POST', `${object}/bulk`, { json: body, context }, bulkAnswerSchema, true);
            batch.forEach(({ id }, i) => {
                const entry = answer.response.find((r) => r.index === i) ?? answer.response.find((r) => r.id === id);
                if (entry && entry.statusCode === 200 && entry.Result !== undefined) {
                    items.push({ id, found: true, value: parseAnswer(item, entry.Result, 'POST', `${object}/bulk`) });
                }
                else {
                    items.push({ id, found: false, message: entry?.errorMessage ?? 'not returned', ...(entry ? { status: entry.statusCode } : {}) });
                }
            });
        }
        return items;
    }
    /**
     * An update that replaces state with the same body each time (extensions, schedules):
     * repeating it after an ambiguous failure gives the same result, so it is retried like a read.
     */
    async update(path, body, schema) {
        return this.send('POST', path, { json: body, context: { change: true } }, schema, true);
    }
    /**
     * A create is never repeated blindly: after any failure `recover` looks for what the create
     * would have made (it may have reached Boomi before the answer was lost, or a concurrent run
     * made it); only when nothing is found and the failure was transient is the create tried again.
     */
    async create(path, body, schema, options = {}) {
        const { recover, mayStart } = options;
        const started = performance.now();
        for (let attempt = 0;; attempt++) {
            try {
                const context = { change: true, ...(mayStart ? { mayStart } : {}) };
                return await this.send('POST', path, { json: body, context }, schema, false);
            }
            catch (error) {
                if (!(error instanceof BoomiApiError) || error.kind === 'auth' || error.kind === 'forbidden')
                    throw error;
                const found = recover ? await recover() : undefined;
                if (found !== undefined)
                    return found;
                const outOfTime = performance.now() - started > this.policy.budgetMs;
                if (!error.transient || attempt >= this.policy.limit || outOfTime)
                    throw error;
                this.stats.retries++;
                this.debug(`↻ create ${path} again after ${error.kind}; nothing was made`);
                await this.sleep(this.backoff(attempt + 1));
            }
        }
    }
    backoff(attempt) {
        const ceiling = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
        return ceiling / 2 + Math.random() * (ceiling / 2);
    }
    async send(method, path, options, schema, retry) {
        const started = performance.now();
        const request = {
            ...options,
            method,
            retry: retry
                ? {
                    limit: this.policy.limit,
                    methods: [method.toLowerCase()],
                    statusCodes: RETRY_STATUSES,
                    afterStatusCodes: [503],
                    maxRetryAfter: this.policy.maxDelayMs * 4,
                    retryOnTimeout: true,
                    delay: (attempt) => this.backoff(attempt),
                    shouldRetry: () => (performance.now() - started > this.policy.budgetMs ? false : undefined)
                }
                : 0
        };
        let text;
        try {
            const response = await this.http(path, request);
            text = await response.text();
        }
        catch (error) {
            if (error instanceof ChangeNotStarted)
                throw error;
            throw await toBoomiError(error, method, path);
        }
        let json;
        try {
            json = text ? JSON.parse(text) : undefined;
        }
        catch (error) {
            throw new BoomiApiError('schema', method, path, 200, `not JSON: ${text.slice(0, 120)}`, { cause: error });
        }
        return parseAnswer(schema, json, method, path);
    }
}
function parseAnswer(schema, value, method, path) {
    const parsed = schema.safeParse(value);
    if (parsed.success)
        return parsed.data;
    const object = path.split('/')[0] ?? path;
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? issue.path.join('.') : '(root)';
    throw new BoomiApiError('schema', method, path, 200, `${object} field '${field}': ${issue?.message ?? 'invalid'}`);
}
async function toBoomiError(error, method, path) {
    if (error instanceof HTTPError/* HTTPError */.H) {
        const body = await error.response.text().catch(() => '');
        const status = error.response.status;
        return new BoomiApiError(kindForStatus(status), method, path, status, extractBoomiMessage(body), { cause: error });
    }
    if (error instanceof TimeoutError/* TimeoutError */.M)
        return new BoomiApiError('timeout', method, path, undefined, '', { cause: error });
    const message = error instanceof Error ? describeNetworkError(error) : String(error);
    return new BoomiApiError('network', method, path, undefined, message, { cause: error });
}
function describeNetworkError(error) {
    const cause = error.cause;
    return cause?.code ?? cause?.message ?? error.message;
}

;// CONCATENATED MODULE: ./src/boomi/deployments.ts
// DeployedPackage: a package deployed in an environment; `active` marks the one in effect.



const deploymentSchema = schemas/* looseObject */._H3({
    deploymentId: schemas/* string */.YjP(),
    packageId: schemas/* string */.YjP(),
    packageVersion: looseString.optional(),
    environmentId: schemas/* string */.YjP(),
    componentId: schemas/* string */.YjP(),
    componentVersion: looseString.optional(),
    componentType: schemas/* string */.YjP().optional(),
    deployedDate: schemas/* string */.YjP().optional(),
    deployedBy: schemas/* string */.YjP().optional(),
    notes: schemas/* string */.YjP().optional(),
    active: looseBoolean.optional(),
    version: looseInt.optional(),
    /** Set on success when the deployment went over the account's connection licences. */
    message: schemas/* string */.YjP().optional()
});
/** The active deployments of these components in one environment. */
async function findActiveDeployments(client, environmentId, componentIds) {
    const found = await client.queryInChunks('DeployedPackage', componentIds, (ids) => query_and(query_eq('environmentId', environmentId), query_eq('active', true), anyOf('componentId', ids)), deploymentSchema);
    return found.filter((d) => d.active !== false);
}
function createDeployment(client, body, options) {
    return client.create('DeployedPackage', body, deploymentSchema, options);
}

;// CONCATENATED MODULE: ./src/boomi/packages.ts
// PackagedComponent: the versioned, immutable package of a component.



const packageSchema = schemas/* looseObject */._H3({
    packageId: schemas/* string */.YjP(),
    packageVersion: looseString,
    componentId: schemas/* string */.YjP(),
    componentVersion: looseString.optional(),
    componentType: schemas/* string */.YjP().optional(),
    createdDate: schemas/* string */.YjP().optional(),
    createdBy: schemas/* string */.YjP().optional(),
    notes: schemas/* string */.YjP().optional(),
    deleted: looseBoolean.optional()
});
/** Live (non-deleted) packages of these components with this version label. */
async function findPackagesByVersion(client, componentIds, packageVersion) {
    const found = await client.queryInChunks('PackagedComponent', componentIds, (ids) => query_and(query_eq('packageVersion', packageVersion), anyOf('componentId', ids)), packageSchema);
    return found.filter((p) => p.deleted !== true);
}
/** Packages of one component created at or after a moment: finds a create whose answer was lost. */
async function findPackagesCreatedSince(client, componentId, since) {
    const found = await client.query('PackagedComponent', query_and(query_eq('componentId', componentId), { property: 'createdDate', operator: 'GREATER_THAN_OR_EQUAL', argument: [since] }), packageSchema);
    return found.filter((p) => p.deleted !== true);
}
function getPackages(client, packageIds) {
    return client.bulkGet('PackagedComponent', packageIds, packageSchema);
}
function createPackage(client, body, options) {
    return client.create('PackagedComponent', body, packageSchema, options);
}

;// CONCATENATED MODULE: ./src/apply/release.ts
// Carries out a release plan: packages, then deployments, components concurrently (the client's
// throttle keeps the account under its rate limit). After the first failure no new change is
// started; changes already sent finish, and the report says exactly what was done.



class ReleaseFailed extends Error {
    name = 'ReleaseFailed';
}
async function applyRelease(items, reports, context) {
    let stopped = false;
    const mayStart = () => !stopped;
    const outcomes = await Promise.allSettled(items.map(async (item, index) => {
        const report = reports[index];
        try {
            await releaseOne(item, report, context, mayStart);
        }
        catch (error) {
            if (error instanceof ChangeNotStarted)
                return;
            stopped = true;
            report.error = error instanceof Error ? error.message : String(error);
            if (report.package === 'not started')
                report.package = 'failed';
            else if (report.deployment === 'not started')
                report.deployment = 'failed';
            throw error;
        }
    }));
    const failures = outcomes.filter((o) => o.status === 'rejected');
    if (failures.length > 0) {
        const first = reports.find((r) => r.error);
        throw new ReleaseFailed(`${failures.length} component(s) failed; first: ${first?.name}: ${first?.error}`);
    }
}
async function releaseOne(item, report, context, mayStart) {
    const pkg = item.packageStep.action === 'create' ? await makePackage(item, report, context, mayStart) : item.packageStep.package;
    if (item.deployStep.action !== 'deploy' || context.environmentId === undefined)
        return;
    const deployment = await deploy(pkg, context.environmentId, context, mayStart);
    report.deploymentId = deployment.deploymentId;
    report.deployment = 'deployed';
    if (deployment.message) {
        // Boomi deploys but says the account went over its connection licences.
        report.warning = deployment.message;
        context.warn(`${item.componentName}: ${deployment.message}`);
    }
    context.log(`Deployed ${item.componentName} ${pkg.packageVersion} (deployment ${deployment.deploymentId})`);
}
async function makePackage(item, report, context, mayStart) {
    const version = item.packageStep.action === 'create' ? item.packageStep.packageVersion : undefined;
    const { client, notes } = context;
    const recover = version
        ? // A concurrent run, or our own lost answer, may have made this version: reuse it.
            async () => (await findPackagesByVersion(client, [item.componentId], version))[0]
        : async () => newestWithNotes(await findPackagesCreatedSince(client, item.componentId, context.startedAt), notes);
    const pkg = await createPackage(client, { componentId: item.componentId, ...(version ? { packageVersion: version } : {}), notes }, { recover, mayStart });
    report.packageId = pkg.packageId;
    report.packageVersion = pkg.packageVersion;
    report.package = pkg.notes === notes || version === undefined ? 'created' : 'reused';
    context.log(`Packaged ${item.componentName} as ${pkg.packageVersion} (${pkg.packageId})`);
    return pkg;
}
function deploy(pkg, environmentId, context, mayStart) {
    const { client, notes } = context;
    // If the deployment reached Boomi before its answer was lost, the package is active now.
    const recover = async () => (await findActiveDeployments(client, environmentId, [pkg.componentId])).find((d) => d.packageId === pkg.packageId);
    return createDeployment(client, { environmentId, packageId: pkg.packageId, notes }, { recover, mayStart });
}
function newestWithNotes(packages, notes) {
    return packages
        .filter((p) => p.notes === notes)
        .sort((a, b) => (b.createdDate ?? '').localeCompare(a.createdDate ?? ''))[0];
}

;// CONCATENATED MODULE: ./src/plan/schedule-fields.ts
// A Boomi process schedule's six fields: their schemas, the field grammar shared by cron and
// Boomi, field text ⇄ values, checks of Boomi's own fields and comparing two schedules.
// Boomi's "Advanced" schedule looks like cron but is not cron: days of week count 1 = Sunday,
// steps are documented only after a range, and there is no L, W, # or ?. Everything is checked
// here, so a schedule Boomi would reject or misread fails the run before any API call.

/** A schedule, written as cron or as Boomi's fields, that cannot become a Boomi schedule. */
class CronError extends Error {
    name = 'CronError';
}
// Written once: the API schema, the user-facing input schema and the JSON Schema all show these.
const FIELD_HELP = {
    minutes: 'Minutes past the hour, 0-59. Syntax: "*", "5", "0-30", "0,30", "0-59/15" (every 15 minutes).',
    hours: "Hours, 0-23 on a 24-hour clock, in the runtime's time zone. Same syntax as minutes, e.g. \"8-18\".",
    daysOfWeek: 'Days of the week in Boomi numbering: 1 = Sunday, 2 = Monday … 7 = Saturday (not cron numbering). E.g. "2-6" = Monday-Friday.',
    daysOfMonth: 'Days of the month, 1-31, e.g. "1,15".',
    months: 'Months, 1 = January … 12 = December.',
    years: 'Years, e.g. "2026" or "2026-2027".'
};
/** One Boomi schedule as the API sends and receives it: six cron-like strings. */
const boomiScheduleSchema = schemas/* object */.Ikc({
    minutes: schemas/* string */.YjP().describe(FIELD_HELP.minutes),
    hours: schemas/* string */.YjP().describe(FIELD_HELP.hours),
    daysOfWeek: schemas/* string */.YjP().describe(FIELD_HELP.daysOfWeek),
    daysOfMonth: schemas/* string */.YjP().describe(FIELD_HELP.daysOfMonth),
    months: schemas/* string */.YjP().describe(FIELD_HELP.months),
    years: schemas/* string */.YjP().describe(FIELD_HELP.years)
});
const FIELD_NAMES = Object.keys(boomiScheduleSchema.shape);
const FIELD_TYPE_MESSAGE = 'must be a string such as "0-59/15", or a whole number';
// YAML turns `minutes: 0` into a number; a schedule field is text, so numbers are taken as written.
function fieldInput(help) {
    return schemas/* union */.KCZ([schemas/* string */.YjP().trim(), schemas/* int */.Whr().min(0, FIELD_TYPE_MESSAGE).max(9999, FIELD_TYPE_MESSAGE)], {
        error: (issue) => issue.input === undefined
            ? 'is required (minutes and hours must be given; the other fields default to "*")'
            : FIELD_TYPE_MESSAGE
    })
        .describe(help);
}
/**
 * A schedule written in Boomi's own fields, as users put it in a file: minutes and hours are
 * required (a default there would silently run every minute or every hour), the rest default to "*".
 */
const boomiScheduleInputSchema = schemas/* strictObject */.rej({
    minutes: fieldInput(FIELD_HELP.minutes).transform(String),
    hours: fieldInput(FIELD_HELP.hours).transform(String),
    daysOfWeek: fieldInput(FIELD_HELP.daysOfWeek).default('*').transform(String),
    daysOfMonth: fieldInput(FIELD_HELP.daysOfMonth).default('*').transform(String),
    months: fieldInput(FIELD_HELP.months).default('*').transform(String),
    years: fieldInput(FIELD_HELP.years).default('*').transform(String)
}, {
    error: (issue) => {
        if (issue.code === 'unrecognized_keys') {
            const keys = issue.keys.map((key) => `'${key}'`).join(', ');
            return `has unknown key${issue.keys.length > 1 ? 's' : ''} ${keys}; its fields are ${FIELD_NAMES.join(', ')} (or write { cron: "..." } instead)`;
        }
        if (issue.code === 'invalid_type')
            return `must be an object with ${FIELD_NAMES.join(', ')}`;
        return undefined;
    }
});
/** A problem inside one field; callers add which expression and field it is. */
class FieldProblem extends Error {
    unsupported;
    constructor(message, 
    /** True for syntax that is valid somewhere (Quartz, cron) but has no Boomi equivalent. */
    unsupported = false) {
        super(message);
        this.unsupported = unsupported;
    }
}
/** The field's values, sorted and without duplicates. */
function parseField(text, spec, syntax) {
    if (text === '')
        throw new FieldProblem('is empty; use "*" for every value');
    if (/\s/.test(text))
        throw new FieldProblem(`contains spaces; write lists without them, e.g. '1,2'`);
    const values = new Set();
    for (const item of text.split(',')) {
        for (const value of parseItem(item, spec, syntax))
            values.add(value);
    }
    return [...values].sort((a, b) => a - b);
}
function parseItem(item, spec, syntax) {
    if (item === '')
        throw new FieldProblem('has an empty list item: look for ",," or a "," at the start or end');
    const parts = item.split('/');
    if (parts.length > 2)
        throw new FieldProblem(`'${item}' has more than one '/'`);
    const [base = '', stepText] = parts;
    const span = parseSpan(base, spec);
    if (stepText === undefined)
        return enumerate(span.start, span.end, 1);
    const step = parseStep(stepText, item);
    const stepped = spanForStep(span, spec, syntax, item, step);
    if (step > stepped.end - stepped.start) {
        throw new FieldProblem(`step ${step} in '${item}' is larger than the range ${stepped.start}-${stepped.end} it steps through, so only ${stepped.start} would match; write '${stepped.start}' if that is what you mean`);
    }
    return enumerate(stepped.start, stepped.end, step);
}
function parseSpan(base, spec) {
    if (base === '*')
        return { start: spec.min, end: spec.starMax ?? spec.max, kind: 'star' };
    if (!base.includes('-')) {
        const value = parseValue(base, spec);
        return { start: value, end: value, kind: 'single' };
    }
    const bounds = base.split('-');
    const [from, to] = bounds;
    if (bounds.length !== 2 || !from || !to) {
        throw new FieldProblem(`'${base}' is not a range; write 'a-b' with two values (negative numbers are not allowed)`);
    }
    const start = parseValue(from, spec);
    const end = endOfRange(start, parseValue(to, spec), spec);
    if (start > end)
        throw new FieldProblem(reversedRangeMessage(base, start, end, spec));
    return { start, end, kind: 'range' };
}
// "FRI-SUN" reads Sunday as 0, which would make the range run backwards; at the end of a
// day-of-week range Sunday can only mean 7.
function endOfRange(start, end, spec) {
    return hasSundayTwice(spec) && end === spec.min && start > end ? spec.max : end;
}
/** cron's day-of-week, where 0 and 7 both mean Sunday. */
function hasSundayTwice(spec) {
    return spec.starMax !== undefined && spec.starMax < spec.max;
}
// Ranges never wrap in cron or Boomi ("22-2" is an error, not "22:00 to 02:00"); say how to write it.
function reversedRangeMessage(base, start, end, spec) {
    const top = spec.starMax ?? spec.max;
    const upper = start >= top ? `${start}` : `${start}-${top}`;
    const lower = end === spec.min ? `${end}` : `${spec.min}-${end}`;
    return `range '${base}' is reversed (${start} > ${end}); ranges do not wrap around, write '${upper},${lower}'`;
}
function parseValue(token, spec) {
    if (/^\d+$/.test(token)) {
        const value = Number(token);
        if (value < spec.min || value > spec.max) {
            throw new FieldProblem(`${value} is out of range ${spec.min}-${spec.max}${spec.hint ? ` (${spec.hint})` : ''}`);
        }
        return value;
    }
    const named = spec.names?.indexOf(token.toUpperCase()) ?? -1;
    if (named >= 0)
        return named + (spec.namesFrom ?? 0);
    const unsupported = unsupportedSyntax(token, spec);
    if (unsupported)
        throw new FieldProblem(unsupported, true);
    const names = spec.names ? ` or a name ${spec.names[0]}-${spec.names[spec.names.length - 1]}` : '';
    throw new FieldProblem(`'${token}' is not a number${names}${spec.hint ? ` (${spec.hint})` : ''}`);
}
/** Quartz/cron extensions Boomi has no equivalent for, explained instead of "not a number". */
function unsupportedSyntax(token, spec) {
    // L, W, # and ? exist only in the day fields; elsewhere "not a number" is the better message.
    if (!/day/i.test(spec.label))
        return undefined;
    const upper = token.toUpperCase();
    const where = `in ${spec.label}`;
    const cannot = 'which Boomi schedules cannot express';
    if (upper.includes('?'))
        return `'?' ${where} (Quartz's "no specific value"); write '*' instead`;
    if (upper.includes('#')) {
        return `'#' ${where} ('${token}' = nth weekday of the month), ${cannot}; schedule that weekday and let the process check the date`;
    }
    if (upper.endsWith('W'))
        return `'W' ${where} ('${token}' = nearest weekday), ${cannot}`;
    if (upper === 'L' || upper.endsWith('L')) {
        return /week/i.test(spec.label)
            ? `'L' ${where} ('${token}' = last given weekday of the month), ${cannot}; schedule that weekday and let the process check the date`
            : `'L' ${where} (last day of the month), ${cannot}; a common workaround is days 28-31 with a check in the process that tomorrow is the 1st`;
    }
    return undefined;
}
function parseStep(stepText, item) {
    if (!/^\d+$/.test(stepText))
        throw new FieldProblem(`step '${stepText}' in '${item}' is not a whole number`);
    const step = Number(stepText);
    if (step === 0)
        throw new FieldProblem(`step 0 in '${item}' never advances; use 1 or more`);
    return step;
}
function spanForStep(span, spec, syntax, item, step) {
    if (span.kind === 'range')
        return span;
    if (!syntax.openSteps) {
        const start = span.kind === 'star' ? spec.min : span.start;
        throw new FieldProblem(`'${item}': Boomi accepts a step only after a range; write '${start}-${spec.max}/${step}'`);
    }
    if (span.kind === 'star')
        return span;
    // cron's `a/n` runs to the end of the field.
    const top = spec.starMax ?? spec.max;
    if (hasSundayTwice(spec) && span.start > 0 && span.start <= top && (spec.max - span.start) % step === 0) {
        // Day-of-week: crontab runs `a/n` up to 7 (Sunday again), other tools stop at 6.
        throw new FieldProblem(`'${item}' is ambiguous: crontab reads it as ${span.start}-${spec.max}/${step} (reaching Sunday as ${spec.max}), other tools as ${span.start}-${top}/${step}; write the range you mean`);
    }
    return { ...span, end: span.start > top ? spec.max : top };
}
function enumerate(start, end, step) {
    const values = [];
    for (let value = start; value <= end; value += step)
        values.push(value);
    return values;
}
// ---------------------------------------------------------------------------------------------
// Values back to field text
/**
 * Sorted values back to field text, the same text for the same set of values:
 * "*" when all, else the shorter of a stepped range ("0-59/15") and a list with runs ("2-6", "1,6,7").
 */
function renderValues(values, min, max) {
    if (values.length === max - min + 1)
        return '*';
    const listed = renderRuns(values);
    const stepped = renderStep(values, max);
    return stepped !== undefined && stepped.length < listed.length ? stepped : listed;
}
function renderRuns(values) {
    return runs(values)
        .map((run) => (run.length >= 3 ? `${run[0]}-${run[run.length - 1]}` : run.join(',')))
        .join(',');
}
function renderStep(values, max) {
    const step = commonStep(values);
    if (step === undefined || step < 2 || values.length < 3)
        return undefined;
    const first = values[0];
    const last = values[values.length - 1];
    // "0-59/15" rather than "0-45/15": the same values, and reads as "all hour, every 15".
    const end = last + step > max ? max : last;
    return `${first}-${end}/${step}`;
}
/** Consecutive runs, e.g. [1,2,3,5] → [[1,2,3],[5]]. */
function runs(values, follows = (a, b) => b === a + 1) {
    const result = [];
    for (const value of values) {
        const current = result[result.length - 1];
        const previous = current?.[current.length - 1];
        if (current && previous !== undefined && follows(previous, value))
            current.push(value);
        else
            result.push([value]);
    }
    return result;
}
/** The gap shared by all neighbours, if there is one. */
function commonStep(values) {
    const [first, second] = values;
    if (first === undefined || second === undefined)
        return undefined;
    const step = second - first;
    return values.every((value, i) => i === 0 || value - values[i - 1] === step) ? step : undefined;
}
// ---------------------------------------------------------------------------------------------
// Boomi's own fields
const BOOMI_FIELDS = {
    minutes: { label: 'minutes', min: 0, max: 59 },
    hours: { label: 'hours', min: 0, max: 23 },
    daysOfWeek: { label: 'daysOfWeek', min: 1, max: 7, hint: 'Boomi counts 1 = Sunday, 2 = Monday … 7 = Saturday' },
    daysOfMonth: { label: 'daysOfMonth', min: 1, max: 31 },
    months: { label: 'months', min: 1, max: 12 },
    // Boomi says only "standard year format"; this keeps typos like 226 or 20266 out.
    years: { label: 'years', min: 1970, max: 2099 }
};
/**
 * A schedule written in Boomi's fields (numbers allowed, missing days/months/years = "*"),
 * checked against Boomi's documented syntax and numbering (daysOfWeek 1 = Sunday … 7 = Saturday).
 * Returns the fields as written, trimmed: the user chose Boomi's own notation.
 */
function validateBoomiSchedule(raw) {
    const parsed = boomiScheduleInputSchema.safeParse(raw);
    if (!parsed.success) {
        // A misspelt key also leaves a required field missing; the spelling is the useful news.
        const { issues } = parsed.error;
        const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
        const field = issue.path.length > 0 ? `field '${issue.path.map(String).join('.')}' ` : '';
        throw new CronError(`Boomi schedule ${field}${issue.message}`);
    }
    for (const name of FIELD_NAMES)
        checkBoomiField(name, parsed.data[name]);
    return parsed.data;
}
function checkBoomiField(name, text) {
    try {
        parseField(text, BOOMI_FIELDS[name], { openSteps: false });
    }
    catch (error) {
        if (!(error instanceof FieldProblem))
            throw error;
        throw new CronError(`Boomi schedule ${name} '${text}' ${error.unsupported ? 'uses' : 'is invalid:'} ${error.message}`);
    }
}
/** Values of every field, or undefined when a field does not parse (e.g. read back from Boomi). */
function scheduleValues(schedule) {
    try {
        // Lenient on steps: this only reads, and `*/15` has one obvious meaning.
        const entries = FIELD_NAMES.map((name) => [name, parseField(schedule[name].trim(), BOOMI_FIELDS[name], { openSteps: true })]);
        return Object.fromEntries(entries);
    }
    catch (error) {
        if (error instanceof FieldProblem)
            return undefined;
        throw error;
    }
}
/** Whether two schedules fire at the same times, however they are written ("0-59/15" = "0,15,30,45"). */
function sameSchedule(a, b) {
    const left = scheduleValues(a);
    const right = scheduleValues(b);
    if (!left || !right)
        return FIELD_NAMES.every((name) => a[name].trim() === b[name].trim());
    return FIELD_NAMES.every((name) => left[name].join(',') === right[name].join(','));
}

;// CONCATENATED MODULE: ./src/boomi/schedules.ts
// ProcessSchedules and ProcessScheduleStatus: one object of each per (runtime, process),
// made by Boomi when the process is deployed to an environment the runtime serves.




const processSchedulesSchema = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP(),
    atomId: schemas/* string */.YjP(),
    processId: schemas/* string */.YjP(),
    Schedule: list(boomiScheduleSchema),
    Retry: schemas/* looseObject */._H3({ Schedule: list(boomiScheduleSchema), maxRetry: looseInt.optional() }).optional()
});
const scheduleStatusSchema = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP(),
    atomId: schemas/* string */.YjP(),
    processId: schemas/* string */.YjP(),
    enabled: looseBoolean
});
/** Every schedule object of these processes on these runtimes, in one query. */
function findSchedules(client, atomIds, processIds) {
    return client.query('ProcessSchedules', query_and(anyOf('atomId', atomIds), anyOf('processId', processIds)), processSchedulesSchema);
}
function findScheduleStatuses(client, atomIds, processIds) {
    return client.query('ProcessScheduleStatus', query_and(anyOf('atomId', atomIds), anyOf('processId', processIds)), scheduleStatusSchema);
}
/**
 * Replaces the whole schedule list (and retry) of each (runtime, process) pair, 15 pairs a
 * call through the bulk UPDATE; Boomi answers per pair (a listener process is refused alone).
 */
function updateSchedules(client, bodies) {
    return client.bulkUpdate('ProcessSchedules', bodies, processSchedulesSchema);
}
function updateScheduleStatus(client, body) {
    return client.update(`ProcessScheduleStatus/${encodeURIComponent(body.id)}`, body, scheduleStatusSchema);
}

;// CONCATENATED MODULE: ./src/plan/schedule-words.ts
// A Boomi schedule in words for the job summary. Correct over clever: anything without a plain
// reading is shown in Boomi's own notation rather than guessed at.

const WEEKDAY_WORDS = ['', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_WORDS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Longest list spelled out before falling back to Boomi's notation. */
const MAX_LISTED = 6;
/** e.g. "02:30, Monday–Friday"; "every 15 minutes from 08:00 to 18:45, every day". */
function describeSchedule(schedule) {
    const values = scheduleValues(schedule);
    if (!values)
        return FIELD_NAMES.map((name) => `${name} '${schedule[name]}'`).join(', ');
    return `${describeTimes(values.minutes, values.hours, schedule)}, ${describeDays(values, schedule)}`;
}
function describeTimes(minutes, hours, schedule) {
    const literal = `minutes ${schedule.minutes} of ${hours.length === 24 ? 'every hour' : `hours ${schedule.hours}`}`;
    const [minute] = minutes;
    if (minutes.length === 1 && minute !== undefined)
        return describeOncePerHour(minute, hours) ?? literal;
    return describeSeveralPerHour(minutes, hours) ?? literal;
}
function describeOncePerHour(minute, hours) {
    if (hours.length === 24)
        return `every hour at :${pad(minute)}`;
    if (hours.length <= MAX_LISTED)
        return joinWords(hours.map((h) => clock(h, minute)));
    const range = `from ${clock(hours[0], minute)} to ${clock(hours[hours.length - 1], minute)}`;
    if (isRun(hours))
        return `every hour ${range}`;
    const step = commonStep(hours);
    return step ? `every ${step} hours ${range}` : undefined;
}
function describeSeveralPerHour(minutes, hours) {
    const firstTime = clock(hours[0], minutes[0]);
    const lastTime = clock(hours[hours.length - 1], minutes[minutes.length - 1]);
    const every = everyNMinutes(minutes);
    if (every && hours.length === 24)
        return every;
    if (every && isRun(hours))
        return `${every} from ${firstTime} to ${lastTime}`;
    if (minutes.length > MAX_LISTED)
        return undefined;
    const past = `at ${joinWords(minutes.map((m) => `:${pad(m)}`))} past`;
    if (hours.length === 24)
        return `${past} every hour`;
    if (isRun(hours))
        return `${past} each hour from ${firstTime} to ${lastTime}`;
    if (minutes.length * hours.length <= MAX_LISTED) {
        return joinWords(hours.flatMap((h) => minutes.map((m) => clock(h, m))));
    }
    return undefined;
}
/** "every minute" / "every 15 minutes" when the minutes tick evenly through every hour. */
function everyNMinutes(minutes) {
    if (minutes.length === 60)
        return 'every minute';
    const step = commonStep(minutes);
    if (step && minutes[0] === 0 && 60 % step === 0 && minutes.length === 60 / step)
        return `every ${step} minutes`;
    return undefined;
}
function describeDays(values, schedule) {
    const weekdays = values.daysOfWeek.length < 7 ? describeWeekdays(values.daysOfWeek) : undefined;
    const monthDays = values.daysOfMonth.length < 31 ? describeMonthDays(values.daysOfMonth, schedule) : undefined;
    // "combined with": Boomi does not say whether both must match or either.
    const days = weekdays && monthDays ? `${monthDays} combined with ${weekdays}` : (weekdays ?? monthDays ?? 'every day');
    const when = [
        values.months.length < 12 ? describeList(values.months, (m) => MONTH_WORDS[m] ?? String(m), `months ${schedule.months}`) : undefined,
        schedule.years.trim() !== '*' ? describeList(values.years, String, `years ${schedule.years}`) : undefined
    ].filter((part) => part !== undefined);
    return when.length > 0 ? `${days} in ${when.join(' ')}` : days;
}
function describeWeekdays(days) {
    // Monday first, so Friday–Sunday and "Saturday and Sunday" read as people say them.
    const mondayFirst = (day) => (day + 5) % 7;
    const ordered = [...days].sort((a, b) => mondayFirst(a) - mondayFirst(b));
    const name = (day) => WEEKDAY_WORDS[day] ?? String(day);
    const segments = runs(ordered, (a, b) => mondayFirst(b) === mondayFirst(a) + 1).flatMap((run) => segment(run, name));
    return joinWords(segments);
}
function describeMonthDays(days, schedule) {
    const segments = runs(days).flatMap((run) => segment(run, String));
    if (segments.length > MAX_LISTED)
        return `days of month ${schedule.daysOfMonth}`;
    return `${days.length === 1 ? 'day' : 'days'} ${joinWords(segments)} of the month`;
}
function describeList(values, name, literal) {
    const segments = runs(values).flatMap((run) => segment(run, name));
    return segments.length > MAX_LISTED ? literal : joinWords(segments);
}
/** A run of three or more as "first–last", shorter runs value by value. */
function segment(run, name) {
    return run.length >= 3 ? [`${name(run[0])}–${name(run[run.length - 1])}`] : run.map(name);
}
function isRun(values) {
    return values.length > 0 && values[values.length - 1] - values[0] === values.length - 1;
}
function joinWords(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
function clock(hour, minute) {
    return `${pad(hour)}:${pad(minute)}`;
}
function pad(value) {
    return String(value).padStart(2, '0');
}

;// CONCATENATED MODULE: ./src/apply/schedules.ts




class SchedulesFailed extends Error {
    outcomes;
    name = 'SchedulesFailed';
    /** Every pair's outcome, the ones written before the failure included. */
    constructor(message, outcomes) {
        super(message);
        this.outcomes = outcomes;
    }
}
/** What each (runtime, process) pair would become, from a read; `write` false changes nothing. */
async function applySchedules(client, targets, write) {
    const current = await schedules_readCurrent(client, targets);
    const decisions = targets.map((t) => decide(t, current(t), write));
    if (write)
        await carryOut(client, decisions);
    const results = decisions.map((d) => d.outcome);
    const failures = results.filter((r) => r.action === 'failed');
    if (failures.length > 0) {
        throw new SchedulesFailed(failures.map((f) => `Schedules of '${f.process}' on ${f.runtime}: ${f.error}`).join('\n'), results);
    }
    return results;
}
async function schedules_readCurrent(client, targets) {
    const atomIds = [...new Set(targets.map((t) => t.atomId))];
    const processIds = [...new Set(targets.map((t) => t.processId))];
    if (atomIds.length === 0)
        return () => ({});
    const wantsStatus = targets.some((t) => t.enabled !== undefined);
    const [schedules, statuses] = await Promise.all([
        findSchedules(client, atomIds, processIds),
        wantsStatus ? findScheduleStatuses(client, atomIds, processIds) : Promise.resolve([])
    ]);
    const match = (items, t) => items.find((s) => s.atomId === t.atomId && s.processId === t.processId);
    return (t) => ({ schedules: match(schedules, t), status: match(statuses, t) });
}
function decide(target, current, write) {
    const outcome = describeTarget(target);
    if (!current.schedules) {
        // Only a process this run deploys gets here (the read half checked the others).
        outcome.action = write ? 'failed' : 'will set';
        if (write)
            outcome.error = 'Boomi has no schedule object for it after the deployment';
        return { outcome };
    }
    const wanted = desiredSchedules(current.schedules, target);
    const status = target.enabled !== undefined && current.status && current.status.enabled !== target.enabled ? { ...current.status, enabled: target.enabled } : undefined;
    const schedules = sameSchedules(current.schedules, wanted) ? undefined : wanted;
    outcome.action = !schedules && !status ? 'unchanged' : write ? 'not started' : 'will update';
    return { outcome, ...(schedules ? { schedules } : {}), ...(status ? { status } : {}) };
}
/** Schedule lists in bulk, statuses one by one (Boomi has no bulk for them); each pair's outcome. */
async function carryOut(client, decisions) {
    const withSchedules = decisions.filter((d) => d.schedules);
    try {
        const answers = await updateSchedules(client, withSchedules.map((d) => d.schedules));
        answers.forEach((answer, i) => {
            if (!answer.found)
                fail(withSchedules[i], explainRefusal(answer.status, answer.message));
        });
    }
    catch (error) {
        withSchedules.forEach((d) => fail(d, explain(error)));
    }
    await Promise.all(decisions.map(async (d) => {
        if (d.outcome.action === 'failed' || !d.status)
            return;
        try {
            await updateScheduleStatus(client, d.status);
        }
        catch (error) {
            fail(d, explain(error));
        }
    }));
    for (const d of decisions)
        if (d.outcome.action === 'not started')
            d.outcome.action = 'updated';
}
function fail(decision, error) {
    decision.outcome.action = 'failed';
    decision.outcome.error = error;
}
function desiredSchedules(current, target) {
    const retry = target.maxRetry !== undefined ? { Schedule: current.Retry?.Schedule ?? [], maxRetry: target.maxRetry } : current.Retry;
    return {
        id: current.id,
        atomId: current.atomId,
        processId: current.processId,
        Schedule: target.schedules,
        ...(retry ? { Retry: retry } : {})
    };
}
function sameSchedules(current, wanted) {
    return (sameList(current.Schedule, wanted.Schedule) &&
        (current.Retry?.maxRetry ?? undefined) === (wanted.Retry?.maxRetry ?? undefined));
}
function sameList(a, b) {
    return a.length === b.length && a.every((s, i) => sameSchedule(s, b[i]));
}
function describeTarget(target) {
    return {
        process: target.processName,
        runtime: target.runtimeName,
        schedules: target.schedules.map(describeSchedule),
        ...(target.maxRetry !== undefined ? { maxRetry: target.maxRetry } : {}),
        ...(target.enabled !== undefined ? { enabled: target.enabled } : {}),
        action: 'not started'
    };
}
function explain(error) {
    if (error instanceof BoomiApiError)
        return explainRefusal(error.status, error.boomiMessage);
    return error instanceof Error ? error.message : String(error);
}
function explainRefusal(status, message) {
    if (status === 400) {
        return `Boomi refused the schedule (HTTP 400: ${message}). Listener processes cannot be scheduled; remove it from the schedules file.`;
    }
    return status === undefined ? message : `HTTP ${status}: ${message}`;
}

;// CONCATENATED MODULE: ./src/boomi/components.ts
// Component metadata: names and types of the components the run touches.



const componentMetadataSchema = schemas/* looseObject */._H3({
    componentId: schemas/* string */.YjP(),
    version: looseInt.optional(),
    name: schemas/* string */.YjP(),
    type: schemas/* string */.YjP(),
    currentVersion: looseBoolean.optional(),
    deleted: looseBoolean.optional()
});
/** Latest revision of each component, per ID (Boomi answers a missing ID per item). */
function getComponents(client, ids) {
    return client.bulkGet('ComponentMetadata', ids, componentMetadataSchema);
}
/** Current, non-deleted components of a type with one of the given names. */
function findComponentsByName(client, type, name) {
    return client.query('ComponentMetadata', and(eq('name', name), eq('type', type), eq('currentVersion', true), eq('deleted', false)), componentMetadataSchema);
}

;// CONCATENATED MODULE: ./src/boomi/environments.ts
// Environments, the runtimes attached to them, and runtime names.


const environmentSchema = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP(),
    name: schemas/* string */.YjP(),
    classification: schemas/* string */.YjP().optional()
});
const attachmentSchema = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP().optional(),
    atomId: schemas/* string */.YjP(),
    environmentId: schemas/* string */.YjP()
});
const atomSchema = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP(),
    name: schemas/* string */.YjP(),
    type: schemas/* string */.YjP().optional(),
    status: schemas/* string */.YjP().optional()
});
/** The environments named or identified by any of `wanted`: one query for all of them. */
function findEnvironments(client, wanted) {
    return client.query('Environment', or(anyOf('name', wanted), anyOf('id', wanted)), environmentSchema);
}
/**
 * Every environment of the account. The spec makes QueryFilter required, so "all" is a filter
 * that matches every name.
 */
function listEnvironments(client) {
    return client.query('Environment', { property: 'name', operator: 'LIKE', argument: ['%'] }, environmentSchema);
}
function listAttachments(client, environmentId) {
    return client.query('EnvironmentAtomAttachment', query_eq('environmentId', environmentId), attachmentSchema);
}
function findAtoms(client, atomIds) {
    return atomIds.length === 0 ? Promise.resolve([]) : client.query('Atom', anyOf('id', atomIds), atomSchema);
}

;// CONCATENATED MODULE: ./src/plan/promotion.ts
function checkPromotionGate(items, activeInSource) {
    return items.flatMap((item) => {
        const pkg = item.packageStep.action === 'create' ? undefined : item.packageStep.package;
        const active = activeInSource.find((d) => d.componentId === item.componentId);
        if (pkg && active?.packageId === pkg.packageId)
            return [];
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
        ];
    });
}
function describeGateFailures(failures, sourceName) {
    const lines = failures.map((f) => {
        const what = f.packageId ? `package ${f.packageVersion ?? '?'} (${f.packageId})` : 'a package not created yet';
        const instead = f.activeInstead
            ? `active there instead: ${f.activeInstead.packageVersion ?? '?'} (${f.activeInstead.packageId}), deployed ${f.activeInstead.deployedDate ?? '?'} by ${f.activeInstead.deployedBy ?? '?'}`
            : `nothing of this component is deployed there`;
        return `- ${f.componentName}: ${what} is not the active deployment in ${sourceName}; ${instead}`;
    });
    return [
        `Promotion gate: ${failures.length} package(s) are not actively deployed in ${sourceName} (require-deployed-in). Nothing was changed.`,
        ...lines,
        `Promote the package-ids output of the job that deployed to ${sourceName}, or deploy these packages there first.`
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/plan/release.ts
function planRelease(facts) {
    const fromComponents = (facts.components ?? []).map((component) => {
        const existing = facts.packageVersion
            ? facts.existingPackages?.find((p) => p.componentId === component.componentId && p.packageVersion === facts.packageVersion)
            : undefined;
        const packageStep = existing
            ? { action: 'reuse', package: existing }
            : { action: 'create', ...(facts.packageVersion ? { packageVersion: facts.packageVersion } : {}) };
        return item(component, packageStep, facts.activeInTarget);
    });
    const fromPackages = (facts.givenPackages ?? []).map(({ package: pkg, component }) => item(component, { action: 'given', package: pkg }, facts.activeInTarget));
    return [...fromComponents, ...fromPackages];
}
function item(component, packageStep, activeInTarget) {
    return {
        componentId: component.componentId,
        componentName: component.name,
        componentType: component.type,
        packageStep,
        deployStep: deployStep(component.componentId, packageStep, activeInTarget)
    };
}
function deployStep(componentId, packageStep, activeInTarget) {
    if (activeInTarget === undefined)
        return { action: 'none' };
    const active = activeInTarget.find((d) => d.componentId === componentId);
    const packageId = packageStep.action === 'create' ? undefined : packageStep.package.packageId;
    if (active && packageId !== undefined && active.packageId === packageId)
        return { action: 'already-active', deployment: active };
    // An older package that is not active here is deployed on purpose: that is a rollback.
    return active ? { action: 'deploy', replaces: active } : { action: 'deploy' };
}

// EXTERNAL MODULE: ./src/plan/resolve.ts
var resolve = __webpack_require__(8315);
;// CONCATENATED MODULE: ./src/read/release.ts








/** Component types Boomi can package (PackagedComponent.componentType). */
const PACKAGEABLE = ['certificate', 'customlibrary', 'flowservice', 'process', 'processroute', 'tpgroup', 'webservice'];
class GateFailed extends Error {
    name = 'GateFailed';
}
async function readRelease(client, inputs) {
    const wanted = [inputs.environment, inputs.requireDeployedIn].filter((name) => name !== undefined);
    const [environments, targets] = await Promise.all([
        wanted.length > 0 ? findEnvironments(client, wanted) : Promise.resolve([]),
        readTargets(client, inputs)
    ]);
    // A name that matched nothing exactly is looked up again among all environments: ignoring case,
    // or to list the ones that exist.
    const known = wanted.every((w) => environments.some((e) => e.id === w || e.name === w)) ? environments : await listEnvironments(client);
    const environment = inputs.environment ? resolveEnvironment(known, inputs.environment, src_inputs/* INPUT */.bO.environment) : undefined;
    const source = inputs.requireDeployedIn ? resolveEnvironment(known, inputs.requireDeployedIn, src_inputs/* INPUT */.bO.requireDeployedIn) : undefined;
    const componentIds = targets.components.map((c) => c.componentId);
    const [existingPackages, activeInTarget, activeInSource] = await Promise.all([
        inputs.packageVersion ? findPackagesByVersion(client, componentIds, inputs.packageVersion) : Promise.resolve([]),
        environment ? findActiveDeployments(client, environment.id, componentIds) : Promise.resolve(undefined),
        source ? findActiveDeployments(client, source.id, componentIds) : Promise.resolve(undefined)
    ]);
    const items = planRelease({
        ...(targets.given ? { givenPackages: targets.given } : { components: targets.components }),
        ...(inputs.packageVersion ? { packageVersion: inputs.packageVersion } : {}),
        existingPackages,
        ...(activeInTarget ? { activeInTarget } : {})
    });
    const plan = { items, ...(environment ? { environment } : {}) };
    if (source && activeInSource)
        gate(plan, items, activeInSource, source);
    return plan;
}
function gate(plan, items, activeInSource, source) {
    const failures = checkPromotionGate(items, activeInSource);
    plan.gate = { environment: source.name, passed: failures.length === 0 };
    if (failures.length > 0)
        throw new GateFailed(describeGateFailures(failures, source.name));
}
function resolveEnvironment(environments, wanted, input) {
    return (0,resolve/* resolveByNameOrId */.rB)(environments, (e) => e, wanted, 'environment', `Input '${input}'`);
}
async function readTargets(client, inputs) {
    if (inputs.packageIds.length === 0) {
        const components = found(await getComponents(client, inputs.componentIds), src_inputs/* INPUT */.bO.componentIds, 'component');
        checkPackageable(components);
        return { components };
    }
    const packages = found(await getPackages(client, inputs.packageIds), src_inputs/* INPUT */.bO.packageIds, 'packaged component');
    const deleted = packages.find((p) => p.deleted === true);
    if (deleted)
        throw new resolve/* ResolveError */.JT(`Input '${src_inputs/* INPUT */.bO.packageIds}': package ${deleted.packageId} (${deleted.packageVersion}) is deleted. Restore it in Boomi or deploy another package.`);
    checkOnePerComponent(packages);
    const components = found(await getComponents(client, packages.map((p) => p.componentId)), src_inputs/* INPUT */.bO.packageIds, 'component');
    return {
        components,
        given: packages.map((pkg) => ({ package: pkg, component: components.find((c) => c.componentId === pkg.componentId) }))
    };
}
function found(items, input, what) {
    const missing = items.filter((item) => !item.found);
    if (missing.length > 0) {
        const list = missing.map((m) => `${m.id}${m.found ? '' : ` (${m.message})`}`).join(', ');
        throw new resolve/* ResolveError */.JT(`Input '${input}': Boomi has no ${what} with ID ${list} in this account. Check the IDs and 'account-id'.`);
    }
    return items.flatMap((item) => (item.found ? [item.value] : []));
}
function checkPackageable(components) {
    const bad = components.filter((c) => c.deleted === true || !PACKAGEABLE.includes(c.type));
    if (bad.length === 0)
        return;
    const list = bad.map((c) => `'${c.name}' (${c.componentId}, ${c.deleted === true ? 'deleted' : c.type})`).join(', ');
    throw new resolve/* ResolveError */.JT(`Input '${src_inputs/* INPUT */.bO.componentIds}': cannot package ${list}. Boomi packages ${PACKAGEABLE.join(', ')} components; connections, operations and other dependents are packaged with the process that uses them.`);
}
function checkOnePerComponent(packages) {
    const seen = new Map();
    for (const pkg of packages) {
        const other = seen.get(pkg.componentId);
        if (other) {
            throw new resolve/* ResolveError */.JT(`Input '${src_inputs/* INPUT */.bO.packageIds}': packages ${other.packageId} (${other.packageVersion}) and ${pkg.packageId} (${pkg.packageVersion}) are versions of the same component; an environment runs one version of a component. List one.`);
        }
        seen.set(pkg.componentId, pkg);
    }
}

;// CONCATENATED MODULE: ./src/plan/cron.ts
// A 5-field cron expression as Boomi schedule fields. cron counts days of week 0 (or 7) = Sunday,
// Boomi 1 = Sunday, so the days shift; what cron can say and Boomi cannot is refused with the reason.

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const CRON_MINUTE = { label: 'minute', min: 0, max: 59 };
const CRON_HOUR = { label: 'hour', min: 0, max: 23 };
const CRON_DAY_OF_MONTH = { label: 'day-of-month', min: 1, max: 31 };
const CRON_MONTH = { label: 'month', min: 1, max: 12, names: MONTH_NAMES, namesFrom: 1 };
const CRON_DAY_OF_WEEK = {
    label: 'day-of-week',
    min: 0,
    max: 7,
    starMax: 6,
    names: DAY_NAMES,
    namesFrom: 0,
    hint: '0 or 7 = Sunday, 1 = Monday … 6 = Saturday'
};
// Unambiguous shorthands; @reboot has no schedule equivalent and is refused.
const CRON_MACROS = {
    '@yearly': '0 0 1 1 *',
    '@annually': '0 0 1 1 *',
    '@monthly': '0 0 1 * *',
    '@weekly': '0 0 * * 0',
    '@daily': '0 0 * * *',
    '@midnight': '0 0 * * *',
    '@hourly': '0 * * * *'
};
/** A 5-field cron expression (minute hour day-of-month month day-of-week) as a Boomi schedule. */
function cronToBoomi(expression) {
    const fail = (detail) => new CronError(`cron '${expression}' ${detail}`);
    const [minute, hour, dayOfMonth, month, dayOfWeek] = splitCron(expression, fail);
    const inField = (text, spec) => parseCronField(text, spec, fail);
    const minutes = inField(minute, CRON_MINUTE);
    const hours = inField(hour, CRON_HOUR);
    const daysOfMonth = inField(dayOfMonth, CRON_DAY_OF_MONTH);
    const months = inField(month, CRON_MONTH);
    const daysOfWeek = inField(dayOfWeek, CRON_DAY_OF_WEEK);
    refuseBothDayFields([minute, hour, dayOfMonth, month, dayOfWeek], fail);
    return {
        minutes: renderValues(minutes, 0, 59),
        hours: renderValues(hours, 0, 23),
        daysOfWeek: renderValues(toBoomiWeekdays(daysOfWeek), 1, 7),
        daysOfMonth: renderValues(daysOfMonth, 1, 31),
        months: renderValues(months, 1, 12),
        years: '*'
    };
}
function splitCron(expression, fail) {
    const trimmed = expression.trim();
    if (trimmed === '')
        throw fail('is empty; expected 5 fields: minute hour day-of-month month day-of-week');
    if (trimmed.startsWith('@'))
        return splitCron(expandMacro(trimmed, fail), fail);
    const fields = trimmed.split(/\s+/);
    const [minute, hour, dayOfMonth, month, dayOfWeek] = fields;
    if (fields.length === 5 && minute && hour && dayOfMonth && month && dayOfWeek) {
        return [minute, hour, dayOfMonth, month, dayOfWeek];
    }
    throw fail(wrongFieldCount(fields.length));
}
function expandMacro(macro, fail) {
    const expansion = CRON_MACROS[macro.toLowerCase()];
    if (expansion)
        return expansion;
    if (macro.toLowerCase() === '@reboot') {
        throw fail("uses '@reboot' (run at system start), which Boomi schedules cannot express");
    }
    throw fail(`uses an unknown macro; supported: ${Object.keys(CRON_MACROS).join(', ')}, or write the 5 fields`);
}
function wrongFieldCount(count) {
    const expected = 'expected 5 fields: minute hour day-of-month month day-of-week';
    if (count === 6) {
        return `has 6 fields; ${expected}. Boomi schedules have no seconds: if the first field is seconds (Quartz/Spring), drop it`;
    }
    if (count === 7) {
        return `has 7 fields (seconds … years, Quartz style); ${expected}. Drop the seconds and the years; to limit years, write the Boomi fields with 'years' instead of cron`;
    }
    return `has ${count} field${count === 1 ? '' : 's'}; ${expected}`;
}
function parseCronField(text, spec, fail) {
    try {
        return parseField(text, spec, { openSteps: true });
    }
    catch (error) {
        if (!(error instanceof FieldProblem))
            throw error;
        throw fail(error.unsupported ? `uses ${error.message}` : `has an invalid ${spec.label} '${text}': ${error.message}`);
    }
}
// cron fires when EITHER restricted day field matches; Boomi does not document how it combines
// daysOfMonth and daysOfWeek, so a faithful translation is impossible. Two schedules are exact.
function refuseBothDayFields(fields, fail) {
    const [minute, hour, dayOfMonth, month, dayOfWeek] = fields;
    if (dayOfMonth === '*' || dayOfWeek === '*')
        return;
    const byMonthDay = [minute, hour, dayOfMonth, month, '*'].join(' ');
    const byWeekday = [minute, hour, '*', month, dayOfWeek].join(' ');
    throw fail(`restricts both day-of-month ('${dayOfMonth}') and day-of-week ('${dayOfWeek}'). cron runs when either matches, and Boomi does not document how it combines the two, so this form is refused. Write two schedules instead: '${byMonthDay}' and '${byWeekday}'`);
}
/** cron 0 or 7 = Sunday, 1 = Monday … → Boomi 1 = Sunday, 2 = Monday … 7 = Saturday. */
function toBoomiWeekdays(cronDays) {
    const boomi = new Set(cronDays.map((day) => (day % 7) + 1));
    return [...boomi].sort((a, b) => a - b);
}

;// CONCATENATED MODULE: ./src/plan/schedules-file.ts
// The user's schedules file (YAML or JSON): process → schedules, retry count, on/off, runtimes.
// Every cron expression and Boomi field is checked while the file is parsed, so a mistake
// points at its line (the loader adds file:line) and fails the run before any change.



/** Identifies the committed JSON Schema; the loader does not need it, editors and validators do. */
const SCHEDULES_SCHEMA_ID = 'urn:boomi-deploy:schema:schedules-file:v1';
const PROCESS_KEYS = ['schedules', 'maxRetry', 'enabled', 'runtimes'];
function addCronIssue(error, ctx) {
    if (!(error instanceof CronError))
        throw error;
    ctx.addIssue({ code: 'custom', message: error.message });
}
const cronEntrySchema = schemas/* strictObject */.rej({
    cron: schemas/* string */.YjP({ error: 'cron must be a string such as "30 2 * * 1-5" (quote it in YAML)' })
        .describe('Standard 5-field cron: minute hour day-of-month month day-of-week, e.g. "30 2 * * 1-5" (02:30 Monday-Friday). Days of week in cron numbering (0 or 7 = Sunday), names JAN-DEC and SUN-SAT allowed; converted to Boomi fields. No seconds, L, W, # or ?.')
        .superRefine((expression, ctx) => {
        try {
            cronToBoomi(expression);
        }
        catch (error) {
            addCronIssue(error, ctx);
        }
    })
}, {
    error: (issue) => issue.code === 'unrecognized_keys'
        ? `a cron schedule has only the key 'cron', found also ${issue.keys.map((k) => `'${k}'`).join(', ')}; write either { cron: "..." } or Boomi fields, not both`
        : undefined
});
const boomiFieldsEntrySchema = boomiScheduleInputSchema
    .superRefine((schedule, ctx) => {
    try {
        validateBoomiSchedule(schedule);
    }
    catch (error) {
        addCronIssue(error, ctx);
    }
})
    .describe('A schedule in Boomi\'s own fields (daysOfWeek 1 = Sunday … 7 = Saturday). minutes and hours are required; the others default to "*".');
// A union's own error says only "Invalid input"; the presence of `cron` tells which form was meant,
// so the message comes from that form (for Boomi fields, from the same check validateBoomiSchedule runs).
function explainScheduleEntry(issue) {
    const { input } = issue;
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
        return 'each schedule is either { cron: "30 2 * * 1-5" } or Boomi fields { minutes, hours, daysOfWeek, daysOfMonth, months, years }';
    }
    if ('cron' in input) {
        const cronIssues = issue.errors?.[0] ?? [];
        return (cronIssues.find((i) => i.code === 'unrecognized_keys') ?? cronIssues[0])?.message ?? 'invalid cron schedule';
    }
    try {
        validateBoomiSchedule(input);
    }
    catch (error) {
        if (error instanceof CronError)
            return error.message;
        throw error;
    }
    return 'invalid Boomi schedule';
}
const scheduleEntrySchema = schemas/* union */.KCZ([cronEntrySchema, boomiFieldsEntrySchema], { error: explainScheduleEntry });
// `${VAR}` expansion yields strings, so "3" and "false" are accepted next to 3 and false.
const MAX_RETRY_MESSAGE = 'maxRetry must be a whole number from 1 to 5';
const maxRetrySchema = schemas/* union */.KCZ([schemas/* int */.Whr().min(1, MAX_RETRY_MESSAGE).max(5, MAX_RETRY_MESSAGE), schemas/* enum */.k5n(['1', '2', '3', '4', '5'])], {
    error: MAX_RETRY_MESSAGE
})
    .transform(Number)
    .describe('How many times Boomi retries a failed run (1-5). Leave out for no retry setting.');
const enabledSchema = schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* enum */.k5n(['true', 'false'])], { error: 'enabled must be true or false' })
    .transform((value) => value === true || value === 'true')
    .describe('Turn the schedules on (true) or pause them while keeping them (false). Leave out to keep the current state.');
const runtimesSchema = schemas/* array */.YOg(schemas/* string */.YjP({ error: 'each runtime is a name or ID string' }).trim().min(1, 'a runtime name or ID is empty'), {
    error: 'runtimes must be a list of runtime names or IDs'
})
    .min(1, 'runtimes is empty: list runtime names or IDs, or leave runtimes out to use every runtime attached to the environment')
    .refine((names) => new Set(names).size === names.length, 'runtimes lists the same runtime twice')
    .describe('Runtimes (names or IDs) to set the schedules on. Default: every runtime attached to the target environment.');
const processSettingsSchema = schemas/* strictObject */.rej({
    schedules: schemas/* array */.YOg(scheduleEntrySchema, {
        error: (issue) => issue.input === undefined
            ? "schedules is required (check the key's spelling): a list of schedules, or [] to remove all schedules of the process"
            : 'schedules must be a list'
    })
        .describe('The full list of schedules for the process; it replaces what is set in Boomi. [] removes all schedules.'),
    maxRetry: maxRetrySchema.optional(),
    enabled: enabledSchema.optional(),
    runtimes: runtimesSchema.optional()
}, {
    error: (issue) => {
        if (issue.code === 'unrecognized_keys') {
            const keys = issue.keys.map((key) => `'${key}'`).join(', ');
            return `unknown key${issue.keys.length > 1 ? 's' : ''} ${keys}; a process takes ${PROCESS_KEYS.join(', ')}`;
        }
        if (issue.code === 'invalid_type') {
            return `each process (the key) needs settings: { schedules: [...], maxRetry?, enabled?, runtimes? }`;
        }
        return undefined;
    }
})
    .describe('Schedules for one process. The key is the process name or ID.');
/** The schedules file: process name or ID → its schedules. */
const schedulesFileSchema = schemas/* object */.Ikc({
    $schema: schemas/* string */.YjP().optional().describe('Optional link to this JSON Schema, for editors.')
}, { error: 'the schedules file must map process names or IDs to their settings, e.g. "Nightly Orders Sync: { schedules: [...] }"' })
    .catchall(processSettingsSchema)
    .superRefine((file, ctx) => {
    for (const key of Object.keys(file)) {
        if (key.trim() === '')
            ctx.addIssue({ code: 'custom', message: 'a process name or ID (a key) is empty' });
    }
})
    .meta({
    $id: SCHEDULES_SCHEMA_ID,
    title: 'boomi-deploy schedules file',
    description: 'Process schedules for boomi-deploy. Each key is a process name or ID; its value lists the schedules (cron or Boomi fields), and optionally maxRetry, enabled and runtimes. Times are in the runtime\'s time zone.'
});
/** Converts every cron entry and checks every Boomi-field entry; errors name the process. */
function normaliseSchedulesFile(data) {
    return Object.entries(data).flatMap(([process, settings]) => process === '$schema' || typeof settings !== 'object' ? [] : [normaliseProcess(process, settings)]);
}
function normaliseProcess(process, settings) {
    const { schedules, ...rest } = settings;
    try {
        return { process, ...rest, schedules: schedules.map(toBoomiSchedule) };
    }
    catch (error) {
        if (error instanceof CronError)
            throw new CronError(`Schedules for process '${process}': ${error.message}`);
        throw error;
    }
}
function toBoomiSchedule(entry) {
    return 'cron' in entry ? cronToBoomi(entry.cron) : validateBoomiSchedule(entry);
}
/** JSON Schema of the file for editors; committed as schemas/schedules.schema.json. */
function schedulesJsonSchema() {
    // draft-7: the dialect editors' YAML/JSON language servers support best. "input": what users write.
    const { $schema, $id, title, description, ...rest } = z.toJSONSchema(schedulesFileSchema, { target: 'draft-7', io: 'input' });
    // Identity and help first, so the committed file reads top-down.
    return { $schema, $id, title, description, ...rest };
}

;// CONCATENATED MODULE: ./src/read/schedules.ts









async function loadSchedulesFile(inputs, env) {
    if (inputs.schedules === undefined)
        return undefined;
    const loaded = await loadConfigFile({ input: src_inputs/* INPUT */.bO.schedules, path: inputs.schedules, workspace: inputs.workspace, env, schema: schedulesFileSchema });
    loaded.secrets.forEach(secrets/* maskSecret */.$);
    return { entries: normaliseSchedulesFile(loaded.data), displayPath: loaded.displayPath };
}
async function resolveSchedules(client, environment, request, release) {
    const where = `Input '${src_inputs/* INPUT */.bO.schedules}' (${request.displayPath})`;
    const [processes, runtimes] = await Promise.all([
        resolveProcesses(client, request.entries.map((e) => e.process), where),
        attachedRuntimes(client, environment)
    ]);
    await checkDeployed(client, environment, [...processes.values()], release, where);
    return request.entries.flatMap((entry) => {
        const process = processes.get(entry.process);
        return pickRuntimes(runtimes, entry.runtimes, environment, `${where}, process '${entry.process}'`).map((runtime) => ({
            processId: process.componentId,
            processName: process.name,
            atomId: runtime.id,
            runtimeName: runtime.name,
            schedules: entry.schedules,
            ...(entry.maxRetry !== undefined ? { maxRetry: entry.maxRetry } : {}),
            ...(entry.enabled !== undefined ? { enabled: entry.enabled } : {})
        }));
    });
}
/** Process name or ID → its current metadata; names with one query, IDs with one bulk GET. */
async function resolveProcesses(client, keys, where) {
    const ids = keys.filter(resolve/* looksLikeId */.j$);
    const names = keys.filter((k) => !(0,resolve/* looksLikeId */.j$)(k));
    const [byId, byName] = await Promise.all([
        ids.length ? getComponents(client, ids) : Promise.resolve([]),
        names.length
            ? client.query('ComponentMetadata', query_and(query_eq('type', 'process'), query_eq('currentVersion', true), query_eq('deleted', false), anyOf('name', names)), componentMetadataSchema)
            : Promise.resolve([])
    ]);
    const resolved = new Map();
    for (const item of byId) {
        if (!item.found || item.value.type !== 'process' || item.value.deleted === true) {
            throw new resolve/* ResolveError */.JT(`${where}: '${item.id}' is not a current process component in this account.`);
        }
        resolved.set(item.id, item.value);
    }
    for (const name of names) {
        const matches = byName.filter((c) => c.name === name);
        if (matches.length === 0)
            throw new resolve/* ResolveError */.JT(`${where}: no current process named '${name}'. Check the name in Boomi's Build tab, or use the process ID.`);
        if (matches.length > 1) {
            throw new resolve/* ResolveError */.JT(`${where}: ${matches.length} processes are named '${name}' (${matches.map((m) => m.componentId).join(', ')}). Use the ID instead.`);
        }
        resolved.set(name, matches[0]);
    }
    return resolved;
}
async function attachedRuntimes(client, environment) {
    const attachments = await listAttachments(client, environment.id);
    const atoms = await findAtoms(client, attachments.map((a) => a.atomId));
    return attachments.map((a) => ({ id: a.atomId, name: atoms.find((atom) => atom.id === a.atomId)?.name ?? a.atomId }));
}
function pickRuntimes(attached, wanted, environment, where) {
    if (attached.length === 0)
        throw new resolve/* ResolveError */.JT(`${where}: no runtime is attached to environment ${environment.name}, so there is nothing to schedule on.`);
    if (wanted === undefined)
        return attached;
    return wanted.map((name) => (0,resolve/* resolveByNameOrId */.rB)(attached, (r) => r, name, 'runtime', where, `Runtimes attached to ${environment.name}`));
}
/** A process has schedule objects only where it is deployed: fail early, naming it. */
async function checkDeployed(client, environment, processes, release, where) {
    const deployedByRun = new Set(release.filter((i) => i.deployStep.action !== 'none').map((i) => i.componentId));
    const others = processes.filter((p) => !deployedByRun.has(p.componentId));
    if (others.length === 0)
        return;
    const active = await findActiveDeployments(client, environment.id, others.map((p) => p.componentId));
    const missing = others.filter((p) => !active.some((d) => d.componentId === p.componentId));
    if (missing.length > 0) {
        const list = missing.map((p) => `'${p.name}'`).join(', ');
        throw new resolve/* ResolveError */.JT(`${where}: ${list} ${missing.length === 1 ? 'is' : 'are'} not deployed in ${environment.name} and not deployed by this run, so Boomi has no schedule for ${missing.length === 1 ? 'it' : 'them'}. Add the process to component-ids, or deploy it first.`);
    }
}

// EXTERNAL MODULE: ./src/report.ts
var src_report = __webpack_require__(665);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
;// CONCATENATED MODULE: ./src/pipeline.ts
// The release pipeline behind `run`: load the files, read and plan everything, then write —
// package and deploy, extensions, schedules. Loaded by main once the inputs are valid.









async function loadFiles(inputs) {
    const extensions = await loadExtensionsFile(inputs, process.env);
    const schedules = await loadSchedulesFile(inputs, process.env);
    return { ...(extensions ? { extensions } : {}), ...(schedules ? { schedules } : {}) };
}
async function readAndPlan(client, inputs, files, report) {
    const release = await readRelease(client, inputs);
    report.environment = release.environment ? { id: release.environment.id, name: release.environment.name } : null;
    report.components = (0,src_report/* componentReports */.RX)(release.items, inputs.dryRun);
    if (release.gate)
        report.gate = release.gate;
    const environment = release.environment;
    if (!environment)
        return { release, scheduleTargets: [] };
    const [extensions, scheduleTargets] = await Promise.all([
        files.extensions ? readExtensionsPlan(client, environment, files.extensions) : undefined,
        files.schedules ? resolveSchedules(client, environment, files.schedules, release.items) : []
    ]);
    if (files.extensions && extensions) {
        report.extensions = { status: inputs.dryRun ? 'planned' : 'not started', file: files.extensions.displayPath, mode: files.extensions.mode, changes: extensions.changes };
    }
    if (files.schedules) {
        // A dry run shows what would change; a real run decides again after the deploy.
        const items = inputs.dryRun ? await applySchedules(client, scheduleTargets, false) : [];
        report.schedules = { status: inputs.dryRun ? 'planned' : 'not started', file: files.schedules.displayPath, items };
    }
    return { release, scheduleTargets };
}
async function write(client, inputs, files, plan, report) {
    const environment = plan.release.environment;
    await core/* group */.Os(environment ? `Package and deploy to ${environment.name}` : 'Package', () => applyRelease(plan.release.items, report.components, {
        client,
        ...(environment ? { environmentId: environment.id } : {}),
        notes: inputs.notes,
        startedAt: new Date().toISOString(),
        log: core/* info */.pq,
        warn: core/* warning */.$e
    }));
    if (!environment)
        return;
    if (files.extensions && report.extensions)
        await writeExtensions(client, environment, files.extensions, report.extensions);
    if (report.schedules)
        await writeSchedules(client, plan.scheduleTargets, report.schedules);
}
async function writeExtensions(client, environment, request, section) {
    section.status = 'failed';
    const outcome = await core/* group */.Os(`Extensions of ${environment.name}`, () => applyExtensions(client, environment, request, core/* info */.pq));
    section.changes = outcome.changes;
    section.status = outcome.written ? 'written' : 'unchanged';
}
async function writeSchedules(client, targets, section) {
    section.status = 'failed';
    try {
        section.items = await core/* group */.Os('Schedules', () => applySchedules(client, targets, true));
    }
    catch (error) {
        if (error instanceof SchedulesFailed)
            section.items = error.outcomes;
        throw error;
    }
    section.status = section.items.some((i) => i.action === 'updated') ? 'written' : 'unchanged';
}
function createClient(inputs) {
    return new BoomiClient({
        baseUrl: inputs.baseUrl,
        accountId: inputs.accountId,
        username: inputs.username,
        token: inputs.apiToken,
        maxRequestsPerSecond: inputs.maxRequestsPerSecond,
        debug: core/* debug */.Yz
    });
}


/***/ })

};
