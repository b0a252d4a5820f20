export const id = 744;
export const ids = [744];
export const modules = {

/***/ 9744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClient: () => (/* binding */ createClient),
  loadFiles: () => (/* binding */ loadFiles),
  readAndPlan: () => (/* binding */ readAndPlan),
  withReleaseManifest: () => (/* reexport */ withReleaseManifest),
  write: () => (/* binding */ write)
});

// EXTERNAL MODULE: ./src/boomi/extensions.ts
var extensions = __webpack_require__(3970);
// EXTERNAL MODULE: ./src/plan/extensions/index.ts + 10 modules
var plan_extensions = __webpack_require__(4362);
// EXTERNAL MODULE: ./src/read/extensions.ts + 1 modules
var read_extensions = __webpack_require__(8881);
;// CONCATENATED MODULE: ./src/apply/extensions.ts



class ExtensionsNotApplied extends Error {
    name = 'ExtensionsNotApplied';
}
async function applyExtensions(client, environment, request, log) {
    const plan = await (0,read_extensions/* readExtensionsPlan */.uC)(client, environment, request);
    if (plan.request === null) {
        log(`Extensions in ${environment.name} already hold every value in ${request.displayPath}: nothing written.`);
        return { written: false, changes: plan.changes };
    }
    await (0,extensions/* updateExtensions */.Q)(client, plan.request);
    const mismatches = (0,plan_extensions/* verifyExtensions */.uz)(await (0,extensions/* getExtensions */.v5)(client, environment.id), plan);
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
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/boomi/errors.ts
var errors = __webpack_require__(5375);
// EXTERNAL MODULE: ./src/boomi/query.ts
var query = __webpack_require__(5386);
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

// EXTERNAL MODULE: ./src/boomi/zod-helpers.ts
var zod_helpers = __webpack_require__(959);
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
    response: (0,zod_helpers/* list */.p_)(schemas/* looseObject */._H3({
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
        const page = (0,query/* queryPageSchema */.Nl)(item);
        let current = await this.send('POST', `${object}/query`, { json: (0,query/* queryBody */.Dg)(expression) }, page, true);
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
        const pages = await Promise.all((0,query/* chunk */.iv)(values, VALUES_PER_QUERY).map((part) => this.query(object, filter(part), item)));
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
                if (!(error instanceof errors/* BoomiApiError */.rW) || error.kind === 'auth' || error.kind === 'forbidden')
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
    /**
     * DELETE one object; resolves on a 2xx status. The body is never read as JSON: Boomi answers
     * deletes with text such as `{true}`. Retried like a read: deleting twice removes the same
     * object, and a repeat that finds it gone fails with Boomi's 4xx, which the caller checks
     * against a fresh read (see apply/undeploy).
     */
    async delete(path, options = {}) {
        const context = { change: true, ...(options.mayStart ? { mayStart: options.mayStart } : {}) };
        await this.request('DELETE', path, { context }, true);
    }
    backoff(attempt) {
        const ceiling = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
        return ceiling / 2 + Math.random() * (ceiling / 2);
    }
    async send(method, path, options, schema, retry) {
        const text = await this.request(method, path, options, retry);
        let json;
        try {
            json = text ? JSON.parse(text) : undefined;
        }
        catch (error) {
            throw new errors/* BoomiApiError */.rW('schema', method, path, 200, `not JSON: ${text.slice(0, 120)}`, { cause: error });
        }
        return parseAnswer(schema, json, method, path);
    }
    /** Sends one request (with retries when `retry`) and answers the body text of a 2xx answer. */
    async request(method, path, options, retry) {
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
        try {
            const response = await this.http(path, request);
            return await response.text();
        }
        catch (error) {
            if (error instanceof ChangeNotStarted)
                throw error;
            throw await toBoomiError(error, method, path);
        }
    }
}
function parseAnswer(schema, value, method, path) {
    const parsed = schema.safeParse(value);
    if (parsed.success)
        return parsed.data;
    const object = path.split('/')[0] ?? path;
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? issue.path.join('.') : '(root)';
    throw new errors/* BoomiApiError */.rW('schema', method, path, 200, `${object} field '${field}': ${issue?.message ?? 'invalid'}`);
}
async function toBoomiError(error, method, path) {
    if (error instanceof HTTPError/* HTTPError */.H) {
        const body = await error.response.text().catch(() => '');
        const status = error.response.status;
        return new errors/* BoomiApiError */.rW((0,errors/* kindForStatus */.Av)(status), method, path, status, (0,errors/* extractBoomiMessage */.nQ)(body), { cause: error });
    }
    if (error instanceof TimeoutError/* TimeoutError */.M)
        return new errors/* BoomiApiError */.rW('timeout', method, path, undefined, '', { cause: error });
    const message = error instanceof Error ? describeNetworkError(error) : String(error);
    return new errors/* BoomiApiError */.rW('network', method, path, undefined, message, { cause: error });
}
function describeNetworkError(error) {
    const cause = error.cause;
    return cause?.code ?? cause?.message ?? error.message;
}

// EXTERNAL MODULE: ./src/boomi/deployments.ts
var deployments = __webpack_require__(4990);
// EXTERNAL MODULE: ./src/boomi/packages.ts
var boomi_packages = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/plan/release.ts
var release = __webpack_require__(9770);
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
    const step = item.packageStep;
    // 'unchanged' (only-changed) has no package; 'create' makes one.
    const pkg = step.action === 'create' ? await makePackage(item, report, context, mayStart) : (0,release/* existingPackage */.uu)(step);
    if (!pkg || item.deployStep.action !== 'deploy' || context.environmentId === undefined)
        return;
    // Only processes can be listeners; other types get no listener status.
    const listenerStatus = item.componentType === 'process' ? context.listenerStatus : undefined;
    const deployment = await deploy(pkg, context.environmentId, listenerStatus, context, mayStart);
    report.deploymentId = deployment.deploymentId;
    report.deployment = 'deployed';
    if (deployment.listenerStatus)
        report.listenerStatus = deployment.listenerStatus;
    if (deployment.message) {
        // Boomi deploys but says the account went over its connection licences.
        report.warning = [report.warning, deployment.message].filter(Boolean).join(' ');
        context.warn(`${item.componentName}: ${deployment.message}`);
    }
    context.log(`Deployed ${item.componentName} ${pkg.packageVersion} (deployment ${deployment.deploymentId})`);
}
async function makePackage(item, report, context, mayStart) {
    const version = item.packageStep.action === 'create' ? item.packageStep.packageVersion : undefined;
    const { client, notes } = context;
    const recover = version
        ? // A concurrent run, or our own lost answer, may have made this version: reuse it.
            async () => (await (0,boomi_packages/* findPackagesByVersion */._B)(client, [item.componentId], version))[0]
        : async () => newestWithNotes(await (0,boomi_packages/* findPackagesCreatedSince */.PL)(client, item.componentId, context.startedAt), notes);
    const pkg = await (0,boomi_packages/* createPackage */.N7)(client, { componentId: item.componentId, ...(version ? { packageVersion: version } : {}), notes }, { recover, mayStart });
    report.packageId = pkg.packageId;
    report.packageVersion = pkg.packageVersion;
    report.packageRevision = pkg.componentVersion ?? null;
    report.package = pkg.notes === notes || version === undefined ? 'created' : 'reused';
    context.log(`Packaged ${item.componentName} as ${pkg.packageVersion} (${pkg.packageId})`);
    return pkg;
}
function deploy(pkg, environmentId, listenerStatus, context, mayStart) {
    const { client, notes } = context;
    // If the deployment reached Boomi before its answer was lost, the package is active now.
    const recover = async () => (await (0,deployments/* findActiveDeployments */.a)(client, environmentId, [pkg.componentId])).find((d) => d.packageId === pkg.packageId);
    return (0,deployments/* createDeployment */.Yy)(client, { environmentId, packageId: pkg.packageId, notes, ...(listenerStatus ? { listenerStatus } : {}) }, { recover, mayStart });
}
function newestWithNotes(packages, notes) {
    return packages
        .filter((p) => p.notes === notes)
        .sort((a, b) => (b.createdDate ?? '').localeCompare(a.createdDate ?? ''))[0];
}

// EXTERNAL MODULE: ./src/boomi/schedules.ts
var schedules = __webpack_require__(3140);
// EXTERNAL MODULE: ./src/plan/schedule-fields.ts
var schedule_fields = __webpack_require__(7170);
// EXTERNAL MODULE: ./src/plan/schedule-words.ts
var schedule_words = __webpack_require__(402);
// EXTERNAL MODULE: ./src/read/schedules.ts + 2 modules
var read_schedules = __webpack_require__(9072);
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
    const current = await (0,read_schedules/* readLiveSchedules */.bU)(client, targets);
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
    const schedules = sameObjects(current.schedules, wanted) ? undefined : wanted;
    outcome.action = !schedules && !status ? 'unchanged' : write ? 'not started' : 'will update';
    return { outcome, ...(schedules ? { schedules } : {}), ...(status ? { status } : {}) };
}
/** Schedule lists in bulk, statuses one by one (Boomi has no bulk for them); each pair's outcome. */
async function carryOut(client, decisions) {
    const withSchedules = decisions.filter((d) => d.schedules);
    try {
        const answers = await (0,schedules/* updateSchedules */.Wx)(client, withSchedules.map((d) => d.schedules));
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
            await (0,schedules/* updateScheduleStatus */.pd)(client, d.status);
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
function sameObjects(current, wanted) {
    return ((0,schedule_fields/* sameSchedules */.Nt)(current.Schedule, wanted.Schedule) &&
        (current.Retry?.maxRetry ?? undefined) === (wanted.Retry?.maxRetry ?? undefined));
}
function describeTarget(target) {
    return {
        process: target.processName,
        runtime: target.runtimeName,
        schedules: target.schedules.map(schedule_words/* describeSchedule */.B),
        ...(target.maxRetry !== undefined ? { maxRetry: target.maxRetry } : {}),
        ...(target.enabled !== undefined ? { enabled: target.enabled } : {}),
        action: 'not started'
    };
}
function explain(error) {
    if (error instanceof errors/* BoomiApiError */.rW)
        return explainRefusal(error.status, error.boomiMessage);
    return error instanceof Error ? error.message : String(error);
}
function explainRefusal(status, message) {
    if (status === 400) {
        return `Boomi refused the schedule (HTTP 400: ${message}). Listener processes cannot be scheduled; remove it from the schedules file.`;
    }
    return status === undefined ? message : `HTTP ${status}: ${message}`;
}

;// CONCATENATED MODULE: ./src/apply/undeploy.ts
// Carries out an undeploy plan: one DELETE per active deployment, components concurrently.
// After the first failure no new DELETE starts. A DELETE whose answer was lost, or that a
// concurrent run beat, is checked against a fresh read: a deployment that is no longer active
// counts as undeployed ("already gone"), so a re-run finishes the job instead of failing.


class UndeployFailed extends Error {
    name = 'UndeployFailed';
}
async function applyUndeploy(client, items, reports, log) {
    let stopped = false;
    const mayStart = () => !stopped;
    const outcomes = await Promise.allSettled(items.map(async (item, index) => {
        const report = reports[index];
        if (item.deployStep.action !== 'undeploy')
            return;
        try {
            await undeployOne(client, item.deployStep.deployment, mayStart);
            report.deployment = 'undeployed';
            log(`Undeployed ${item.componentName} ${item.deployStep.deployment.packageVersion ?? ''} (deployment ${item.deployStep.deployment.deploymentId})`);
        }
        catch (error) {
            if (error instanceof ChangeNotStarted)
                return;
            stopped = true;
            report.deployment = 'failed';
            report.error = error instanceof Error ? error.message : String(error);
            throw error;
        }
    }));
    const failures = outcomes.filter((o) => o.status === 'rejected');
    if (failures.length > 0) {
        const first = reports.find((r) => r.error);
        throw new UndeployFailed(`${failures.length} component(s) failed; first: ${first?.name}: ${first?.error}`);
    }
}
async function undeployOne(client, deployment, mayStart) {
    try {
        await (0,deployments/* deleteDeployment */.rd)(client, deployment.deploymentId, mayStart);
    }
    catch (error) {
        if (error instanceof ChangeNotStarted)
            throw error;
        const active = await (0,deployments/* findActiveDeployments */.a)(client, deployment.environmentId, [deployment.componentId]);
        if (active.some((d) => d.deploymentId === deployment.deploymentId))
            throw error;
    }
}

// EXTERNAL MODULE: ./src/read/release.ts + 3 modules
var read_release = __webpack_require__(6397);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/load-file.ts
var load_file = __webpack_require__(855);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
;// CONCATENATED MODULE: ./src/plan/release-manifest.ts
// The release manifest (`release` input): one reviewed file that says what is released where —
// the components, the package version, and per environment its extensions and schedules files and
// how listeners start. The committed JSON Schema (schemas/release.schema.json) is generated from
// this one, so editors show the same rules and help texts.

const RELEASE_SCHEMA_ID = 'urn:boomi-deploy:schema:release-manifest:v1';
const environmentBlockSchema = schemas/* strictObject */.rej({
    extensions: schemas/* string */.YjP().min(1).optional().describe('Extensions file for this environment (path relative to the workspace), as the extensions input.'),
    schedules: schemas/* string */.YjP().min(1).optional().describe('Schedules file for this environment (path relative to the workspace), as the schedules input.'),
    listenerStatus: schemas/* enum */.k5n(['running', 'paused'])
        .optional()
        .describe('How new deployments of listener processes start in this environment, as the listener-status input.')
})
    .meta({ id: 'ReleaseEnvironment', description: 'What this environment gets besides the packages. Every key is optional.' });
const releaseManifestSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional().describe('Optional link to this JSON Schema, for editors.'),
    packageVersion: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* number */.aig()])
        .transform(String)
        .optional()
        .describe('Version label for new packages, e.g. "1.4.${GITHUB_RUN_NUMBER}" (${VAR} reads the step environment), as the package-version input.'),
    components: schemas/* array */.YOg(schemas/* string */.YjP().trim().min(1))
        .min(1)
        .optional()
        .describe('Components to release: names, Folder/Name (folder as Boomi shows it) or component IDs, as the components input.'),
    environments: schemas/* record */.g1P(schemas/* string */.YjP().min(1), environmentBlockSchema.nullable())
        .optional()
        .describe('Keyed by Boomi environment name or ID, written as the environment input names it. The environment input picks the block.')
})
    .meta({
    $id: RELEASE_SCHEMA_ID,
    title: 'boomi-deploy release manifest',
    description: 'What is released everywhere: components, package version and, per environment, extension and schedule files and the listener status. Inputs given explicitly win over the manifest.'
});
/** JSON Schema of the file for editors; committed as schemas/release.schema.json. */
function releaseJsonSchema() {
    // draft-7: the dialect editors' YAML/JSON language servers support best. "input": what users write.
    const { $schema, $id, title, description, ...rest } = z.toJSONSchema(releaseManifestSchema, { target: 'draft-7', io: 'input' });
    return { $schema, $id, title, description, ...rest };
}
/** The environment block the `environment` input names: exact key first, then ignoring case. */
function pickEnvironment(manifest, environment) {
    const entries = Object.entries(manifest.environments ?? {});
    const found = entries.find(([key]) => key === environment) ?? entries.find(([key]) => key.toLowerCase() === environment.toLowerCase());
    return found ? { key: found[0], block: found[1] ?? {} } : undefined;
}
/**
 * The inputs with the manifest filled in where no input was given explicitly (`componentsAt`:
 * file:line of the manifest's components, for messages). With package-ids
 * (promotion) the packages are given, so only the environment's settings apply.
 */
function mergeManifest(inputs, manifest, block, componentsAt) {
    const listed = inputs.components.length + inputs.componentIds.length + inputs.packageIds.length > 0;
    // A check compares the environment with the same version and files a deploy would write.
    const deploys = inputs.command === 'deploy' || inputs.command === 'check';
    return {
        ...inputs,
        ...(listed ? {} : { components: manifest.components ?? [], componentsSource: `Input 'release' (${componentsAt}, components)` }),
        ...(deploys && inputs.packageIds.length === 0 && inputs.packageVersion === undefined && manifest.packageVersion !== undefined
            ? { packageVersion: manifest.packageVersion }
            : {}),
        ...(deploys && inputs.extensions === undefined && block?.extensions ? { extensions: block.extensions } : {}),
        ...(deploys && inputs.schedules === undefined && block?.schedules ? { schedules: block.schedules } : {}),
        ...(inputs.command !== 'undeploy' && inputs.listenerStatus === undefined && block?.listenerStatus ? { listenerStatus: block.listenerStatus } : {})
    };
}

;// CONCATENATED MODULE: ./src/read/release-manifest.ts
// Loads the release manifest and fills the inputs it supplies. Before any request: a bad file, a
// missing environment block or a file it names that does not exist stops the run, naming the
// manifest and the line.





async function withReleaseManifest(inputs, env) {
    if (inputs.release === undefined)
        return inputs;
    // Values from ${VAR} here are versions and paths, not secrets: they are not masked (masking a
    // run number would blank it in every log line).
    const loaded = await (0,load_file/* loadConfigFile */.H)({ input: src_inputs/* INPUT */.bO.release, path: inputs.release, workspace: inputs.workspace, env, schema: releaseManifestSchema });
    const manifest = loaded.data;
    const picked = inputs.environment !== undefined && manifest.environments ? pickEnvironment(manifest, inputs.environment) : undefined;
    if (inputs.environment !== undefined && manifest.environments && !picked) {
        const keys = Object.keys(manifest.environments).map((k) => `'${k}'`).join(', ') || '(none)';
        throw new load_file/* ConfigFileError */.x(`Input '${src_inputs/* INPUT */.bO.release}': ${loaded.at(['environments'])} has no block for environment '${inputs.environment}' (blocks: ${keys}). Add one (it may be empty: ${inputs.environment}: {}), or name the environment as the manifest's key does.`);
    }
    for (const file of ['extensions', 'schedules']) {
        const path = picked?.block[file];
        if (path !== undefined && !(0,external_node_fs_.existsSync)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(inputs.workspace, path))) {
            throw new load_file/* ConfigFileError */.x(`Input '${src_inputs/* INPUT */.bO.release}': ${loaded.at(['environments', picked.key, file])}: file '${path}' does not exist (paths are relative to the workspace, ${inputs.workspace}).`);
        }
    }
    const merged = mergeManifest(inputs, manifest, picked?.block, loaded.at(['components']));
    if (merged.components.length + merged.componentIds.length + merged.packageIds.length === 0) {
        throw new src_inputs/* InputError */.dz(src_inputs/* INPUT */.bO.components, `is empty, and the release manifest ${loaded.displayPath} lists no components`, 'Add components to the manifest, or set components, component-ids or package-ids.');
    }
    return merged;
}

// EXTERNAL MODULE: ./src/report.ts
var src_report = __webpack_require__(665);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
;// CONCATENATED MODULE: ./src/pipeline.ts
// The release pipeline behind `run`: load the files, read and plan everything, then write —
// package and deploy, extensions, schedules. Loaded by main once the inputs are valid.











async function loadFiles(inputs) {
    const extensions = await (0,read_extensions/* loadExtensionsFile */.xA)(inputs, process.env);
    const schedules = await (0,read_schedules/* loadSchedulesFile */.Tu)(inputs, process.env);
    return { ...(extensions ? { extensions } : {}), ...(schedules ? { schedules } : {}) };
}
async function readAndPlan(client, inputs, files, report) {
    const release = await (0,read_release/* readRelease */.iJ)(client, inputs);
    report.environment = release.environment ? { id: release.environment.id, name: release.environment.name } : null;
    report.components = (0,src_report/* componentReports */.RX)(release.items, inputs.dryRun);
    for (const component of report.components)
        if (component.warning)
            core/* warning */.$e(component.warning);
    if (release.gate)
        report.gate = release.gate;
    const environment = release.environment;
    if (!environment)
        return { release, scheduleTargets: [] };
    const [extensions, scheduleTargets] = await Promise.all([
        files.extensions ? (0,read_extensions/* readExtensionsPlan */.uC)(client, environment, files.extensions) : undefined,
        files.schedules ? (0,read_schedules/* resolveSchedules */.n2)(client, environment, files.schedules, release.items) : []
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
    if (inputs.command === 'undeploy' && environment) {
        await core/* group */.Os(`Undeploy from ${environment.name}`, () => applyUndeploy(client, plan.release.items, report.components, core/* info */.pq));
        return;
    }
    const title = inputs.command === 'rollback' ? 'Roll back in' : 'Package and deploy to';
    await core/* group */.Os(environment ? `${title} ${environment.name}` : 'Package', () => applyRelease(plan.release.items, report.components, {
        client,
        ...(environment ? { environmentId: environment.id } : {}),
        notes: inputs.notes,
        ...(inputs.listenerStatus ? { listenerStatus: inputs.listenerStatus === 'paused' ? 'PAUSED' : 'RUNNING' } : {}),
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
