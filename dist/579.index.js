export const id = 579;
export const ids = [579];
export const modules = {

/***/ 2579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClient: () => (/* binding */ createClient),
  loadFiles: () => (/* binding */ loadFiles),
  readAndPlan: () => (/* binding */ readAndPlan),
  withReleaseManifest: () => (/* reexport */ withReleaseManifest),
  write: () => (/* binding */ write)
});

// EXTERNAL MODULE: ./src/annotations.ts
var annotations = __webpack_require__(105);
// EXTERNAL MODULE: ./src/boomi/extensions.ts
var extensions = __webpack_require__(3970);
// EXTERNAL MODULE: ./src/plan/extensions/index.ts + 8 modules
var plan_extensions = __webpack_require__(4090);
// EXTERNAL MODULE: ./src/read/extensions.ts + 1 modules
var read_extensions = __webpack_require__(8881);
;// CONCATENATED MODULE: ./src/read/settle.ts
/** Waits before each re-read: about 7 s in all, far below a deploy's own duration. */
const SETTLE_DELAYS_MS = [1000, 2000, 4000];
/** Reads until `complete(value)` holds or the re-reads run out; returns the last read either way. */
async function readUntilSettled(client, read, complete) {
    let value = await read();
    for (const delay of SETTLE_DELAYS_MS) {
        if (complete(value))
            return value;
        await client.pause(delay);
        value = await read();
    }
    return value;
}
/** Runs `attempt` again while it throws `retryable` errors, with the same bounded spacing. */
async function retryUntilSettled(client, attempt, retryable) {
    for (const delay of SETTLE_DELAYS_MS) {
        try {
            return await attempt();
        }
        catch (error) {
            if (!retryable(error))
                throw error;
            await client.pause(delay);
        }
    }
    return attempt();
}

;// CONCATENATED MODULE: ./src/apply/extensions.ts




class ExtensionsNotApplied extends Error {
    name = 'ExtensionsNotApplied';
}
async function applyExtensions(client, environment, request, log) {
    // The plan passed before the deploy; right after it, what the deploy made may read as absent for a while.
    const plan = await retryUntilSettled(client, () => (0,read_extensions/* readExtensionsPlan */.uC)(client, environment, request), (error) => error instanceof plan_extensions/* ExtensionsPlanError */.QQ);
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
;// CONCATENATED MODULE: ./src/boomi/privileges.ts
// The Boomi privileges each object the action calls needs, from the spec's tags ("Required
// Privileges"): a refused call (403) names what to grant, and the README lists them per mode.
const API = 'API Access';
const RUNTIME = {
    read: `${API} + Runtime Management or Runtime Management Read Access (ATOM_MANAGEMENT / ATOM_MANAGEMENT_READ_ONLY)`,
    write: `${API} + Runtime Management (ATOM_MANAGEMENT)`
};
const SCHEDULING = {
    read: `${API} + Scheduling (SCHEDULE_MAINTENANCE) or Runtime Management [Read Access]`,
    write: `${API} + Scheduling (SCHEDULE_MAINTENANCE) or Runtime Management (ATOM_MANAGEMENT)`
};
const PRIVILEGES = {
    PackagedComponent: {
        read: `${API} + Packaged Component Management (PACKAGE_MANAGEMENT)`,
        write: `${API} + Packaged Component Management (PACKAGE_MANAGEMENT)`
    },
    // The spec lists no read privilege ("N/A") for DeployedPackage; Deploy is what a user has who may deploy.
    DeployedPackage: { read: `${API} + Deploy (DEPLOY)`, write: `${API} + Deploy (DEPLOY) in the target environment` },
    ComponentMetadata: { read: `${API} + Build Read Access`, write: `${API} + Build Read and Write Access` },
    Environment: RUNTIME,
    EnvironmentAtomAttachment: RUNTIME,
    Atom: RUNTIME,
    EnvironmentExtensions: RUNTIME,
    ProcessSchedules: SCHEDULING,
    ProcessScheduleStatus: SCHEDULING
};
/** The privilege a call needs: reads are GETs, queries and bulk GETs; everything else writes. */
function privilegeFor(method, path, change) {
    const [object, action] = path.split('/');
    const needs = object === undefined ? undefined : PRIVILEGES[object];
    if (!needs)
        return undefined;
    const reads = !change && (method === 'GET' || action === 'query' || action === 'queryMore' || action === 'bulk');
    return reads ? needs.read : needs.write;
}

// EXTERNAL MODULE: ./src/boomi/query.ts
var query = __webpack_require__(5386);
;// CONCATENATED MODULE: ./src/boomi/throttle.ts
// One throttle per account, shared by every request of the run (retries included), so
// concurrent work can never exceed the account's rate limit. Boomi documents 10 requests/s
// today and 5/s on older accounts, and answers HTTP 503 above it with no Retry-After.
//
// Two rules hold every send: requests are spaced at least 1/rate apart, and no more than
// `rate` are sent in any sliding second (a late request must not let a later one bunch up
// behind it). The rate starts at the cap; a 503 (or 429) sets it to what really got through
// in the last second and pauses the account briefly. A limit once found stays found for a
// while: probing above it costs a refusal, a pause and a retry each time. Only after a long
// quiet spell does the rate creep back up, for a refusal that was a passing busy moment.
/** Requests are spaced a little wider than 1/rate: network jitter can bunch arrivals. */
const SPACING_MARGIN = 1.03;
/** Added to the sliding window for the same reason. */
const WINDOW_MS = 1050;
/**
 * After a 503 the whole account pauses this long: requests sent at once would be refused too.
 * Short, because the sliding-window rule at the lowered rate already holds back what must wait.
 */
const PAUSE_AFTER_LIMIT_MS = 500;
/** 503s caused by requests sent before the last slow-down say nothing new. */
const DECREASE_COOLDOWN_MS = 1000;
/** Growth per second of successful traffic once no 503 has been seen for a while. */
const INCREASE_PER_SECOND = 0.5;
const QUIET_AFTER_LIMIT_MS = 20_000;
class AdaptiveThrottle {
    rate;
    sent = [];
    /** When the requests that got through (not refused for the rate) were sent. */
    passed = [];
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
    /** Waits for this request's turn and answers when it goes. Turns are handed out one at a time, in call order. */
    acquire() {
        const mine = this.turn.then(() => this.waitForSlot());
        this.turn = mine.catch(() => undefined);
        return mine;
    }
    /** A refusal for the rate; `sentAt` is when the refused request went (acquire's answer). */
    onRateLimited(sentAt) {
        const now = this.now();
        this.pausedUntil = Math.max(this.pausedUntil, now + PAUSE_AFTER_LIMIT_MS);
        if (now - this.lastDecrease < DECREASE_COOLDOWN_MS)
            return;
        this.lastDecrease = now;
        // What got through in the last second is the best estimate of the account's limit.
        // Bounded so that one odd second can neither stall the run nor leave the rate unchanged.
        // Counted by send time, up to the refused request: that is the second the limiter judged.
        const end = sentAt ?? now;
        const estimate = this.passed.filter((t) => t > end - 1000 && t <= end).length;
        const clamped = Math.min(this.rate * 0.9, Math.max(this.rate * 0.5, estimate));
        this.rate = Math.max(this.min, clamped);
    }
    /** An answer that got through; `sentAt` is when its request went (acquire's answer). */
    onSuccess(sentAt) {
        const now = this.now();
        this.passed.push(sentAt ?? now);
        // Answers come back out of send order: forget old ones now and then, not one by one.
        if (this.passed.length > 64)
            this.passed = this.passed.filter((t) => t >= now - 2 * WINDOW_MS);
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
                return now;
            }
            await this.sleep(wait);
        }
    }
    earliestSend() {
        const last = this.sent[this.sent.length - 1];
        const spaced = last === undefined ? 0 : last + (1000 / this.rate) * SPACING_MARGIN;
        // k requests per k/rate seconds, k the rate rounded up: never more than ceil(rate) in any second
        // (Boomi's limits are whole numbers), without rounding a rate of 4.5 down to 4 a second.
        const perWindow = Math.max(1, Math.ceil(this.rate - 1e-9));
        const windowStart = this.sent[this.sent.length - perWindow];
        const windowMs = (perWindow / this.rate) * WINDOW_MS;
        const windowed = this.sent.length >= perWindow && windowStart !== undefined ? windowStart + windowMs : 0;
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
/**
 * Boomi's BulkResult: one answer per requested object, in request order. The documented examples
 * give a success only `Result` + `statusCode`, an error `id` + `statusCode` + `errorMessage`.
 */
const bulkAnswerSchema = schemas/* looseObject */._H3({
    response: (0,zod_helpers/* list */.p_)(schemas/* looseObject */._H3({
        id: schemas/* string */.YjP().optional(),
        index: zod_helpers/* looseInt */.e7.optional(),
        statusCode: zod_helpers/* looseInt */.e7,
        errorMessage: schemas/* string */.YjP().optional(),
        Result: schemas/* unknown */.L5J().optional()
    }))
});
const DEFAULT_RETRY = { limit: 6, baseDelayMs: 500, maxDelayMs: 8000, budgetMs: 90_000 };
/** 429 is not in the spec, but clients that ran against Boomi met it: it means what 503 means. */
const RATE_LIMIT_STATUSES = [429, 503];
const RETRY_STATUSES = [...RATE_LIMIT_STATUSES, 502, 504];
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
        /** When each request left: the throttle counts what got through by when it was sent. */
        const sentAt = new WeakMap();
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
                        sentAt.set(request, await this.throttle.acquire());
                        const context = options.context;
                        if (context.mayStart && !(await context.mayStart())) {
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
                        const sent = sentAt.get(request);
                        if (RATE_LIMIT_STATUSES.includes(response.status)) {
                            this.stats.rateLimited++;
                            this.throttle.onRateLimited(sent);
                        }
                        else if (response.ok) {
                            this.throttle.onSuccess(sent);
                        }
                    }
                ]
            }
        });
    }
    /** Waits, with the sleep the client was given (tests replace it). */
    pause(ms) {
        return this.sleep(ms);
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
    async bulkGet(object, ids, item) {
        const answers = await this.bulk(object, 'GET', ids.map((id) => ({ id, request: { id } })), BULK_GET_LIMIT);
        return answers.map(({ id, answer }) => {
            if (!succeeded(answer))
                return { id, found: false, ...refusal(answer) };
            if (answer.Result === undefined) {
                throw new errors/* BoomiApiError */.rW('schema', 'POST', `${object}/bulk`, 200, `${object} answer for ${id} has statusCode ${answer.statusCode} and no Result`);
            }
            return { id, found: true, value: parseAnswer(item, answer.Result, 'POST', `${object}/bulk`) };
        });
    }
    /**
     * Bulk UPDATE (the spec allows it for ProcessSchedules only, 15 objects a call): per-object
     * answers. Each object replaces state with the same body, so a call is retried like a read.
     */
    async bulkUpdate(object, bodies) {
        const answers = await this.bulk(object, 'UPDATE', bodies.map((body) => ({ id: body.id, request: body })), BULK_UPDATE_LIMIT);
        return answers.map(({ id, answer }) => (succeeded(answer) ? { id, ok: true } : { id, ok: false, ...refusal(answer) }));
    }
    async bulk(object, type, requests, limit) {
        const matched = [];
        for (let start = 0; start < requests.length; start += limit) {
            const batch = requests.slice(start, start + limit);
            const body = { type, request: batch.map((r) => r.request) };
            const context = { change: type !== 'GET' };
            const path = `${object}/bulk`;
            const answer = await this.send('POST', path, { json: body, context }, bulkAnswerSchema, true);
            const answers = inRequestOrder(answer.response, batch.length, path, `bulk ${type} of ${object}`);
            batch.forEach(({ id }, i) => {
                const entry = answers[i];
                // Where Boomi names the object (an error item), it must be the one asked for; its letter case may differ.
                if (entry.id !== undefined && entry.id.toLowerCase() !== id.toLowerCase()) {
                    throw new errors/* BoomiApiError */.rW('schema', 'POST', path, 200, `answer ${i + 1} of the bulk ${type} names ${entry.id}, but request ${i + 1} was ${id}`);
                }
                matched.push({ id, answer: entry });
            });
        }
        return matched;
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
                const found = recover ? await recover(error) : undefined;
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
                    afterStatusCodes: RATE_LIMIT_STATUSES,
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
            throw await toBoomiError(error, method, path, options.context?.change === true);
        }
    }
}
function succeeded(answer) {
    return answer.statusCode >= 200 && answer.statusCode < 300;
}
function refusal(answer) {
    return { message: answer.errorMessage ?? `HTTP ${answer.statusCode}`, status: answer.statusCode };
}
/**
 * Bulk answers come in request order (the documented contract). Where every answer carries an
 * `index` that is a permutation of the positions, that order wins; a count that differs is an error.
 */
function inRequestOrder(answers, expected, path, call) {
    if (answers.length !== expected) {
        throw new errors/* BoomiApiError */.rW('schema', 'POST', path, 200, `${answers.length} answer(s) to a ${call} of ${expected} object(s); answers are matched by position, so none can be trusted`);
    }
    const indexes = answers.flatMap((a) => (a.index === undefined ? [] : [a.index]));
    const isPermutation = indexes.length === expected && new Set(indexes).size === expected && indexes.every((i) => i >= 0 && i < expected);
    if (!isPermutation)
        return answers;
    const ordered = [];
    answers.forEach((a, i) => (ordered[indexes[i]] = a));
    return ordered;
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
async function toBoomiError(error, method, path, change) {
    if (error instanceof HTTPError/* HTTPError */.H) {
        const body = await error.response.text().catch(() => '');
        const status = error.response.status;
        const privilege = status === 403 ? privilegeFor(method, path, change) : undefined;
        return new errors/* BoomiApiError */.rW((0,errors/* kindForStatus */.Av)(status), method, path, status, (0,errors/* extractBoomiMessage */.nQ)(body), { cause: error, privilege });
    }
    if (error instanceof TimeoutError/* TimeoutError */.M)
        return new errors/* BoomiApiError */.rW('timeout', method, path, undefined, '', { cause: error });
    return new errors/* BoomiApiError */.rW('network', method, path, undefined, describeNetworkError(error), { cause: error });
}
/** fetch's own error says only "fetch failed": the reason (ECONNRESET, ENOTFOUND…) is its cause. */
function describeNetworkError(error) {
    // Duck-typed, not instanceof Error: fetch's errors may come from another realm.
    const { cause, message } = (error ?? {});
    return cause?.code ?? cause?.message ?? message ?? String(error);
}

;// CONCATENATED MODULE: ./src/apply/change-gate.ts
// One rule for every write step (packages, deployments, undeploys): after the first failed change
// no new change starts. A failed change is known as soon as its answer is, but the step first looks
// whether it happened after all (a lost answer, a concurrent run): while any failed change is being
// looked into, no new one starts; once one has failed for good, none does.
class ChangeGate {
    stopped = false;
    examining = 0;
    waiting = [];
    stop() {
        this.stopped = true;
        this.wake();
    }
    async mayStart() {
        while (this.examining > 0 && !this.stopped)
            await new Promise((resolve) => this.waiting.push(resolve));
        return !this.stopped;
    }
    /**
     * Looks into a failed change (did it happen after all?): nothing found stops every later change,
     * unless the caller tries the change again (`retried`: a transient failure is not a failed change yet).
     */
    async examine(look, retried = false) {
        // Nothing is held for a failure that will be tried again: under Boomi's rate limit (503) that
        // would hold every change, then release them all at once into the next 503.
        if (retried)
            return look();
        this.examining++;
        try {
            const found = await look();
            if (found === undefined && !retried)
                this.stopped = true;
            return found;
        }
        catch (lookError) {
            this.stopped = true;
            throw lookError;
        }
        finally {
            this.examining--;
            this.wake();
        }
    }
    wake() {
        const waiting = this.waiting;
        this.waiting = [];
        for (const resolve of waiting)
            resolve();
    }
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
    const gate = new ChangeGate();
    const outcomes = await Promise.allSettled(items.map(async (item, index) => {
        const report = reports[index];
        try {
            await releaseOne(item, report, context, gate);
        }
        catch (error) {
            if (error instanceof ChangeNotStarted)
                return;
            gate.stop();
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
async function releaseOne(item, report, context, gate) {
    const step = item.packageStep;
    // 'unchanged' (only-changed) has no package; 'create' makes one.
    const pkg = step.action === 'create' ? await makePackage(item, report, context, gate) : (0,release/* existingPackage */.uu)(step);
    if (!pkg || item.deployStep.action !== 'deploy' || context.environmentId === undefined)
        return;
    // Only processes can be listeners; other types get no listener status.
    const listenerStatus = item.componentType === 'process' ? context.listenerStatus : undefined;
    const { deployment, alreadyActive } = await deploy(pkg, context.environmentId, listenerStatus, context, gate);
    report.deploymentId = deployment.deploymentId;
    report.deployment = alreadyActive ? 'already active' : 'deployed';
    if (deployment.listenerStatus)
        report.listenerStatus = deployment.listenerStatus;
    if (deployment.message) {
        // Boomi deploys but says the account went over its connection licences.
        report.warning = [report.warning, deployment.message].filter(Boolean).join(' ');
        context.warn(`${item.componentName}: ${deployment.message}`);
    }
    context.log(`${alreadyActive ? 'Already active:' : 'Deployed'} ${item.componentName} ${pkg.packageVersion} (deployment ${deployment.deploymentId})`);
}
/**
 * Created or reused is decided by the path that produced the package, never by its fields (Boomi's
 * create answer does not carry `notes`): the create's own answer, or a recovery after a failure
 * whose request may have been applied (our lost answer: created), or after a refusal (a concurrent
 * run made this version first: reused).
 */
async function makePackage(item, report, context, gate) {
    const version = item.packageStep.action === 'create' ? item.packageStep.packageVersion : undefined;
    const { client, notes } = context;
    let reused = false;
    const find = version
        ? // A concurrent run, or our own lost answer, may have made this version: reuse it.
            async () => (await (0,boomi_packages/* findPackagesByVersion */._B)(client, [item.componentId], version))[0]
        : async () => newestWithNotes(await (0,boomi_packages/* findPackagesCreatedSince */.PL)(client, item.componentId, recoveryFloor(context.startedAt)), notes);
    const recover = async (failure) => {
        const found = await find();
        reused = found !== undefined && !failure.ambiguous;
        return found;
    };
    const pkg = await (0,boomi_packages/* createPackage */.N7)(client, { componentId: item.componentId, ...(version ? { packageVersion: version } : {}), notes }, gated(recover, gate));
    report.packageId = pkg.packageId;
    report.packageVersion = pkg.packageVersion;
    report.packageRevision = pkg.componentVersion ?? null;
    report.package = reused ? 'reused' : 'created';
    context.log(`${reused ? 'Reused' : 'Packaged'} ${item.componentName} as ${pkg.packageVersion} (${pkg.packageId})`);
    return pkg;
}
/**
 * Deploys the package. A deployment refused outright (Boomi answers 400 "duplicate" when the package
 * is already the active one) and then found active is "already active"; one found after a lost
 * answer is ours.
 */
async function deploy(pkg, environmentId, listenerStatus, context, gate) {
    const { client, notes } = context;
    let alreadyActive = false;
    const recover = async (failure) => {
        const found = (await (0,deployments/* findActiveDeployments */.a)(client, environmentId, [pkg.componentId])).find((d) => d.packageId === pkg.packageId);
        alreadyActive = found !== undefined && !failure.ambiguous;
        return found;
    };
    const body = { environmentId, packageId: pkg.packageId, notes, ...(listenerStatus ? { listenerStatus } : {}) };
    const deployment = await (0,deployments/* createDeployment */.Yy)(client, body, gated(recover, gate));
    return { deployment, alreadyActive };
}
/** A create's options under the run's change gate: no start after a failure, a failed create looked into first. */
function gated(recover, gate) {
    return { recover: (failure) => gate.examine(() => recover(failure), failure.transient), mayStart: () => gate.mayStart() };
}
/** Boomi's createdDate has whole seconds and its clock is not ours: look a little before the run began. */
const CLOCK_SKEW_MS = 2 * 60_000;
function recoveryFloor(startedAt) {
    const floor = new Date(Date.parse(startedAt) - CLOCK_SKEW_MS);
    floor.setUTCMilliseconds(0);
    return floor.toISOString().replace('.000Z', 'Z');
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
// EXTERNAL MODULE: ./src/read/schedules.ts + 1 modules
var read_schedules = __webpack_require__(1259);
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
    // After the run's own deploy, new schedule objects may show up a little late.
    const current = write
        ? await readUntilSettled(client, () => (0,read_schedules/* readLiveSchedules */.bU)(client, targets), (found) => targets.every((t) => isComplete(t, found(t))))
        : await (0,read_schedules/* readLiveSchedules */.bU)(client, targets);
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
/** Everything the target needs was read: its schedule object, and its status object when `enabled` is set. */
function isComplete(target, current) {
    return current.schedules !== undefined && (target.enabled === undefined || current.status !== undefined);
}
function decide(target, current, write) {
    const outcome = describeTarget(target);
    if (!current.schedules || !isComplete(target, current)) {
        // Only a process this run deploys gets here (the read half checked the others), and only
        // after the bounded re-reads found nothing.
        outcome.action = write ? 'failed' : 'will set';
        if (write)
            outcome.error = `Boomi has no schedule ${current.schedules ? 'status ' : ''}object for it after the deployment`;
        return { outcome };
    }
    const wanted = desiredSchedules(current.schedules, target);
    const read = current.status;
    const status = target.enabled !== undefined && read && read.enabled !== target.enabled
        ? { id: read.id, atomId: read.atomId, processId: read.processId, enabled: target.enabled }
        : undefined;
    const schedules = sameObjects(current.schedules, wanted) ? undefined : wanted;
    outcome.action = !schedules && !status ? 'unchanged' : write ? 'not started' : 'will update';
    return { outcome, ...(schedules ? { schedules } : {}), ...(status ? { status } : {}) };
}
/** Boomi's bulk UPDATE takes this many schedule objects a call. */
const PER_CALL = 15;
/**
 * Schedule lists in bulk, statuses one by one (Boomi has no bulk for them); each pair's outcome.
 * After the first failure no further call starts: what was not sent stays `not started`.
 */
async function carryOut(client, decisions) {
    const withSchedules = decisions.filter((d) => d.schedules);
    const failed = () => decisions.some((d) => d.outcome.action === 'failed');
    for (let start = 0; start < withSchedules.length && !failed(); start += PER_CALL) {
        const batch = withSchedules.slice(start, start + PER_CALL);
        try {
            const answers = await (0,schedules/* updateSchedules */.Wx)(client, batch.map((d) => d.schedules));
            answers.forEach((answer, i) => {
                const decision = batch[i];
                if (answer.ok)
                    decision.outcome.action = decision.status ? 'not started' : 'updated';
                else
                    refuse(decision, answer.status, answer.message);
            });
        }
        catch (error) {
            batch.forEach((d) => fail(d, explain(error)));
        }
    }
    for (const d of decisions) {
        if (failed())
            return;
        if (!d.status || d.outcome.action !== 'not started')
            continue;
        try {
            await (0,schedules/* updateScheduleStatus */.pd)(client, d.status);
            d.outcome.action = 'updated';
        }
        catch (error) {
            fail(d, explain(error));
        }
    }
}
function fail(decision, error) {
    decision.outcome.action = 'failed';
    decision.outcome.error = error;
}
/** A listener refused is Boomi's rule, not a failure of the run: the caller warns once per process. */
function refuse(decision, status, message) {
    if (status === 400 && /listener/i.test(message)) {
        decision.outcome.action = 'not schedulable';
        decision.outcome.error = `Boomi does not schedule listener processes (HTTP 400: ${message})`;
        return;
    }
    fail(decision, explainRefusal(status, message));
}
/**
 * The body sent: only the documented fields, no "@type" copied from the read. Retry goes as the
 * user gave it or exactly as read (Boomi's default reads maxRetry 5); never an invented value.
 */
function desiredSchedules(current, target) {
    const read = current.Retry;
    const retry = target.maxRetry !== undefined
        ? { Schedule: read?.Schedule ?? [], maxRetry: target.maxRetry }
        : read && { Schedule: read.Schedule, ...(read.maxRetry !== undefined ? { maxRetry: read.maxRetry } : {}) };
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
        processId: target.processId,
        process: target.processName,
        runtime: target.runtimeName,
        schedules: target.shown,
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
    const gate = new ChangeGate();
    const outcomes = await Promise.allSettled(items.map(async (item, index) => {
        const report = reports[index];
        if (item.deployStep.action !== 'undeploy')
            return;
        try {
            await undeployOne(client, item.deployStep.deployment, gate);
            report.deployment = 'undeployed';
            log(`Undeployed ${item.componentName} ${item.deployStep.deployment.packageVersion ?? ''} (deployment ${item.deployStep.deployment.deploymentId})`);
        }
        catch (error) {
            if (error instanceof ChangeNotStarted)
                return;
            gate.stop();
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
async function undeployOne(client, deployment, gate) {
    try {
        await (0,deployments/* deleteDeployment */.rd)(client, deployment.deploymentId, () => gate.mayStart());
    }
    catch (error) {
        if (error instanceof ChangeNotStarted)
            throw error;
        // While this is looked into, no other DELETE starts; still active means it failed.
        const gone = await gate.examine(async () => {
            const active = await (0,deployments/* findActiveDeployments */.a)(client, deployment.environmentId, [deployment.componentId]);
            return active.some((d) => d.deploymentId === deployment.deploymentId) ? undefined : true;
        });
        if (!gone)
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
 * where the manifest lists its components, for messages and annotations). With package-ids
 * (promotion) the packages are given, so only the environment's settings apply.
 */
function mergeManifest(inputs, manifest, block, componentsAt) {
    const listed = inputs.components.length + inputs.componentIds.length + inputs.packageIds.length > 0;
    // A check compares the environment with the same version and files a deploy would write.
    const deploys = inputs.command === 'deploy' || inputs.command === 'check';
    return {
        ...inputs,
        ...(listed
            ? {}
            : { components: manifest.components ?? [], componentsSource: `Input 'release' (${(0,load_file/* where */._M)(componentsAt)}, components)`, componentsLocation: componentsAt }),
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
    const loaded = await (0,load_file/* loadConfigFile */.HT)({ input: src_inputs/* INPUT */.bO.release, path: inputs.release, workspace: inputs.workspace, env, schema: releaseManifestSchema });
    const manifest = loaded.data;
    const picked = inputs.environment !== undefined && manifest.environments ? pickEnvironment(manifest, inputs.environment) : undefined;
    if (inputs.environment !== undefined && manifest.environments && !picked) {
        const keys = Object.keys(manifest.environments).map((k) => `'${k}'`).join(', ') || '(none)';
        throw new load_file/* ConfigFileError */.x(`Input '${src_inputs/* INPUT */.bO.release}': ${loaded.at(['environments'])} has no block for environment '${inputs.environment}' (blocks: ${keys}). Add one (it may be empty: ${inputs.environment}: {}), or name the environment as the manifest's key does.`, loaded.locate(['environments']));
    }
    for (const file of ['extensions', 'schedules']) {
        const path = picked?.block[file];
        if (path !== undefined && !(0,external_node_fs_.existsSync)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(inputs.workspace, path))) {
            throw new load_file/* ConfigFileError */.x(`Input '${src_inputs/* INPUT */.bO.release}': ${loaded.at(['environments', picked.key, file])}: file '${path}' does not exist (paths are relative to the workspace, ${inputs.workspace}).`, loaded.locate(['environments', picked.key, file]));
        }
    }
    const merged = mergeManifest(inputs, manifest, picked?.block, loaded.locate(['components']));
    if (merged.components.length + merged.componentIds.length + merged.packageIds.length === 0) {
        throw new src_inputs/* InputError */.dz(src_inputs/* INPUT */.bO.components, `is empty, and the release manifest ${loaded.displayPath} lists no components`, 'Add components to the manifest, or set components, component-ids or package-ids.');
    }
    return merged;
}

// EXTERNAL MODULE: ./src/plan/extensions/slots.ts
var extensions_slots = __webpack_require__(7895);
;// CONCATENATED MODULE: ./src/plan/extensions/starter.ts

function starterExtensions(current) {
    const slots = [...(0,extensions_slots/* observeSlots */.MV)(current).values()];
    const file = {};
    const placeholders = new Set();
    const refs = componentRefs(slots);
    const valueRefs = processPropertyRefs(slots);
    for (const slot of slots) {
        const path = filePath(slot, refs, valueRefs);
        const value = starterValue(slot, path, placeholders);
        if (value !== undefined)
            put(file, path, value);
    }
    return { file, placeholders: [...placeholders] };
}
/** The path of a slot in the file: section, component, (category,) field or value. */
function filePath(slot, refs, valueRefs) {
    const parts = JSON.parse(slot.key);
    const component = refs.get(`${slot.section}\n${slot.componentId}`) ?? slot.componentId;
    switch (slot.section) {
        case 'properties':
            return ['properties', slot.componentId];
        case 'crossReferences':
        case 'pgpCertificates':
            return [slot.section, component];
        case 'processProperties':
            return [slot.section, component, valueRefs.get(slot.key) ?? parts[2]];
        default:
            // connections, operations, sharedCommunications: [section, id, field]; partners: [section, id, category, field]
            return [slot.section, component, ...parts.slice(2)];
    }
}
/** A component's name where it is unique in its section (and not empty), else its ID. */
function componentRefs(slots) {
    const refs = new Map();
    const byName = new Map();
    for (const slot of slots) {
        const key = `${slot.section}\n${slot.componentName}`;
        byName.set(key, (byName.get(key) ?? new Set()).add(slot.componentId));
    }
    for (const slot of slots) {
        const unique = byName.get(`${slot.section}\n${slot.componentName}`).size === 1;
        refs.set(`${slot.section}\n${slot.componentId}`, unique ? slot.componentName : slot.componentId);
    }
    return refs;
}
/** A process property value by its label where that is unique in its component, else by key. */
function processPropertyRefs(slots) {
    const values = slots.filter((s) => s.section === 'processProperties');
    return new Map(values.map((slot) => {
        const key = JSON.parse(slot.key)[2];
        const shared = values.filter((other) => other.componentId === slot.componentId && other.field === slot.field).length > 1;
        return [slot.key, shared ? key : slot.field];
    }));
}
/** null keeps the component's own value; undefined leaves the slot out (its value is not known). */
function starterValue(slot, path, placeholders) {
    const state = slot.state;
    switch (state.kind) {
        case 'encrypted':
            return `\${${placeholder(path, placeholders)}}`;
        case 'value':
            if (state.useDefault)
                return null;
            return state.value === undefined ? undefined : literal(state.value);
        case 'property':
            return state.value === '' ? null : literal(state.value);
        case 'table':
            return state.overrideValues && state.rows ? { overrideValues: true, rows: state.rows.map((row) => row.map(literal)) } : null;
    }
}
/** The loader reads `${` as a variable: a literal one is written `$${`. */
function literal(value) {
    return value.split('${').join('$${');
}
/** ORDERS_DB_PASSWORD for connections › Orders DB › password; unique within the file. */
function placeholder(path, taken) {
    const base = path
        .slice(1)
        .join('_')
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
    const name = /^[A-Z_]/.test(base) ? base : `_${base}`;
    let unique = name;
    for (let n = 2; taken.has(unique); n++)
        unique = `${name}_${n}`;
    taken.add(unique);
    return unique;
}
function put(tree, path, value) {
    let node = tree;
    for (const key of path.slice(0, -1)) {
        const next = node[key];
        if (next === undefined || next === null || typeof next !== 'object')
            node[key] = {};
        node = node[key];
    }
    node[path[path.length - 1]] = value;
}

// EXTERNAL MODULE: ./src/plan/cron.ts
var plan_cron = __webpack_require__(6807);
;// CONCATENATED MODULE: ./src/plan/schedules-starter.ts
// What a dry run shows of the schedules in place: a schedules file that says what is set now, as
// cron where cron can say it and in Boomi's fields where it cannot, so it can be copied and edited.

/**
 * Process name → its entry. A process whose runtimes hold different schedules gets the set most of
 * them hold, with `runtimes:` naming those; the others are listed in `differs` for a comment.
 */
function starterSchedules(current, allRuntimes) {
    const file = {};
    const differs = [];
    const processes = [...new Set(current.map((c) => c.process))];
    for (const process of processes) {
        const groups = new Map();
        for (const item of current.filter((c) => c.process === process)) {
            const entry = { schedules: item.schedules.map(asWritten), ...(item.maxRetry !== undefined ? { maxRetry: item.maxRetry } : {}) };
            const key = JSON.stringify(entry);
            const group = groups.get(key) ?? { entry, runtimes: [] };
            group.runtimes.push(item.runtime);
            groups.set(key, group);
        }
        const [main, ...others] = [...groups.values()].sort((a, b) => b.runtimes.length - a.runtimes.length);
        if (!main)
            continue;
        const everywhere = main.runtimes.length === allRuntimes.length;
        file[process] = { ...main.entry, ...(everywhere ? {} : { runtimes: main.runtimes }) };
        for (const other of others)
            differs.push(`${process} on ${other.runtimes.join(', ')}: ${JSON.stringify(other.entry)}`);
    }
    return { file, differs };
}
function asWritten(schedule) {
    const cron = (0,plan_cron/* boomiToCron */.s)(schedule);
    return cron === undefined ? { ...schedule } : { cron };
}

;// CONCATENATED MODULE: ./src/read/starters.ts



async function readStarters(client, environment, extensions, runtimes, processes) {
    // Only dry runs pay for the YAML writer.
    const { stringify } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const yaml = (value) => stringify(value, { lineWidth: 0 });
    const names = new Map(processes.map((p) => [p.componentId, p.componentName]));
    const read = runtimes.length > 0 && names.size > 0
        ? await (0,schedules/* findSchedules */.iU)(client, runtimes.map((r) => r.id), [...names.keys()])
        : [];
    const current = read.map((s) => ({
        process: names.get(s.processId) ?? s.processId,
        runtime: runtimes.find((r) => r.id === s.atomId)?.name ?? s.atomId,
        schedules: s.Schedule,
        ...(s.Retry?.maxRetry !== undefined ? { maxRetry: s.Retry.maxRetry } : {})
    }));
    return { extensions: extensionsText(environment, extensions, yaml), schedules: schedulesText(environment, current, runtimes, yaml) };
}
function extensionsText(environment, extensions, yaml) {
    const { file, placeholders } = starterExtensions(extensions);
    if (Object.keys(file).length === 0) {
        return `# Nothing is extensible in ${environment.name} yet: a component becomes extensible once a process that\n# lists it in its extensions is deployed there. Deploy once, then run the dry run again.\n`;
    }
    const header = [
        `# Environment extensions of ${environment.name} as they are now: everything extensible there.`,
        '# Keep what this environment should have and delete the rest; null keeps the component\'s own value.',
        ...(placeholders.length > 0
            ? [`# Encrypted values are never read back: set them from the step's env (${placeholders.map((p) => `${p}: \${{ secrets.${p} }}`).join(', ')}).`]
            : [])
    ];
    return `${header.join('\n')}\n${yaml(file)}`;
}
function schedulesText(environment, current, runtimes, yaml) {
    if (current.length === 0) {
        return `# No process of this release has schedules in ${environment.name} yet: a process has them once it is deployed there.\n`;
    }
    const { file, differs } = starterSchedules(current, runtimes.map((r) => r.name));
    const header = [
        `# Schedules of this release's processes in ${environment.name} as they are now (cron: minute hour day-of-month month day-of-week).`,
        ...differs.map((d) => `# Differs on other runtimes: ${d}`)
    ];
    return `${header.join('\n')}\n${yaml(file)}`;
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
    let release;
    try {
        release = await (0,read_release/* readRelease */.iJ)(client, inputs);
    }
    catch (error) {
        // A closed gate still shows what it stopped.
        if (error instanceof read_release/* GateFailed */.jG)
            reportRelease(report, error.plan, inputs.dryRun);
        throw error;
    }
    reportRelease(report, release, inputs.dryRun);
    for (const component of report.components)
        if (component.warning)
            core/* warning */.$e(component.warning);
    const environment = release.environment;
    if (!environment)
        return { release, scheduleTargets: [] };
    const [runtimes, current] = await Promise.all([
        // Names are shown only for schedules and in a dry run's starter files.
        (0,read_schedules/* attachedRuntimes */.mc)(client, environment, files.schedules !== undefined || inputs.dryRun),
        // A dry run reads the extensions even without a file: it shows what can be set.
        files.extensions || inputs.dryRun ? (0,read_extensions/* readCurrentExtensions */.Af)(client, environment) : undefined
    ]);
    if (runtimes.length === 0) {
        warn(report, `Environment ${environment.name} has no runtime attached: Boomi records the deployments, but nothing runs there until a runtime is attached (Manage › Runtime Management › Environments).`);
    }
    const scheduleTargets = files.schedules ? await (0,read_schedules/* resolveSchedules */.n2)(client, environment, files.schedules, release.items, runtimes) : [];
    if (files.extensions && current) {
        const extensions = (0,read_extensions/* planOnCurrent */.kt)(current, environment, files.extensions);
        report.extensions = { status: inputs.dryRun ? 'planned' : 'not started', file: files.extensions.displayPath, mode: files.extensions.mode, changes: extensions.changes };
    }
    if (files.schedules) {
        // A dry run shows what would change; a real run decides again after the deploy.
        const items = inputs.dryRun ? await applySchedules(client, scheduleTargets, false) : [];
        report.schedules = { status: inputs.dryRun ? 'planned' : 'not started', file: files.schedules.displayPath, items };
    }
    if (inputs.dryRun && current) {
        const processIds = [...release.items.filter((i) => i.componentType === 'process'), ...scheduleTargets.map((t) => ({ componentId: t.processId, componentName: t.processName }))];
        report.starter = await readStarters(client, environment, current, runtimes, processIds);
    }
    return { release, scheduleTargets };
}
function reportRelease(report, release, dryRun) {
    report.environment = release.environment ? { id: release.environment.id, name: release.environment.name } : null;
    report.components = (0,src_report/* componentReports */.RX)(release.items, dryRun);
    if (release.gate)
        report.gate = release.gate;
}
/** A warning where Boomi will not do what the user may think: annotated, and in the summary. */
function warn(report, message, location) {
    report.warnings.push({ message, ...(location ? { location } : {}) });
    core/* warning */.$e(message, (0,annotations/* annotationAt */.n)(location));
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
        warn: (message) => warn(report, message)
    }));
    if (!environment)
        return;
    if (files.extensions && report.extensions)
        await writeExtensions(client, environment, files.extensions, report.extensions);
    if (report.schedules)
        await writeSchedules(client, environment, plan.scheduleTargets, report);
}
async function writeExtensions(client, environment, request, section) {
    section.status = 'failed';
    try {
        const outcome = await core/* group */.Os(`Extensions of ${environment.name}`, () => applyExtensions(client, environment, request, core/* info */.pq));
        section.changes = outcome.changes;
        section.status = outcome.written ? 'written' : 'unchanged';
    }
    catch (error) {
        if (error instanceof ExtensionsNotApplied)
            section.status = 'not verified';
        throw error;
    }
}
async function writeSchedules(client, environment, targets, report) {
    const section = report.schedules;
    section.status = 'failed';
    try {
        section.items = await core/* group */.Os('Schedules', () => applySchedules(client, targets, true));
    }
    catch (error) {
        if (error instanceof SchedulesFailed)
            section.items = error.outcomes;
        throw error;
    }
    finally {
        warnListeners(report, environment, targets, section.items);
    }
    section.status = section.items.some((i) => i.action === 'updated') ? 'written' : 'unchanged';
}
/** Once per listener process (not per runtime), saying what was deployed. */
function warnListeners(report, environment, targets, items) {
    const refused = items.filter((i) => i.action === 'not schedulable');
    for (const processId of new Set(refused.map((i) => i.processId))) {
        const mine = refused.filter((i) => i.processId === processId);
        const name = mine[0].process;
        const component = report.components.find((c) => c.id === processId);
        const deployed = component?.deploymentId
            ? `It is deployed: package ${component.packageVersion ?? component.packageId ?? ''} is active in ${environment.name} (deployment ${component.deploymentId}, ${component.deployment}), and it runs when its listener receives work, not on a schedule.`
            : `It runs in ${environment.name} when its listener receives work, not on a schedule.`;
        warn(report, `'${name}' is a listener process: Boomi does not schedule listeners, so its schedules from ${report.schedules?.file ?? 'the schedules file'} were not set (runtimes ${mine.map((i) => i.runtime).join(', ')}). ${deployed} Remove it from the schedules file.`, targets.find((t) => t.processId === processId)?.location);
    }
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
