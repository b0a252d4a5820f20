export const id = 175;
export const ids = [175];
export const modules = {

/***/ 4960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I4: () => (/* binding */ componentMetadataSchema),
/* harmony export */   Py: () => (/* binding */ getComponents),
/* harmony export */   V5: () => (/* binding */ PACKAGEABLE),
/* harmony export */   lH: () => (/* binding */ listPackageable),
/* harmony export */   q5: () => (/* binding */ findCurrentByNames)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8816);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5386);
/* harmony import */ var _zod_helpers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(959);
// Component metadata: names and types of the components the run touches.



const componentMetadataSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    componentId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** Revision; with currentVersion true, the component's current one. */
    version: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .looseInt */ .e7.optional(),
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    currentVersion: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .looseBoolean */ .bi.optional(),
    deleted: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .looseBoolean */ .bi.optional(),
    /** The folder as Boomi reports it (a `Folder/Name` reference matches it as written). */
    folderName: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    folderId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional()
});
/** Latest revision of each component, per ID (Boomi answers a missing ID per item). */
function getComponents(client, ids) {
    return client.bulkGet('ComponentMetadata', ids, componentMetadataSchema);
}
/**
 * Types Boomi can package: PackagedComponent.componentType, plus API Proxy (`webservice.external`),
 * which the spec's PackagedComponent notes list as packageable.
 */
const PACKAGEABLE = ['certificate', 'customlibrary', 'flowservice', 'process', 'processroute', 'tpgroup', 'webservice', 'webservice.external'];
const current = () => [(0,_query_js__WEBPACK_IMPORTED_MODULE_0__.eq)('currentVersion', true), (0,_query_js__WEBPACK_IMPORTED_MODULE_0__.eq)('deleted', false)];
/**
 * The current, non-deleted revision of every component with one of these names: one query per
 * chunk of names. Rows Boomi marks otherwise are dropped too, in case a filter is not honoured.
 */
async function findCurrentByNames(client, names) {
    if (names.length === 0)
        return [];
    const found = await client.queryInChunks('ComponentMetadata', names, (part) => (0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .and */ .Uo)(...current(), (0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .anyOf */ .EB)('name', part)), componentMetadataSchema);
    return found.filter((c) => c.currentVersion !== false && c.deleted !== true);
}
/** Every current, packageable component: only read to suggest names after a name matched nothing. */
async function listPackageable(client) {
    const found = await client.query('ComponentMetadata', (0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .and */ .Uo)(...current(), (0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .anyOf */ .EB)('type', PACKAGEABLE)), componentMetadataSchema);
    return found.filter((c) => c.currentVersion !== false && c.deleted !== true);
}


/***/ }),

/***/ 4990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ findDeploymentHistory),
/* harmony export */   Yy: () => (/* binding */ createDeployment),
/* harmony export */   a: () => (/* binding */ findActiveDeployments),
/* harmony export */   rd: () => (/* binding */ deleteDeployment)
/* harmony export */ });
/* unused harmony export deploymentSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8816);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5386);
/* harmony import */ var _zod_helpers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(959);
// DeployedPackage: a package deployed in an environment; `active` marks the one in effect.



const deploymentSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    deploymentId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    packageId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    packageVersion: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .looseString */ .yI.optional(),
    environmentId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    componentId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** The component revision the package holds. */
    componentVersion: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .revision */ .QL,
    componentType: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    deployedDate: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    deployedBy: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    notes: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    active: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .looseBoolean */ .bi.optional(),
    version: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .looseInt */ .e7.optional(),
    /** Listener processes only; set on create, shown in answers. */
    listenerStatus: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** Set on success when the deployment went over the account's connection licences. */
    message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional()
});
/** The active deployments of these components in one environment. */
async function findActiveDeployments(client, environmentId, componentIds) {
    const found = await queryDeployments(client, environmentId, componentIds, (0,_query_js__WEBPACK_IMPORTED_MODULE_0__.eq)('active', true));
    return found.filter((d) => d.active !== false);
}
/** Deployments of these components in one environment, one OR group per chunk of IDs. */
function queryDeployments(client, environmentId, componentIds, ...also) {
    return client.queryInChunks('DeployedPackage', componentIds, (ids) => (0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .and */ .Uo)((0,_query_js__WEBPACK_IMPORTED_MODULE_0__.eq)('environmentId', environmentId), ...also, (0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .anyOf */ .EB)('componentId', ids)), deploymentSchema);
}
function createDeployment(client, body, options) {
    return client.create('DeployedPackage', body, deploymentSchema, options);
}
/**
 * Every deployment of these components in one environment, active or not (the history a rollback
 * picks from), newest first: by deployedDate, then by deployment version.
 */
async function findDeploymentHistory(client, environmentId, componentIds) {
    const found = await queryDeployments(client, environmentId, componentIds);
    return found.sort((a, b) => time(b) - time(a) || (b.version ?? 0) - (a.version ?? 0));
}
/** Milliseconds of `deployedDate` (0 when absent or unreadable: such a record sorts last). */
function time(deployment) {
    return Date.parse(deployment.deployedDate ?? '') || 0;
}
/** Undeploys: removes the deployment from its environment. */
function deleteDeployment(client, deploymentId, mayStart) {
    return client.delete(`DeployedPackage/${encodeURIComponent(deploymentId)}`, mayStart ? { mayStart } : {});
}


/***/ }),

/***/ 8258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DO: () => (/* binding */ listEnvironments),
/* harmony export */   Ok: () => (/* binding */ findEnvironments),
/* harmony export */   rD: () => (/* binding */ listAttachments),
/* harmony export */   yA: () => (/* binding */ findAtoms)
/* harmony export */ });
/* unused harmony exports environmentSchema, attachmentSchema, atomSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8816);
/* harmony import */ var _plan_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8315);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5386);
// Environments, the runtimes attached to them, and runtime names.



const environmentSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    classification: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional()
});
const attachmentSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    atomId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    environmentId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
});
const atomSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional()
});
/**
 * The environments named or identified by any of `wanted`: one query for all of them. Only values
 * shaped like an ID go into the `id` clause: a name there is undocumented and may be refused.
 */
function findEnvironments(client, wanted) {
    const ids = wanted.filter(_plan_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeId */ .j$);
    const byName = (0,_query_js__WEBPACK_IMPORTED_MODULE_1__/* .anyOf */ .EB)('name', wanted);
    return client.query('Environment', ids.length > 0 ? (0,_query_js__WEBPACK_IMPORTED_MODULE_1__.or)(byName, (0,_query_js__WEBPACK_IMPORTED_MODULE_1__/* .anyOf */ .EB)('id', ids)) : byName, environmentSchema);
}
/**
 * Every environment of the account. The spec makes QueryFilter required, so "all" is a filter
 * that matches every name.
 */
function listEnvironments(client) {
    return client.query('Environment', { property: 'name', operator: 'LIKE', argument: ['%'] }, environmentSchema);
}
function listAttachments(client, environmentId) {
    return client.query('EnvironmentAtomAttachment', (0,_query_js__WEBPACK_IMPORTED_MODULE_1__.eq)('environmentId', environmentId), attachmentSchema);
}
function findAtoms(client, atomIds) {
    return atomIds.length === 0 ? Promise.resolve([]) : client.query('Atom', (0,_query_js__WEBPACK_IMPORTED_MODULE_1__/* .anyOf */ .EB)('id', atomIds), atomSchema);
}


/***/ }),

/***/ 5375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ kindForStatus),
/* harmony export */   nQ: () => (/* binding */ extractBoomiMessage),
/* harmony export */   rW: () => (/* binding */ BoomiApiError)
/* harmony export */ });
/* unused harmony export AUTH_HELP */
// One error type for everything the Boomi API can answer, with the classification that the
// retry policy and the user-facing messages both need.
class BoomiApiError extends Error {
    kind;
    method;
    path;
    status;
    boomiMessage;
    name = 'BoomiApiError';
    constructor(kind, method, path, status, boomiMessage, 
    /** `privilege`: what the call needs, named when Boomi refuses it (403). */
    options) {
        super(describe(kind, method, path, status, boomiMessage, options?.privilege), options);
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
    "'account-id'. The user needs the API privilege plus Build Read Access, Packaged Component Management, Deploy and " +
    'Runtime Management (and Scheduling for schedules) in the target environments.';
function describe(kind, method, path, status, message, privilege) {
    const call = `${method} ${path}`;
    const answer = status === undefined ? '' : ` (HTTP ${status})`;
    const said = message ? `: ${message}` : '';
    switch (kind) {
        case 'auth':
            // Said once: Boomi's own text is often just "Unauthorized" too.
            return `Unauthorized${answer}: Boomi rejected the credentials on ${call}${/^\W*(401\W*)?unauthori[sz]ed\W*$/i.test(message) ? '' : said}. ${AUTH_HELP}`;
        case 'forbidden':
            return privilege
                ? `Boomi refused ${call}${answer}${said}. This call needs ${privilege} for the token's user (in the target environment where Boomi scopes it), or 'account-id' is wrong. See the README's "Boomi privileges" section for what each mode needs.`
                : `Boomi refused ${call}${answer}${said}. The user lacks a privilege for this account or environment, or 'account-id' is wrong. ${AUTH_HELP}`;
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
    if (status === 503 || status === 429)
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


/***/ }),

/***/ 3970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ updateExtensions),
/* harmony export */   v5: () => (/* binding */ getExtensions)
/* harmony export */ });
/* unused harmony exports extensionCustomPropertySchema, cloudManagedSecretConfigSchema, extensionFieldSchema, extensionConnectionSchema, extensionOperationSchema, sharedCommunicationSchema, tradingPartnerCategorySchema, extensionTradingPartnerSchema, processPropertyValueSchema, overrideProcessPropertySchema, dynamicPropertySchema, crossReferenceRowSchema, crossReferenceSchema, pgpCertificateSchema, environmentExtensionsSchema, environmentExtensionsUpdateSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(959);
// The EnvironmentExtensions object family as the Platform API returns it (spec schemas
// EnvironmentExtensions, Field, Connection, OverrideProcessProperty, ProcessPropertyValue, Property,
// CrossReference, PGPCertificate, TradingPartner, SharedCommunication, …).
//
// Parsing is tolerant on purpose: every object keeps keys we do not know (a full update that dropped
// them would reset them), one-element lists may arrive as a lone object and booleans as "true".
// What is strict is the one thing we cannot do without: the ID of every item, field and value.
// An item we could not address would silently fall out of a full update and be reset.


/** A key/value pair under a field's customProperties (spec PropertyPair); encrypted values come back without `value`. */
const extensionCustomPropertySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    key: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseString */ .yI.optional(),
    value: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseString */ .yI.optional(),
    encrypted: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseBoolean */ .bi.optional()
});
/** Where a field's value lives in a cloud secrets manager instead of in Boomi. */
const cloudManagedSecretConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    usesRemoteSecretsManager: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseBoolean */ .bi.optional(),
    secretsManagerType: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    secretReference: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
});
/** One extensible field of a connection, operation, communication channel or trading-partner category. */
const extensionFieldSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    id: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseString */ .yI,
    /** Absent for encrypted fields (never returned) and often for fields on their default. */
    value: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseString */ .yI.optional(),
    /** true: the component's own value applies; false: `value` overrides it. */
    useDefault: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseBoolean */ .bi.optional(),
    usesEncryption: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseBoolean */ .bi.optional(),
    encryptedValueSet: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseBoolean */ .bi.optional(),
    componentOverride: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseBoolean */ .bi.optional(),
    customProperties: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ properties: (0,_zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(extensionCustomPropertySchema) }).optional(),
    CloudManagedSecretConfig: cloudManagedSecretConfigSchema.optional()
});
/** Connection, Operation and TradingPartnerCategory share this shape: an addressable list of fields. */
const fieldHolderShape = {
    id: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseString */ .yI,
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    field: (0,_zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(extensionFieldSchema)
};
const extensionConnectionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3(fieldHolderShape);
const extensionOperationSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3(fieldHolderShape);
const sharedCommunicationSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ ...fieldHolderShape, type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() });
const tradingPartnerCategorySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3(fieldHolderShape);
const extensionTradingPartnerSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    id: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseString */ .yI,
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    category: (0,_zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(tradingPartnerCategorySchema)
});
/** One value of a process property component; `value` is returned only once it was saved (API or UI). */
const processPropertyValueSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    key: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseString */ .yI,
    label: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    value: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseString */ .yI.optional(),
    useDefault: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseBoolean */ .bi.optional(),
    usesEncryption: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseBoolean */ .bi.optional(),
    encryptedValueSet: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseBoolean */ .bi.optional(),
    componentOverride: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseBoolean */ .bi.optional(),
    validate: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseBoolean */ .bi.optional()
});
const overrideProcessPropertySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    id: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseString */ .yI,
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    ProcessPropertyValue: (0,_zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(processPropertyValueSchema)
});
/** A dynamic process property. The spec requires `value`, yet an unset one may come back as "" or without it. */
const dynamicPropertySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    value: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseString */ .yI.optional()
});
/** A cross-reference row: columns ref1…ref20; other keys ("@type") pass through untyped. */
const crossReferenceRowSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseRecord */ .qWX(zod__WEBPACK_IMPORTED_MODULE_1__/* .templateLiteral */ .Uy$(['ref', zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1).max(20)]), _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseString */ .yI);
const crossReferenceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    id: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseString */ .yI,
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    overrideValues: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseBoolean */ .bi.optional(),
    CrossReferenceRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ row: (0,_zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(crossReferenceRowSchema) }).optional()
});
/**
 * A PGP certificate used by a deployed process: `id` is that certificate, `value` the ID of the
 * certificate component to use instead. `name` is not in the spec; it is read when Boomi sends it.
 */
const pgpCertificateSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    id: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseString */ .yI,
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    value: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseString */ .yI.optional(),
    useDefault: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseBoolean */ .bi.optional()
});
/**
 * The spec marks all eight sections required, but real responses leave out empty ones, so they are
 * optional here; inside each, a missing list reads as an empty one.
 */
const environmentExtensionsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    id: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseString */ .yI,
    environmentId: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .looseString */ .yI.optional(),
    extensionGroupId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    connections: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ connection: (0,_zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(extensionConnectionSchema) }).optional(),
    operations: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ operation: (0,_zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(extensionOperationSchema) }).optional(),
    tradingPartners: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ tradingPartner: (0,_zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(extensionTradingPartnerSchema) }).optional(),
    sharedCommunications: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ sharedCommunication: (0,_zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(sharedCommunicationSchema) }).optional(),
    crossReferences: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ crossReference: (0,_zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(crossReferenceSchema) }).optional(),
    processProperties: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ ProcessProperty: (0,_zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(overrideProcessPropertySchema) }).optional(),
    properties: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ property: (0,_zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(dynamicPropertySchema) }).optional(),
    PGPCertificates: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ PGPCertificate: (0,_zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(pgpCertificateSchema) }).optional()
});
/**
 * The UPDATE body: the same object plus `partial`, which the planner always sets explicitly
 * (Boomi treats a missing `partial` as a full update).
 */
const environmentExtensionsUpdateSchema = environmentExtensionsSchema.extend({ partial: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY() });
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


/***/ }),

/***/ 1001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ getPackages),
/* harmony export */   N7: () => (/* binding */ createPackage),
/* harmony export */   PL: () => (/* binding */ findPackagesCreatedSince),
/* harmony export */   _B: () => (/* binding */ findPackagesByVersion)
/* harmony export */ });
/* unused harmony export packageSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8816);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5386);
/* harmony import */ var _zod_helpers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(959);
// PackagedComponent: the versioned, immutable package of a component.



const packageSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    packageId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    packageVersion: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .looseString */ .yI,
    componentId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** The component revision the package holds. */
    componentVersion: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .revision */ .QL,
    componentType: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    createdDate: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    createdBy: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    notes: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    deleted: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_1__/* .looseBoolean */ .bi.optional()
});
/** Live (non-deleted) packages of these components with this version label. */
async function findPackagesByVersion(client, componentIds, packageVersion) {
    const found = await client.queryInChunks('PackagedComponent', componentIds, (ids) => (0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .and */ .Uo)((0,_query_js__WEBPACK_IMPORTED_MODULE_0__.eq)('packageVersion', packageVersion), (0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .anyOf */ .EB)('componentId', ids)), packageSchema);
    return found.filter((p) => p.deleted !== true);
}
/** Packages of one component created at or after a moment: finds a create whose answer was lost. */
async function findPackagesCreatedSince(client, componentId, since) {
    const found = await client.query('PackagedComponent', (0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .and */ .Uo)((0,_query_js__WEBPACK_IMPORTED_MODULE_0__.eq)('componentId', componentId), { property: 'createdDate', operator: 'GREATER_THAN_OR_EQUAL', argument: [since] }), packageSchema);
    return found.filter((p) => p.deleted !== true);
}
function getPackages(client, packageIds) {
    return client.bulkGet('PackagedComponent', packageIds, packageSchema);
}
function createPackage(client, body, options) {
    return client.create('PackagedComponent', body, packageSchema, options);
}


/***/ }),

/***/ 5386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ queryBody),
/* harmony export */   EB: () => (/* binding */ anyOf),
/* harmony export */   Nl: () => (/* binding */ queryPageSchema),
/* harmony export */   Uo: () => (/* binding */ and),
/* harmony export */   eq: () => (/* binding */ eq),
/* harmony export */   iv: () => (/* binding */ chunk),
/* harmony export */   or: () => (/* binding */ or)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(959);
// QueryFilter expressions (Boomi's grammar: simple expressions and and/or groups that nest),
// and the shape of a query page.


function eq(property, value) {
    // The schema types every argument as a string, booleans included.
    return { property, operator: 'EQUALS', argument: [String(value)] };
}
function and(...nested) {
    return nested.length === 1 ? nested[0] : { operator: 'and', nestedExpression: nested };
}
function or(...nested) {
    return nested.length === 1 ? nested[0] : { operator: 'or', nestedExpression: nested };
}
/** `property` equals any of `values`: one OR group instead of one query per value. */
function anyOf(property, values) {
    return or(...[...new Set(values)].map((value) => eq(property, value)));
}
function queryBody(expression) {
    return expression ? { QueryFilter: { expression } } : {};
}
function queryPageSchema(item) {
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        numberOfResults: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        queryToken: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        result: (0,_zod_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(item)
    });
}
/** Splits values into chunks so that an OR group stays a reasonable request size. */
function chunk(values, size) {
    const chunks = [];
    for (let i = 0; i < values.length; i += size)
        chunks.push(values.slice(i, i + size));
    return chunks;
}


/***/ }),

/***/ 3140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wx: () => (/* binding */ updateSchedules),
/* harmony export */   iU: () => (/* binding */ findSchedules),
/* harmony export */   lU: () => (/* binding */ findScheduleStatuses),
/* harmony export */   pd: () => (/* binding */ updateScheduleStatus)
/* harmony export */ });
/* unused harmony exports processSchedulesSchema, scheduleStatusSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8816);
/* harmony import */ var _plan_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7170);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5386);
/* harmony import */ var _zod_helpers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(959);
// ProcessSchedules and ProcessScheduleStatus: one object of each per (runtime, process),
// made by Boomi when the process is deployed to an environment the runtime serves.




const processSchedulesSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    atomId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    processId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    Schedule: (0,_zod_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(_plan_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .boomiScheduleSchema */ .fM),
    Retry: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ Schedule: (0,_zod_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(_plan_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .boomiScheduleSchema */ .fM), maxRetry: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .looseInt */ .e7.optional() }).optional()
});
const scheduleStatusSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    atomId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    processId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    enabled: _zod_helpers_js__WEBPACK_IMPORTED_MODULE_2__/* .looseBoolean */ .bi
});
/** Every schedule object of these processes on these runtimes, in one query. */
function findSchedules(client, atomIds, processIds) {
    return client.query('ProcessSchedules', (0,_query_js__WEBPACK_IMPORTED_MODULE_1__/* .and */ .Uo)((0,_query_js__WEBPACK_IMPORTED_MODULE_1__/* .anyOf */ .EB)('atomId', atomIds), (0,_query_js__WEBPACK_IMPORTED_MODULE_1__/* .anyOf */ .EB)('processId', processIds)), processSchedulesSchema);
}
function findScheduleStatuses(client, atomIds, processIds) {
    return client.query('ProcessScheduleStatus', (0,_query_js__WEBPACK_IMPORTED_MODULE_1__/* .and */ .Uo)((0,_query_js__WEBPACK_IMPORTED_MODULE_1__/* .anyOf */ .EB)('atomId', atomIds), (0,_query_js__WEBPACK_IMPORTED_MODULE_1__/* .anyOf */ .EB)('processId', processIds)), scheduleStatusSchema);
}
/**
 * Replaces the whole schedule list (and retry) of each (runtime, process) pair, 15 pairs a
 * call through the bulk UPDATE; Boomi answers per pair (a listener process is refused alone).
 */
function updateSchedules(client, bodies) {
    return client.bulkUpdate('ProcessSchedules', bodies);
}
function updateScheduleStatus(client, body) {
    return client.update(`ProcessScheduleStatus/${encodeURIComponent(body.id)}`, body, scheduleStatusSchema);
}


/***/ }),

/***/ 959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QL: () => (/* binding */ revision),
/* harmony export */   bi: () => (/* binding */ looseBoolean),
/* harmony export */   e7: () => (/* binding */ looseInt),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   yI: () => (/* binding */ looseString)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
// Boomi's JSON comes from an XML model: one-element lists sometimes arrive as a lone object,
// numbers as strings and booleans as "true"/"false". These normalise that drift at the edge,
// so the rest of the code sees one shape.

/** An array that also accepts a lone object (XML origin) and an absent value (empty list). */
function list(item) {
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .preprocess */ .vkY((value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]), zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(item));
}
/** A string that may arrive as a number (componentVersion, maxRetry). */
const looseString = zod__WEBPACK_IMPORTED_MODULE_0__/* .preprocess */ .vkY((value) => (typeof value === 'number' ? String(value) : value), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP());
/** A boolean that may arrive as "true" / "false". */
const looseBoolean = zod__WEBPACK_IMPORTED_MODULE_0__/* .preprocess */ .vkY((value) => (value === 'true' ? true : value === 'false' ? false : value), zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY());
/** An integer that may arrive as a numeric string. */
const looseInt = zod__WEBPACK_IMPORTED_MODULE_0__/* .preprocess */ .vkY((value) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int());
/**
 * A component revision. ComponentMetadata types it as an integer; a package or deployment's
 * `componentVersion` is an integer in the schema but a string such as "2.0" or "7" in the
 * examples. Read as the integer it names; any other text is an unknown revision (undefined),
 * which the revision checks skip rather than guess.
 */
const revision = zod__WEBPACK_IMPORTED_MODULE_0__/* .preprocess */ .vkY((value) => {
    if (typeof value === 'number')
        return Number.isInteger(value) ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    const match = /^\s*(\d+)(?:\.0+)?\s*$/.exec(value);
    return match ? Number(match[1]) : undefined;
}, zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().optional());


/***/ }),

/***/ 6807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ boomiToCron),
/* harmony export */   u: () => (/* binding */ cronToBoomi)
/* harmony export */ });
/* harmony import */ var _schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7170);
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
    const fail = (detail) => new _schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .CronError */ .Rk(`cron '${expression}' ${detail}`);
    const [minute, hour, dayOfMonth, month, dayOfWeek] = splitCron(expression, fail);
    const inField = (text, spec) => parseCronField(text, spec, fail);
    const minutes = inField(minute, CRON_MINUTE);
    const hours = inField(hour, CRON_HOUR);
    const daysOfMonth = inField(dayOfMonth, CRON_DAY_OF_MONTH);
    const months = inField(month, CRON_MONTH);
    const daysOfWeek = inField(dayOfWeek, CRON_DAY_OF_WEEK);
    refuseBothDayFields([minute, hour, dayOfMonth, month, dayOfWeek], fail);
    return {
        minutes: (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .renderValues */ .Zz)(minutes, 0, 59),
        hours: (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .renderValues */ .Zz)(hours, 0, 23),
        daysOfWeek: (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .renderValues */ .Zz)(toBoomiWeekdays(daysOfWeek), 1, 7),
        daysOfMonth: (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .renderValues */ .Zz)(daysOfMonth, 1, 31),
        months: (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .renderValues */ .Zz)(months, 1, 12),
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
        return (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .parseField */ .cn)(text, spec, { openSteps: true });
    }
    catch (error) {
        if (!(error instanceof _schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FieldProblem */ .k4))
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
/**
 * A Boomi schedule as 5-field cron, or undefined where cron cannot say the same: years limited,
 * both day fields limited (cron would run when either matches), or fields that do not parse.
 */
function boomiToCron(schedule) {
    const values = (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .scheduleValues */ .kI)(schedule);
    if (!values || schedule.years.trim() !== '*')
        return undefined;
    if (values.daysOfMonth.length < 31 && values.daysOfWeek.length < 7)
        return undefined;
    const cronWeekdays = values.daysOfWeek.map((day) => day - 1); // Boomi 1 = Sunday → cron 0
    return [
        (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .renderValues */ .Zz)(values.minutes, 0, 59),
        (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .renderValues */ .Zz)(values.hours, 0, 23),
        (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .renderValues */ .Zz)(values.daysOfMonth, 1, 31),
        (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .renderValues */ .Zz)(values.months, 1, 12),
        (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .renderValues */ .Zz)(cronWeekdays, 0, 6)
    ].join(' ');
}


/***/ }),

/***/ 9429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ph: () => (/* binding */ isEncrypted),
/* harmony export */   v_: () => (/* binding */ readsAsDefault)
/* harmony export */ });
/* unused harmony export HIDDEN_VALUE */
// How Boomi's value carriers read (encrypted? on their default?): one reading, shared by observing
// the slots and by building the UPDATE body, so both agree.
/** What Boomi shows in place of a stored encrypted process-property value (a doc sample): never a value to send back. */
const HIDDEN_VALUE = '[[HIDDEN]]';
function isEncrypted(carrier) {
    return carrier.usesEncryption === true || carrier.encryptedValueSet === true || carrier.value === HIDDEN_VALUE;
}
/** useDefault as read; when Boomi leaves it out, a carrier with nothing stored is on its default. */
function readsAsDefault(carrier) {
    if (carrier.useDefault !== undefined)
        return carrier.useDefault;
    return isEncrypted(carrier) ? carrier.encryptedValueSet !== true : carrier.value === undefined;
}


/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QQ: () => (/* reexport */ ExtensionsPlanError),
  Gq: () => (/* reexport */ planExtensions),
  uz: () => (/* reexport */ verifyExtensions)
});

// UNUSED EXPORTS: REDACTED

// EXTERNAL MODULE: ./src/config/load-file.ts
var load_file = __webpack_require__(855);
;// CONCATENATED MODULE: ./src/plan/extensions/catalogue.ts
function addProblem(context, problem, path) {
    context.problems.push(problem);
    context.problemPaths.push(path);
}
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
/** Finds by ID (or key) first, then by name; records a problem at `path` and returns undefined otherwise. */
function pick(resolution, catalogue, ref, path) {
    const byId = catalogue.items.find((item) => catalogue.idOf(item) === ref);
    if (byId)
        return byId;
    const byName = catalogue.items.filter((item) => catalogue.nameOf(item) === ref);
    if (byName.length === 1)
        return byName[0];
    const problem = byName.length > 1 ? ambiguousMessage(resolution, catalogue, ref, byName) : notFoundMessage(resolution, catalogue, ref);
    addProblem(resolution, problem, path);
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

;// CONCATENATED MODULE: ./src/plan/extensions/objects.ts
// Small object helpers shared by the planner's modules.
function definedOnly(object) {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

;// CONCATENATED MODULE: ./src/plan/extensions/show.ts
const REDACTED = '<redacted>';
function asWritten(value, references) {
    return references?.get(value) ?? value;
}
/** The value a change list shows; undefined for defaults and for what cannot be shown. */
function shownValue(state, references) {
    switch (state.kind) {
        case 'value':
            return state.useDefault || state.value === undefined ? undefined : asWritten(state.value, references);
        case 'property':
            return state.value === '' ? undefined : asWritten(state.value, references);
        case 'table':
            return state.overrideValues && state.rows ? `${state.rows.length} row${state.rows.length === 1 ? '' : 's'}` : undefined;
        case 'encrypted':
            return undefined;
    }
}
function describeState(state, secret, references) {
    const shown = (value) => (secret ? REDACTED : asWritten(value, references));
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
            return state.rows ? (secret ? REDACTED : JSON.stringify(state.rows.map((row) => row.map(shown)))) : '(overridden rows)';
    }
}

// EXTERNAL MODULE: ./src/plan/extensions/slots.ts
var slots = __webpack_require__(7895);
;// CONCATENATED MODULE: ./src/plan/extensions/plan-slot.ts



function planSlot(slot, wanted) {
    const desired = desiredState(slot.state, wanted);
    const secret = slot.state.kind === 'encrypted';
    const action = changeAction(slot.state, wanted, desired);
    const shown = secret ? {} : definedOnly({ from: shownValue(slot.state), to: shownValue(desired, wanted.references) });
    const change = { ...(0,slots/* address */.hl)(slot), action, ...shown };
    return { wanted, desired, change, secret };
}
function changeAction(current, wanted, desired) {
    const resets = wanted.kind === 'value' ? wanted.value === null : wanted.table === null;
    // Encrypted values cannot be read back, so setting one is always a change.
    if (current.kind === 'encrypted' && !resets)
        return 'set-encrypted';
    if ((0,slots/* satisfies */.ib)(desired, current))
        return 'unchanged';
    return resets ? 'reset' : 'changed';
}
function desiredState(current, wanted) {
    if (wanted.kind === 'table') {
        if (current.kind !== 'table')
            throw new Error('internal: table wanted for a non-table slot');
        return wanted.table === null
            ? { kind: 'table', overrideValues: false }
            : { kind: 'table', overrideValues: wanted.table.overrideValues, rows: wanted.table.rows.map(slots/* normalisedRow */.Jc) };
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
function expectedSlot(slot, planned) {
    if (!planned)
        return { ...slot, secret: slot.state.kind === 'encrypted' };
    const references = planned.wanted.references;
    return { ...slot, state: planned.desired, secret: planned.secret, ...(references ? { references } : {}) };
}
function secretsSent(planned) {
    const sent = [...planned.values()].flatMap(({ wanted, change }) => change.action === 'set-encrypted' && wanted.kind === 'value' && wanted.value ? [wanted.value] : []);
    return [...new Set(sent)];
}

// EXTERNAL MODULE: ./src/plan/extensions/carriers.ts
var carriers = __webpack_require__(9429);
;// CONCATENATED MODULE: ./src/plan/extensions/request.ts



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
            property: itemsForRequest(current.properties?.property ?? [], (p) => (0,slots/* slotKey */.q8)('properties', p.name), context, propertyForRequest)
        },
        crossReferences: {
            crossReference: itemsForRequest(current.crossReferences?.crossReference ?? [], (t) => (0,slots/* slotKey */.q8)('crossReferences', t.id), context, tableForRequest)
        },
        PGPCertificates: {
            PGPCertificate: itemsForRequest(current.PGPCertificates?.PGPCertificate ?? [], (c) => (0,slots/* slotKey */.q8)('pgpCertificates', c.id), context, carrierForRequest)
        }
    };
    // Every section goes, empty ones included, in partial mode too: the spec's schema requires all eight.
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
    const fields = itemsForRequest(holder.field, (field) => (0,slots/* slotKey */.q8)(...path, field.id), context, carrierForRequest);
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
    const keyOf = (key) => (0,slots/* slotKey */.q8)('processProperties', component.id, key);
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
            ...((0,carriers/* isEncrypted */.ph)(read) && { usesEncryption: true })
        });
    }
    if ((0,carriers/* isEncrypted */.ph)(read))
        return undefined;
    return (0,carriers/* readsAsDefault */.v_)(read) ? reshaped(read, { value: undefined, useDefault: true }) : reshaped(read, { useDefault: false });
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
        const component = pick(resolution, componentCatalogue(section, components), ref, [section, ref]);
        if (component)
            resolveFields(resolution, (0,slots/* componentHolder */.ur)(section, component), `${section} › '${ref}'`, [section, ref], values);
    }
}
function resolveTradingPartners(resolution, partners, entries) {
    for (const [ref, categories] of Object.entries(entries ?? {})) {
        const partner = pick(resolution, componentCatalogue('tradingPartners', partners), ref, ['tradingPartners', ref]);
        if (!partner)
            continue;
        const where = `tradingPartners › '${ref}'`;
        for (const [categoryRef, values] of Object.entries(categories)) {
            const path = ['tradingPartners', ref, categoryRef];
            const category = pick(resolution, childCatalogue(where, 'categories', partner.category), categoryRef, path);
            if (category)
                resolveFields(resolution, (0,slots/* categoryHolder */.FZ)(partner, category), `${where} › '${categoryRef}'`, path, values);
        }
    }
}
/** The one path every field section (connections, operations, channels, partner categories) takes. */
function resolveFields(resolution, ref, where, path, values) {
    const catalogue = {
        ...childCatalogue(where, 'fields', ref.holder.field),
        nameOf: () => undefined
    };
    for (const [fieldRef, value] of Object.entries(values)) {
        const fieldPath = [...path, fieldRef];
        const field = pick(resolution, catalogue, fieldRef, fieldPath);
        if (field)
            addValueIntent(resolution, (0,slots/* slotKey */.q8)(ref.section, ...ref.path, field.id), `${where} › '${fieldRef}'`, fieldPath, value);
    }
}
function resolveProcessProperties(resolution, components, entries) {
    for (const [ref, values] of Object.entries(entries ?? {})) {
        const component = pick(resolution, componentCatalogue('processProperties', components), ref, ['processProperties', ref]);
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
            const path = ['processProperties', ref, valueRef];
            const found = pick(resolution, catalogue, valueRef, path);
            if (found)
                addValueIntent(resolution, (0,slots/* slotKey */.q8)('processProperties', component.id, found.key), `${where} › '${valueRef}'`, path, value);
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
        const property = pick(resolution, catalogue, ref, ['properties', ref]);
        if (property)
            addValueIntent(resolution, (0,slots/* slotKey */.q8)('properties', property.name), `properties › '${ref}'`, ['properties', ref], value);
    }
}
function resolveCrossReferences(resolution, tables, entries) {
    for (const [ref, table] of Object.entries(entries ?? {})) {
        const path = ['crossReferences', ref];
        const found = pick(resolution, componentCatalogue('crossReferences', tables), ref, path);
        if (!found)
            continue;
        const references = new Map();
        table?.rows.forEach((row, i) => row.forEach((cell, j) => {
            const text = resolution.shownAs([...path, 'rows', i, j]);
            if (cell !== null && text !== undefined)
                references.set(cell, text);
        }));
        addIntent(resolution, (0,slots/* slotKey */.q8)('crossReferences', found.id), { said: `crossReferences › '${ref}'`, path, wanted: { kind: 'table', table, references } });
    }
}
function resolvePgpCertificates(resolution, certificates, entries) {
    for (const [ref, value] of Object.entries(entries ?? {})) {
        const found = pick(resolution, componentCatalogue('pgpCertificates', certificates), ref, ['pgpCertificates', ref]);
        if (found)
            addValueIntent(resolution, (0,slots/* slotKey */.q8)('pgpCertificates', found.id), `pgpCertificates › '${ref}'`, ['pgpCertificates', ref], value);
    }
}
function addValueIntent(resolution, key, said, path, value) {
    const text = resolution.shownAs(path);
    const references = value !== null && text !== undefined ? new Map([[value, text]]) : undefined;
    addIntent(resolution, key, { said, path, wanted: { kind: 'value', value, ...(references ? { references } : {}) } });
}
function addIntent(resolution, key, intent) {
    const earlier = resolution.intents.get(key);
    if (earlier) {
        addProblem(resolution, `${intent.said} and ${earlier.said} are the same item (once by name, once by ID/key); name it once.`, intent.path);
        return;
    }
    resolution.intents.set(key, intent);
}

;// CONCATENATED MODULE: ./src/plan/extensions/plan.ts






class ExtensionsPlanError extends load_file/* LocatedError */.BU {
    name = 'ExtensionsPlanError';
    /** One sentence per problem; all of them are reported at once so one run shows every typo. */
    problems;
    /** Where in the file each problem is, parallel to `problems`. */
    paths;
    constructor(problems, paths = [], location) {
        super(problems.join('\n'), location);
        this.problems = problems;
        this.paths = paths;
    }
}
function planExtensions(options) {
    const { current, file, mode, environmentName } = options;
    const observed = (0,slots/* observeSlots */.MV)(current);
    const resolution = { environmentName, problems: [], problemPaths: [], intents: new Map(), shownAs: options.shownAs ?? (() => undefined) };
    resolveFile(resolution, current, file);
    const planned = new Map();
    for (const [key, intent] of resolution.intents) {
        const slot = observed.get(key);
        if (!slot)
            throw new Error(`internal: resolved slot ${key} was not observed`);
        const entry = planSlot(slot, intent.wanted);
        if (mode === 'partial' && entry.change.action === 'reset' && slot.state.kind === 'property') {
            addProblem(resolution, `${intent.said}: null (reset) needs mode full. Boomi's partial update has no way to reset a dynamic process property; a full update resets it by leaving it out.`, intent.path);
        }
        planned.set(key, entry);
    }
    if (resolution.problems.length > 0)
        throw new ExtensionsPlanError(resolution.problems, resolution.problemPaths);
    const changes = [...planned.values()].map((entry) => entry.change);
    const anyChange = changes.some((change) => change.action !== 'unchanged');
    return {
        request: anyChange ? buildRequest(current, { mode, planned }) : null,
        changes,
        secrets: secretsSent(planned),
        expected: [...observed.values()].map((slot) => expectedSlot(slot, planned.get(slot.key)))
    };
}

;// CONCATENATED MODULE: ./src/plan/extensions/verify.ts


/**
 * Compares a read after the write with the plan's expected state: every slot, named or not, so an
 * overlay that reset an untouched value is caught. Encrypted slots are compared by their flags.
 */
function verifyExtensions(after, plan) {
    const actual = (0,slots/* observeSlots */.MV)(after);
    return plan.expected.flatMap((expected) => {
        const found = actual.get(expected.key);
        if (found && (0,slots/* satisfies */.ib)(expected.state, found.state))
            return [];
        return [
            {
                section: expected.section,
                component: expected.componentName,
                field: expected.field,
                expected: describeState(expected.state, expected.secret, expected.references),
                actual: found ? describeState(found.state, expected.secret, expected.references) : '(no longer extensible)'
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





/***/ }),

/***/ 7895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* binding */ categoryHolder),
/* harmony export */   Jc: () => (/* binding */ normalisedRow),
/* harmony export */   MV: () => (/* binding */ observeSlots),
/* harmony export */   hl: () => (/* binding */ address),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   q8: () => (/* binding */ slotKey),
/* harmony export */   ur: () => (/* binding */ componentHolder)
/* harmony export */ });
/* harmony import */ var _carriers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9429);

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
    const useDefault = (0,_carriers_js__WEBPACK_IMPORTED_MODULE_0__/* .readsAsDefault */ .v_)(carrier);
    if ((0,_carriers_js__WEBPACK_IMPORTED_MODULE_0__/* .isEncrypted */ .ph)(carrier))
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


/***/ }),

/***/ 7170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ boomiScheduleInputSchema),
/* harmony export */   Np: () => (/* binding */ runs),
/* harmony export */   Nt: () => (/* binding */ sameSchedules),
/* harmony export */   Qi: () => (/* binding */ validateBoomiSchedule),
/* harmony export */   Rk: () => (/* binding */ CronError),
/* harmony export */   Wl: () => (/* binding */ commonStep),
/* harmony export */   Yr: () => (/* binding */ FIELD_NAMES),
/* harmony export */   Zz: () => (/* binding */ renderValues),
/* harmony export */   cn: () => (/* binding */ parseField),
/* harmony export */   fM: () => (/* binding */ boomiScheduleSchema),
/* harmony export */   k4: () => (/* binding */ FieldProblem),
/* harmony export */   kI: () => (/* binding */ scheduleValues)
/* harmony export */ });
/* unused harmony export sameSchedule */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
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
const boomiScheduleSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    minutes: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe(FIELD_HELP.minutes),
    hours: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe(FIELD_HELP.hours),
    daysOfWeek: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe(FIELD_HELP.daysOfWeek),
    daysOfMonth: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe(FIELD_HELP.daysOfMonth),
    months: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe(FIELD_HELP.months),
    years: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe(FIELD_HELP.years)
});
const FIELD_NAMES = Object.keys(boomiScheduleSchema.shape);
const FIELD_TYPE_MESSAGE = 'must be a string such as "0-59/15", or a whole number';
// YAML turns `minutes: 0` into a number; a schedule field is text, so numbers are taken as written.
function fieldInput(help) {
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().trim(), zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(0, FIELD_TYPE_MESSAGE).max(9999, FIELD_TYPE_MESSAGE)], {
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
const boomiScheduleInputSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
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
/** Whether two schedule lists fire at the same times, in the same order. */
function sameSchedules(a, b) {
    return a.length === b.length && a.every((s, i) => sameSchedule(s, b[i]));
}


/***/ }),

/***/ 402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ describeSchedule)
/* harmony export */ });
/* harmony import */ var _schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7170);
// A Boomi schedule in words for the job summary. Correct over clever: anything without a plain
// reading is shown in Boomi's own notation rather than guessed at.

const WEEKDAY_WORDS = ['', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_WORDS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Longest list spelled out before falling back to Boomi's notation. */
const MAX_LISTED = 6;
/** e.g. "02:30, Monday–Friday"; "every 15 minutes from 08:00 to 18:45, every day". */
function describeSchedule(schedule) {
    const values = (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .scheduleValues */ .kI)(schedule);
    if (!values)
        return _schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .FIELD_NAMES */ .Yr.map((name) => `${name} '${schedule[name]}'`).join(', ');
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
    const step = (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .commonStep */ .Wl)(hours);
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
    const step = (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .commonStep */ .Wl)(minutes);
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
    const segments = (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .runs */ .Np)(ordered, (a, b) => mondayFirst(b) === mondayFirst(a) + 1).flatMap((run) => segment(run, name));
    return joinWords(segments);
}
function describeMonthDays(days, schedule) {
    const segments = (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .runs */ .Np)(days).flatMap((run) => segment(run, String));
    if (segments.length > MAX_LISTED)
        return `days of month ${schedule.daysOfMonth}`;
    return `${days.length === 1 ? 'day' : 'days'} ${joinWords(segments)} of the month`;
}
function describeList(values, name, literal) {
    const segments = (0,_schedule_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .runs */ .Np)(values).flatMap((run) => segment(run, name));
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


/***/ }),

/***/ 8881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xA: () => (/* binding */ loadExtensionsFile),
  kt: () => (/* binding */ planOnCurrent),
  Af: () => (/* binding */ readCurrentExtensions),
  uC: () => (/* binding */ readExtensionsPlan),
  Eb: () => (/* binding */ readExtensionsState)
});

// EXTERNAL MODULE: ./src/boomi/errors.ts
var errors = __webpack_require__(5375);
// EXTERNAL MODULE: ./src/boomi/extensions.ts
var extensions = __webpack_require__(3970);
// EXTERNAL MODULE: ./src/config/load-file.ts
var load_file = __webpack_require__(855);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
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

// EXTERNAL MODULE: ./src/plan/extensions/index.ts + 8 modules
var plan_extensions = __webpack_require__(4090);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
;// CONCATENATED MODULE: ./src/read/extensions.ts
// Environment extensions, read half: load the user's file, read the environment's current set
// and plan the overlay. Run once before any change (so a bad file or name stops the run before
// the deploy) and again after the deploy, which can change what is extensible.







async function loadExtensionsFile(inputs, env) {
    if (inputs.extensions === undefined)
        return undefined;
    const loaded = await (0,load_file/* loadConfigFile */.HT)({ input: src_inputs/* INPUT */.bO.extensions, path: inputs.extensions, workspace: inputs.workspace, env, schema: extensionsFileSchema });
    // ${VAR} values are not registered as secrets: the runner would then drop every output that
    // happens to contain one ("TEST", "false"). They are shown as written instead; values written
    // to encrypted fields are registered once planned.
    return { file: loaded.data, displayPath: loaded.displayPath, shownAs: loaded.shownAs, locate: loaded.locate, mode: inputs.extensionsUpdate };
}
async function readExtensionsPlan(client, environment, request) {
    return planOnCurrent(await readCurrentExtensions(client, environment), environment, request);
}
/** The live set and the plan made on it (a check compares the two). */
async function readExtensionsState(client, environment, request) {
    const current = await readCurrentExtensions(client, environment);
    return { current, plan: planOnCurrent(current, environment, request) };
}
/** The plan on a set already read; the values it would write to encrypted fields are masked. */
function planOnCurrent(current, environment, request) {
    let plan;
    try {
        plan = (0,plan_extensions/* planExtensions */.Gq)({ current, file: request.file, mode: request.mode, environmentName: environment.name, shownAs: request.shownAs });
    }
    catch (error) {
        if (!(error instanceof plan_extensions/* ExtensionsPlanError */.QQ))
            throw error;
        const located = error.paths.map((path) => request.locate(path));
        const problems = error.problems.map((problem, i) => {
            const at = located[i]?.line === undefined ? request.displayPath : `${request.displayPath}:${located[i]?.line}`;
            return `Input '${src_inputs/* INPUT */.bO.extensions}' (${at}): ${problem}`;
        });
        throw new plan_extensions/* ExtensionsPlanError */.QQ(problems, error.paths, located[0] ?? { file: request.displayPath });
    }
    plan.secrets.forEach(secrets/* maskSecret */.$);
    return plan;
}
/**
 * Boomi may answer 400 while nothing extensible is deployed in the environment (reported by
 * third parties, not documented): read that as an empty set, so the plan names what is missing.
 */
async function readCurrentExtensions(client, environment) {
    try {
        return await (0,extensions/* getExtensions */.v5)(client, environment.id);
    }
    catch (error) {
        if (error instanceof errors/* BoomiApiError */.rW && error.status === 400)
            return { id: environment.id, environmentId: environment.id };
        throw error;
    }
}


/***/ }),

/***/ 6397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jG: () => (/* binding */ GateFailed),
  iJ: () => (/* binding */ readRelease),
  xS: () => (/* binding */ readReleaseFacts)
});

// UNUSED EXPORTS: DowngradeRefused

// EXTERNAL MODULE: ./src/boomi/components.ts
var boomi_components = __webpack_require__(4960);
// EXTERNAL MODULE: ./src/boomi/deployments.ts
var deployments = __webpack_require__(4990);
// EXTERNAL MODULE: ./src/boomi/environments.ts
var boomi_environments = __webpack_require__(8258);
// EXTERNAL MODULE: ./src/boomi/packages.ts
var boomi_packages = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/plan/resolve.ts
var resolve = __webpack_require__(8315);
;// CONCATENATED MODULE: ./src/plan/components.ts


function parseComponentRef(text) {
    if ((0,resolve/* looksLikeId */.j$)(text))
        return { kind: 'id', text };
    const slash = text.lastIndexOf('/');
    if (slash <= 0 || slash === text.length - 1)
        return { kind: 'name', text, name: text };
    return { kind: 'name', text, name: text.slice(slash + 1).trim(), folder: text.slice(0, slash).trim() };
}
/** Every name the candidates query must ask for: a name containing `/` may be a name as a whole. */
function namesToQuery(refs) {
    return [...new Set(refs.flatMap((r) => (r.kind === 'name' ? [r.text, r.name] : [])))];
}
/** Resolves the name references among `refs` against the current components with those names. */
function resolveNames(refs, candidates) {
    const outcome = { resolved: new Map(), problems: [], unknown: [] };
    for (const ref of refs) {
        if (ref.kind !== 'name')
            continue;
        const whole = candidates.filter((c) => c.name === ref.text);
        const sameName = ref.folder !== undefined ? candidates.filter((c) => c.name === ref.name) : [];
        const inFolder = sameName.filter((c) => c.folderName === ref.folder);
        const matches = preferPackageable(whole.length > 0 ? whole : inFolder);
        if (matches.length === 1)
            outcome.resolved.set(ref.text, matches[0]);
        else if (matches.length > 1)
            outcome.problems.push(ambiguous(ref.text, matches));
        else if (sameName.length > 0)
            outcome.problems.push(notInFolder(ref, sameName));
        else
            outcome.unknown.push(ref.text);
    }
    return outcome;
}
/** The message for names that matched nothing, with the closest existing names. */
function describeUnknown(unknown, known) {
    const names = known.map((c) => c.name);
    return unknown.map((text) => {
        const ref = parseComponentRef(text);
        const wanted = ref.kind === 'name' ? ref.name : text;
        const near = (0,resolve/* closestNames */.g9)(wanted, names);
        const hint = near.length > 0 ? ` Closest names: ${near.map((n) => `'${n}'`).join(', ')}.` : '';
        return `no current (not deleted) component is named '${text}'.${hint}`;
    });
}
/** A name shared by a process and, say, a connection means the process: only it can be deployed. */
function preferPackageable(matches) {
    const packageable = matches.filter((c) => boomi_components/* PACKAGEABLE */.V5.includes(c.type));
    return packageable.length > 0 ? packageable : matches;
}
function ambiguous(text, matches) {
    return `'${text}' names ${matches.length} components: ${matches.map(candidate).join('; ')}. Write Folder/Name, or the ID.`;
}
function notInFolder(ref, sameName) {
    return `no component '${ref.name}' is in folder '${ref.folder}' (as Boomi reports the folder); '${ref.name}' is ${sameName.map(candidate).join('; ')}.`;
}
function candidate(c) {
    return `${c.type} in folder '${c.folderName ?? '?'}' (ID ${c.componentId})`;
}
/** Fails, naming every problem at once, when `problems` is not empty. */
function throwProblems(where, problems, location) {
    if (problems.length === 0)
        return;
    if (problems.length === 1)
        throw new resolve/* ResolveError */.JT(`${where}: ${problems[0]}`, location);
    throw new resolve/* ResolveError */.JT(`${where}: ${problems.length} components could not be resolved:\n${problems.map((p) => `- ${p}`).join('\n')}`, location);
}

// EXTERNAL MODULE: ./src/plan/release.ts
var release = __webpack_require__(9770);
;// CONCATENATED MODULE: ./src/plan/promotion.ts

function checkPromotionGate(items, activeInSource) {
    return items.flatMap((item) => {
        const pkg = (0,release/* existingPackage */.uu)(item.packageStep);
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
        `Promotion gate: ${failures.length} package(s) are not actively deployed in ${sourceName} (require-deployed-in).`,
        ...lines,
        `Promote the package-ids output of the job that deployed to ${sourceName}, or deploy these packages there first.`
    ].join('\n');
}

// EXTERNAL MODULE: ./src/plan/revisions.ts
var revisions = __webpack_require__(4201);
;// CONCATENATED MODULE: ./src/plan/rollback.ts
class RollbackRefused extends Error {
    name = 'RollbackRefused';
}
/**
 * Per component, the active deployment and the one before it with another package.
 * `history` holds the environment's deployments of the components, newest first.
 */
function chooseRollbacks(components, history, environmentName) {
    const problems = [];
    const choices = components.flatMap((component) => {
        const own = history.filter((d) => d.componentId === component.componentId);
        const at = own.findIndex((d) => d.active === true);
        const current = own[at];
        const previous = current ? own.slice(at + 1).find((d) => d.packageId !== current.packageId) : undefined;
        if (!current)
            problems.push(`'${component.name}' (${component.componentId}) is not deployed in ${environmentName}: there is nothing to roll back.`);
        else if (!previous) {
            problems.push(`'${component.name}' (${component.componentId}) has no earlier package in ${environmentName}'s deployment history than the active ${current.packageVersion ?? current.packageId}: there is nothing to roll back to.`);
        }
        return current && previous ? [{ component, current, previous }] : [];
    });
    if (problems.length > 0)
        throw new RollbackRefused(`Rollback refused:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    return choices;
}
/** Deploy steps for the chosen packages; `packages` are their current records (deleted or not). */
function rollbackItems(choices, packages, environmentName) {
    const problems = [];
    const items = choices.flatMap(({ component, current, previous }) => {
        const pkg = packages.find((p) => p.packageId === previous.packageId);
        if (!pkg || pkg.deleted === true) {
            problems.push(`'${component.name}': the package to roll back to, ${previous.packageVersion ?? '?'} (${previous.packageId}, deployed in ${environmentName} ${previous.deployedDate ?? ''}), is deleted. Restore it in Boomi, or deploy a package with package-ids.`);
            return [];
        }
        return [{ ...identity(component), packageStep: { action: 'given', package: pkg }, deployStep: { action: 'deploy', replaces: current } }];
    });
    if (problems.length > 0)
        throw new RollbackRefused(`Rollback refused:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    return items;
}
/** Per component, its active deployment to remove (none: nothing to do, a re-run is a no-op). */
function undeployItems(components, active) {
    return components.map((component) => {
        const deployment = active.find((d) => d.componentId === component.componentId);
        if (!deployment)
            return { ...identity(component), packageStep: { action: 'none' }, deployStep: { action: 'not-deployed' } };
        const pkg = { packageId: deployment.packageId, packageVersion: deployment.packageVersion ?? '', componentId: component.componentId };
        return { ...identity(component), packageStep: { action: 'active', package: pkg }, deployStep: { action: 'undeploy', deployment } };
    });
}
function identity(component) {
    return { componentId: component.componentId, componentName: component.name, componentType: component.type };
}

;// CONCATENATED MODULE: ./src/read/release.ts











class GateFailed extends Error {
    plan;
    name = 'GateFailed';
    /** The plan the gate stopped: the report shows it (nothing of it was carried out). */
    constructor(message, plan) {
        super(message);
        this.plan = plan;
    }
}
class DowngradeRefused extends Error {
    name = 'DowngradeRefused';
}
async function readRelease(client, inputs) {
    const reads = await readReleaseFacts(client, inputs);
    const { environment, source, activeInTarget, activeInSource } = reads;
    // A rollback is an intended downgrade: no downgrade guard. An undeploy deploys nothing.
    if (environment && inputs.command === 'rollback')
        return { environment, items: await readRollback(client, environment, reads.components) };
    if (environment && inputs.command === 'undeploy')
        return { environment, items: undeployItems(reads.components, activeInTarget ?? []) };
    const items = (0,release/* planRelease */.F3)({
        ...(reads.given ? { givenPackages: reads.given } : { components: reads.components }),
        ...(inputs.packageVersion ? { packageVersion: inputs.packageVersion } : {}),
        existingPackages: reads.existingPackages,
        ...(activeInTarget ? { activeInTarget } : {}),
        onlyChanged: inputs.onlyChanged
    });
    const plan = { items, ...(environment ? { environment } : {}) };
    if (source && activeInSource)
        gate(plan, items, activeInSource, source);
    if (environment && !inputs.allowDowngrade)
        refuseDowngrades(items, environment);
    return plan;
}
async function readReleaseFacts(client, inputs) {
    const wanted = [inputs.environment, inputs.requireDeployedIn].filter((name) => name !== undefined);
    const [environments, targets] = await Promise.all([
        wanted.length > 0 ? (0,boomi_environments/* findEnvironments */.Ok)(client, wanted) : Promise.resolve([]),
        readTargets(client, inputs)
    ]);
    // A name that matched nothing exactly is looked up again among all environments: ignoring case,
    // or to list the ones that exist.
    const known = wanted.every((w) => environments.some((e) => e.id === w || e.name === w)) ? environments : await (0,boomi_environments/* listEnvironments */.DO)(client);
    const environment = inputs.environment ? resolveEnvironment(known, inputs.environment, src_inputs/* INPUT */.bO.environment) : undefined;
    const source = inputs.requireDeployedIn ? resolveEnvironment(known, inputs.requireDeployedIn, src_inputs/* INPUT */.bO.requireDeployedIn) : undefined;
    const componentIds = targets.components.map((c) => c.componentId);
    const [existingPackages, activeInTarget, activeInSource] = await Promise.all([
        inputs.packageVersion ? (0,boomi_packages/* findPackagesByVersion */._B)(client, componentIds, inputs.packageVersion) : Promise.resolve([]),
        environment && componentIds.length > 0 ? (0,deployments/* findActiveDeployments */.a)(client, environment.id, componentIds) : Promise.resolve(environment ? [] : undefined),
        source ? (0,deployments/* findActiveDeployments */.a)(client, source.id, componentIds) : Promise.resolve(undefined)
    ]);
    return {
        ...targets,
        existingPackages,
        ...(environment ? { environment } : {}),
        ...(source ? { source } : {}),
        ...(activeInTarget ? { activeInTarget } : {}),
        ...(activeInSource ? { activeInSource } : {})
    };
}
function refuseDowngrades(items, environment) {
    const downgrades = (0,revisions/* findDowngrades */.Mi)(items);
    if (downgrades.length > 0)
        throw new DowngradeRefused((0,revisions/* describeDowngrades */.o3)(downgrades, environment.name));
}
/** The deployment history of the components, the package before the current one, and that package's record. */
async function readRollback(client, environment, components) {
    const history = await (0,deployments/* findDeploymentHistory */.JP)(client, environment.id, components.map((c) => c.componentId));
    const choices = chooseRollbacks(components, history, environment.name);
    const packages = await (0,boomi_packages/* getPackages */.G9)(client, choices.map((c) => c.previous.packageId));
    return rollbackItems(choices, packages.flatMap((p) => (p.found ? [p.value] : [])), environment.name);
}
function gate(plan, items, activeInSource, source) {
    const failures = checkPromotionGate(items, activeInSource);
    plan.gate = { environment: source.name, passed: failures.length === 0 };
    if (failures.length > 0)
        throw new GateFailed(describeGateFailures(failures, source.name), plan);
}
function resolveEnvironment(environments, wanted, input) {
    return (0,resolve/* resolveByNameOrId */.rB)(environments, (e) => e, wanted, 'environment', `Input '${input}'`);
}
async function readTargets(client, inputs) {
    if (inputs.packageIds.length === 0 && inputs.componentIds.length === 0 && inputs.components.length === 0)
        return { components: [] };
    if (inputs.packageIds.length === 0) {
        const byName = inputs.components.length > 0;
        const where = byName ? (inputs.componentsSource ?? `Input '${src_inputs/* INPUT */.bO.components}'`) : `Input '${src_inputs/* INPUT */.bO.componentIds}'`;
        const location = byName ? inputs.componentsLocation : undefined;
        const components = byName
            ? await resolveComponents(client, inputs.components, where, location)
            : found(await (0,boomi_components/* getComponents */.Py)(client, inputs.componentIds), src_inputs/* INPUT */.bO.componentIds, 'component');
        // A component deleted in Boomi may still be deployed: undeploy is how it is retired.
        if (inputs.command !== 'undeploy')
            checkPackageable(components, where, location);
        return { components };
    }
    const packages = found(await (0,boomi_packages/* getPackages */.G9)(client, inputs.packageIds), src_inputs/* INPUT */.bO.packageIds, 'packaged component');
    const deleted = packages.find((p) => p.deleted === true);
    if (deleted)
        throw new resolve/* ResolveError */.JT(`Input '${src_inputs/* INPUT */.bO.packageIds}': package ${deleted.packageId} (${deleted.packageVersion}) is deleted. Restore it in Boomi or deploy another package.`);
    checkOnePerComponent(packages);
    const components = found(await (0,boomi_components/* getComponents */.Py)(client, packages.map((p) => p.componentId)), src_inputs/* INPUT */.bO.packageIds, 'component');
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
/**
 * Names, `Folder/Name` and IDs → current components, in the order given: one query for every
 * name, one bulk GET for the IDs; all problems are reported at once, before any change.
 */
async function resolveComponents(client, texts, where, location) {
    const refs = texts.map(parseComponentRef);
    const ids = refs.flatMap((r) => (r.kind === 'id' ? [r.text] : []));
    const [byId, candidates] = await Promise.all([ids.length > 0 ? (0,boomi_components/* getComponents */.Py)(client, ids) : Promise.resolve([]), (0,boomi_components/* findCurrentByNames */.q5)(client, namesToQuery(refs))]);
    const names = resolveNames(refs, candidates);
    const problems = [...byId.flatMap((item) => (item.found ? [] : [`Boomi has no component with ID ${item.id} (${item.message}).`])), ...names.problems];
    if (names.unknown.length > 0)
        problems.push(...describeUnknown(names.unknown, await (0,boomi_components/* listPackageable */.lH)(client)));
    throwProblems(where, problems, location);
    const found = new Map(byId.flatMap((item) => (item.found ? [[item.id, item.value]] : [])));
    const components = refs.map((r) => (r.kind === 'id' ? found.get(r.text) : names.resolved.get(r.text)));
    const seen = new Map();
    components.forEach((c, i) => {
        const other = seen.get(c.componentId);
        if (other !== undefined)
            throw new resolve/* ResolveError */.JT(`${where}: '${other}' and '${texts[i]}' are the same component (${c.componentId}). List it once.`, location);
        seen.set(c.componentId, texts[i]);
    });
    return components;
}
function checkPackageable(components, where, location) {
    // A deleted component is said to be deleted: its type is not the problem.
    const deleted = components.filter((c) => c.deleted === true);
    if (deleted.length > 0) {
        const list = deleted.map((c) => `'${c.name}' (${c.componentId})`).join(', ');
        const them = deleted.length === 1 ? 'it' : 'them';
        throw new resolve/* ResolveError */.JT(`${where}: ${list} ${deleted.length === 1 ? 'is' : 'are'} deleted in Boomi (the latest revision is a deletion), so there is nothing to package. Restore ${them} in Boomi (Revision History), or remove ${them} from the release.`, location);
    }
    const bad = components.filter((c) => !boomi_components/* PACKAGEABLE */.V5.includes(c.type));
    if (bad.length === 0)
        return;
    const list = bad.map((c) => `'${c.name}' (${c.componentId}, ${c.type})`).join(', ');
    throw new resolve/* ResolveError */.JT(`${where}: cannot package ${list}. Boomi packages ${boomi_components/* PACKAGEABLE */.V5.join(', ')} components; connections, operations and other dependents are packaged with the process that uses them.`, location);
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


/***/ }),

/***/ 1259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mc: () => (/* binding */ attachedRuntimes),
  Tu: () => (/* binding */ loadSchedulesFile),
  bU: () => (/* binding */ readLiveSchedules),
  n2: () => (/* binding */ resolveSchedules)
});

// EXTERNAL MODULE: ./src/boomi/components.ts
var components = __webpack_require__(4960);
// EXTERNAL MODULE: ./src/boomi/deployments.ts
var deployments = __webpack_require__(4990);
// EXTERNAL MODULE: ./src/boomi/schedules.ts
var boomi_schedules = __webpack_require__(3140);
// EXTERNAL MODULE: ./src/boomi/environments.ts
var environments = __webpack_require__(8258);
// EXTERNAL MODULE: ./src/boomi/query.ts
var query = __webpack_require__(5386);
// EXTERNAL MODULE: ./src/config/load-file.ts
var load_file = __webpack_require__(855);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/plan/schedule-fields.ts
var schedule_fields = __webpack_require__(7170);
// EXTERNAL MODULE: ./src/plan/schedule-words.ts
var schedule_words = __webpack_require__(402);
// EXTERNAL MODULE: ./src/plan/resolve.ts
var resolve = __webpack_require__(8315);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/plan/cron.ts
var cron = __webpack_require__(6807);
;// CONCATENATED MODULE: ./src/plan/schedules-file.ts
// The user's schedules file (YAML or JSON): process → schedules, retry count, on/off, runtimes.
// Every cron expression and Boomi field is checked while the file is parsed, so a mistake
// points at its line (the loader adds file:line) and fails the run before any change.



/** Identifies the committed JSON Schema; the loader does not need it, editors and validators do. */
const SCHEDULES_SCHEMA_ID = 'urn:boomi-deploy:schema:schedules-file:v1';
const PROCESS_KEYS = ['schedules', 'maxRetry', 'enabled', 'runtimes'];
function addCronIssue(error, ctx) {
    if (!(error instanceof schedule_fields/* CronError */.Rk))
        throw error;
    ctx.addIssue({ code: 'custom', message: error.message });
}
const cronEntrySchema = schemas/* strictObject */.rej({
    cron: schemas/* string */.YjP({ error: 'cron must be a string such as "30 2 * * 1-5" (quote it in YAML)' })
        .describe('Standard 5-field cron: minute hour day-of-month month day-of-week, e.g. "30 2 * * 1-5" (02:30 Monday-Friday). Days of week in cron numbering (0 or 7 = Sunday), names JAN-DEC and SUN-SAT allowed; converted to Boomi fields. No seconds, L, W, # or ?.')
        .superRefine((expression, ctx) => {
        try {
            (0,cron/* cronToBoomi */.u)(expression);
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
const boomiFieldsEntrySchema = schedule_fields/* boomiScheduleInputSchema */.B$
    .superRefine((schedule, ctx) => {
    try {
        (0,schedule_fields/* validateBoomiSchedule */.Qi)(schedule);
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
        (0,schedule_fields/* validateBoomiSchedule */.Qi)(input);
    }
    catch (error) {
        if (error instanceof schedule_fields/* CronError */.Rk)
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
        if (error instanceof schedule_fields/* CronError */.Rk)
            throw new schedule_fields/* CronError */.Rk(`Schedules for process '${process}': ${error.message}`);
        throw error;
    }
}
function toBoomiSchedule(entry) {
    return 'cron' in entry ? (0,cron/* cronToBoomi */.u)(entry.cron) : (0,schedule_fields/* validateBoomiSchedule */.Qi)(entry);
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
    const loaded = await (0,load_file/* loadConfigFile */.HT)({ input: src_inputs/* INPUT */.bO.schedules, path: inputs.schedules, workspace: inputs.workspace, env, schema: schedulesFileSchema });
    // ${VAR} values are shown as written, not registered as secrets (see loadExtensionsFile).
    return { entries: normaliseSchedulesFile(loaded.data), displayPath: loaded.displayPath, shownAs: loaded.shownAs, locate: loaded.locate };
}
/** A schedule in words, or as written when it used ${VAR}: a variable's value is never shown. */
function shownSchedule(request, process, index, schedule) {
    const path = [process, 'schedules', index];
    const cron = request.shownAs([...path, 'cron']);
    if (cron !== undefined)
        return `cron ${cron}`;
    const fields = schedule_fields/* FIELD_NAMES */.Yr.map((name) => [name, request.shownAs([...path, name])]);
    if (fields.every(([, text]) => text === undefined))
        return (0,schedule_words/* describeSchedule */.B)(schedule);
    return fields.map(([name, text]) => `${name} ${text ?? schedule[name]}`).join(', ');
}
async function resolveSchedules(client, environment, request, 
/** What this run deploys; undefined for a check, which reports a process not deployed as drift. */
release, 
/** The environment's runtimes when the caller has read them already. */
known) {
    const where = `Input '${src_inputs/* INPUT */.bO.schedules}' (${request.displayPath})`;
    const [processes, runtimes] = await Promise.all([resolveProcesses(client, request, where), known ?? attachedRuntimes(client, environment)]);
    if (release)
        await checkDeployed(client, environment, processes, release, request, where);
    return request.entries.flatMap((entry) => {
        const process = processes.get(entry.process);
        const runtimesAt = request.locate([entry.process, 'runtimes']);
        return pickRuntimes(runtimes, entry.runtimes, environment, `${where}, process '${entry.process}'`, runtimesAt).map((runtime) => ({
            processId: process.componentId,
            processName: process.name,
            atomId: runtime.id,
            runtimeName: runtime.name,
            schedules: entry.schedules,
            shown: entry.schedules.map((schedule, i) => shownSchedule(request, entry.process, i, schedule)),
            location: request.locate([entry.process]),
            ...(entry.maxRetry !== undefined ? { maxRetry: entry.maxRetry } : {}),
            ...(entry.enabled !== undefined ? { enabled: entry.enabled } : {})
        }));
    });
}
/** Process name or ID → its current metadata; names with one query, IDs with one bulk GET. */
async function resolveProcesses(client, request, where) {
    const keys = request.entries.map((e) => e.process);
    const ids = keys.filter(resolve/* looksLikeId */.j$);
    const names = keys.filter((k) => !(0,resolve/* looksLikeId */.j$)(k));
    const [byId, byName] = await Promise.all([
        ids.length ? (0,components/* getComponents */.Py)(client, ids) : Promise.resolve([]),
        names.length
            ? client.query('ComponentMetadata', (0,query/* and */.Uo)((0,query.eq)('type', 'process'), (0,query.eq)('currentVersion', true), (0,query.eq)('deleted', false), (0,query/* anyOf */.EB)('name', names)), components/* componentMetadataSchema */.I4)
            : Promise.resolve([])
    ]);
    const resolved = new Map();
    for (const item of byId) {
        const location = request.locate([item.id]);
        if (!item.found || item.value.type !== 'process') {
            throw new resolve/* ResolveError */.JT(`${where}: '${item.id}' is not a process component in this account.`, location);
        }
        if (item.value.deleted === true) {
            throw new resolve/* ResolveError */.JT(`${where}: process '${item.value.name}' (${item.id}) is deleted in Boomi. Restore it, or remove it from the schedules file.`, location);
        }
        resolved.set(item.id, item.value);
    }
    for (const name of names) {
        const location = request.locate([name]);
        const matches = byName.filter((c) => c.name === name);
        if (matches.length === 0) {
            throw new resolve/* ResolveError */.JT(`${where}: no current process named '${name}'. ${await closestProcesses(client, name)}Check the name in Boomi's Build tab, or use the process ID.`, location);
        }
        if (matches.length > 1) {
            throw new resolve/* ResolveError */.JT(`${where}: ${matches.length} processes are named '${name}' (${matches.map((m) => m.componentId).join(', ')}). Use the ID instead.`, location);
        }
        resolved.set(name, matches[0]);
    }
    return resolved;
}
/** Only on the way to an error: every current process name, to suggest the closest. */
async function closestProcesses(client, name) {
    const all = await client.query('ComponentMetadata', (0,query/* and */.Uo)((0,query.eq)('type', 'process'), (0,query.eq)('currentVersion', true), (0,query.eq)('deleted', false)), components/* componentMetadataSchema */.I4);
    const closest = (0,resolve/* closestNames */.g9)(name, all.map((c) => c.name));
    return closest.length > 0 ? `Closest process names: ${closest.map((n) => `'${n}'`).join(', ')}. ` : '';
}
/** The runtimes attached to an environment; their names only when asked (one more query). */
async function attachedRuntimes(client, environment, withNames = true) {
    const attachments = await (0,environments/* listAttachments */.rD)(client, environment.id);
    const atoms = withNames ? await (0,environments/* findAtoms */.yA)(client, attachments.map((a) => a.atomId)) : [];
    return attachments.map((a) => ({ id: a.atomId, name: atoms.find((atom) => atom.id === a.atomId)?.name ?? a.atomId }));
}
function pickRuntimes(attached, wanted, environment, where, location) {
    if (attached.length === 0) {
        throw new resolve/* ResolveError */.JT(`${where}: no runtime is attached to environment ${environment.name}, so there is nothing to schedule on.`, location);
    }
    if (wanted === undefined)
        return attached;
    return wanted.map((name) => (0,resolve/* resolveByNameOrId */.rB)(attached, (r) => r, name, 'runtime', where, `Runtimes attached to ${environment.name}`, location));
}
/** A process has schedule objects only where it is deployed: fail early, naming it. */
async function checkDeployed(client, environment, resolved, release, request, where) {
    const processes = [...resolved.values()];
    const deployedByRun = new Set(release.filter((i) => i.deployStep.action !== 'none').map((i) => i.componentId));
    const others = processes.filter((p) => !deployedByRun.has(p.componentId));
    if (others.length === 0)
        return;
    const active = await (0,deployments/* findActiveDeployments */.a)(client, environment.id, others.map((p) => p.componentId));
    const missing = others.filter((p) => !active.some((d) => d.componentId === p.componentId));
    if (missing.length > 0) {
        const list = missing.map((p) => `'${p.name}'`).join(', ');
        const key = [...resolved.entries()].find(([, p]) => p.componentId === missing[0].componentId)?.[0];
        throw new resolve/* ResolveError */.JT(`${where}: ${list} ${missing.length === 1 ? 'is' : 'are'} not deployed in ${environment.name} and not deployed by this run, so Boomi has no schedule for ${missing.length === 1 ? 'it' : 'them'}. Add the process to component-ids, or deploy it first.`, key === undefined ? { file: request.displayPath } : request.locate([key]));
    }
}
/** One query for every pair's schedules (and one for statuses, when the file sets `enabled`). */
async function readLiveSchedules(client, targets) {
    const atomIds = [...new Set(targets.map((t) => t.atomId))];
    const processIds = [...new Set(targets.map((t) => t.processId))];
    if (atomIds.length === 0)
        return () => ({});
    const wantsStatus = targets.some((t) => t.enabled !== undefined);
    const [schedules, statuses] = await Promise.all([
        (0,boomi_schedules/* findSchedules */.iU)(client, atomIds, processIds),
        wantsStatus ? (0,boomi_schedules/* findScheduleStatuses */.lU)(client, atomIds, processIds) : Promise.resolve([])
    ]);
    const match = (items, t) => items.find((s) => s.atomId === t.atomId && s.processId === t.processId);
    return (t) => ({ schedules: match(schedules, t), status: match(statuses, t) });
}


/***/ })

};
