// The one HTTP client for the Boomi Platform API: a ky instance with Basic auth, JSON headers,
// a per-request timeout, the shared adaptive throttle, retries for requests that are safe to
// repeat, and zod parsing of every answer. Creates are never repeated blindly: see `create`.
import ky, { HTTPError, TimeoutError, type KyInstance, type Options } from 'ky'
import { z } from 'zod'
import { BoomiApiError, extractBoomiMessage, kindForStatus } from './errors.js'
import { privilegeFor } from './privileges.js'
import { chunk, queryBody, queryPageSchema, type Expression } from './query.js'
import { AdaptiveThrottle } from './throttle.js'
import { list, looseInt } from './zod-helpers.js'

export interface RetryPolicy {
  /** Retries after the first attempt. */
  limit: number
  baseDelayMs: number
  maxDelayMs: number
  /** No retry starts once this much time has passed since the first attempt. */
  budgetMs: number
}

export interface BoomiClientOptions {
  baseUrl: string
  accountId: string
  username: string
  token: string
  maxRequestsPerSecond?: number
  timeoutMs?: number
  retry?: Partial<RetryPolicy>
  sleep?: (ms: number) => Promise<void>
  debug?: (message: string) => void
}

export interface ClientStats {
  requests: number
  retries: number
  rateLimited: number
  /** Requests that change state in Boomi (creates, updates and deletes), attempted. */
  changes: number
}

/** Thrown instead of sending a change once the run has stopped starting new ones. */
export class ChangeNotStarted extends Error {
  override name = 'ChangeNotStarted'
}

export interface CreateOptions<T> {
  /** Looks for what the create would have made, given why it failed; see `create`. */
  recover?: (error: BoomiApiError) => Promise<T | undefined>
  /** Awaited when the request's throttle slot comes up: false means do not send it. */
  mayStart?: () => boolean | Promise<boolean>
}

type RequestContext = {
  change?: boolean
  mayStart?: () => boolean | Promise<boolean>
}


export type BulkItem<T> = { id: string; found: true; value: T } | { id: string; found: false; message: string; status?: number }
/** A bulk UPDATE's answer for one object: Boomi's documented `Result` need not name it, so only success counts. */
export type BulkUpdateItem = { id: string; ok: true } | { id: string; ok: false; message: string; status?: number }

/**
 * Boomi's BulkResult: one answer per requested object, in request order. The documented examples
 * give a success only `Result` + `statusCode`, an error `id` + `statusCode` + `errorMessage`.
 */
const bulkAnswerSchema = z.looseObject({
  response: list(
    z.looseObject({
      id: z.string().optional(),
      index: looseInt.optional(),
      statusCode: looseInt,
      errorMessage: z.string().optional(),
      Result: z.unknown().optional()
    })
  )
})
type BulkAnswer = z.infer<typeof bulkAnswerSchema>['response'][number]

const DEFAULT_RETRY: RetryPolicy = { limit: 6, baseDelayMs: 500, maxDelayMs: 8000, budgetMs: 90_000 }
/** 429 is not in the spec, but clients that ran against Boomi met it: it means what 503 means. */
const RATE_LIMIT_STATUSES = [429, 503]
const RETRY_STATUSES = [...RATE_LIMIT_STATUSES, 502, 504]
const BULK_GET_LIMIT = 100
const BULK_UPDATE_LIMIT = 15
/** An OR group of this many values keeps each query body small. */
const VALUES_PER_QUERY = 50

export const DEFAULT_MAX_REQUESTS_PER_SECOND = 10

export function basicAuthHeader(username: string, token: string): string {
  return `Basic ${Buffer.from(`${username}:${token}`).toString('base64')}`
}

export class BoomiClient {
  readonly stats: ClientStats = { requests: 0, retries: 0, rateLimited: 0, changes: 0 }
  readonly throttle: AdaptiveThrottle
  private readonly http: KyInstance
  private readonly policy: RetryPolicy
  private readonly sleep: (ms: number) => Promise<void>
  private readonly debug: (message: string) => void

  constructor(options: BoomiClientOptions) {
    this.policy = { ...DEFAULT_RETRY, ...options.retry }
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
    this.debug = options.debug ?? (() => undefined)
    this.throttle = new AdaptiveThrottle({
      maxPerSecond: options.maxRequestsPerSecond ?? DEFAULT_MAX_REQUESTS_PER_SECOND,
      sleep: this.sleep
    })
    /** When each request left: the throttle counts what got through by when it was sent. */
    const sentAt = new WeakMap<Request, number>()
    const base = options.baseUrl.replace(/\/+$/, '')
    this.http = ky.create({
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
            sentAt.set(request, await this.throttle.acquire())
            const context = options.context as RequestContext
            if (context.mayStart && !(await context.mayStart())) {
              throw new ChangeNotStarted(`${request.method} ${new URL(request.url).pathname} not started`)
            }
            this.stats.requests++
            if (context.change) this.stats.changes++
            this.debug(`→ ${request.method} ${new URL(request.url).pathname}`)
          }
        ],
        beforeRetry: [
          ({ request, error, retryCount }) => {
            this.stats.retries++
            this.debug(`↻ retry ${retryCount} of ${request.method} ${new URL(request.url).pathname} after ${error.message}`)
          }
        ],
        afterResponse: [
          (request, _options, response) => {
            this.debug(`← ${response.status} ${request.method} ${new URL(request.url).pathname}`)
            const sent = sentAt.get(request)
            if (RATE_LIMIT_STATUSES.includes(response.status)) {
              this.stats.rateLimited++
              this.throttle.onRateLimited(sent)
            } else if (response.ok) {
              this.throttle.onSuccess(sent)
            }
          }
        ]
      }
    })
  }

  /** Waits, with the sleep the client was given (tests replace it). */
  pause(ms: number): Promise<void> {
    return this.sleep(ms)
  }

  /** GET one object. Retried: reads are safe to repeat. */
  async get<T>(path: string, schema: z.ZodType<T>): Promise<T> {
    return this.send('GET', path, {}, schema, true)
  }

  /** Runs a query and follows `queryMore` until no `queryToken` is left. */
  async query<T>(object: string, expression: Expression | undefined, item: z.ZodType<T>): Promise<T[]> {
    const page = queryPageSchema(item)
    let current = await this.send('POST', `${object}/query`, { json: queryBody(expression) }, page, true)
    const results = [...current.result]
    while (current.queryToken) {
      // The token goes byte for byte as the body: it holds +, / and = and must not be encoded.
      current = await this.send(
        'POST',
        `${object}/queryMore`,
        { body: current.queryToken, headers: { 'Content-Type': 'text/plain' } },
        page,
        true
      )
      results.push(...current.result)
    }
    return results
  }

  /**
   * One query per chunk of `values` (each an OR group built by `filter`), run at once and joined:
   * a large release needs a few queries, not one per component.
   */
  async queryInChunks<T>(object: string, values: readonly string[], filter: (chunk: string[]) => Expression, item: z.ZodType<T>): Promise<T[]> {
    const pages = await Promise.all(chunk(values, VALUES_PER_QUERY).map((part) => this.query(object, filter(part), item)))
    return pages.flat()
  }

  /** Bulk GET, 100 IDs a call; per-ID answers, since Boomi reports a missing ID per item. */
  async bulkGet<T>(object: string, ids: readonly string[], item: z.ZodType<T>): Promise<BulkItem<T>[]> {
    const answers = await this.bulk(object, 'GET', ids.map((id) => ({ id, request: { id } })), BULK_GET_LIMIT)
    return answers.map(({ id, answer }): BulkItem<T> => {
      if (!succeeded(answer)) return { id, found: false, ...refusal(answer) }
      if (answer.Result === undefined) {
        throw new BoomiApiError('schema', 'POST', `${object}/bulk`, 200, `${object} answer for ${id} has statusCode ${answer.statusCode} and no Result`)
      }
      return { id, found: true, value: parseAnswer(item, answer.Result, 'POST', `${object}/bulk`) }
    })
  }

  /**
   * Bulk UPDATE (the spec allows it for ProcessSchedules only, 15 objects a call): per-object
   * answers. Each object replaces state with the same body, so a call is retried like a read.
   */
  async bulkUpdate(object: string, bodies: readonly { id: string }[]): Promise<BulkUpdateItem[]> {
    const answers = await this.bulk(object, 'UPDATE', bodies.map((body) => ({ id: body.id, request: body })), BULK_UPDATE_LIMIT)
    return answers.map(({ id, answer }): BulkUpdateItem => (succeeded(answer) ? { id, ok: true } : { id, ok: false, ...refusal(answer) }))
  }

  private async bulk(
    object: string,
    type: 'GET' | 'UPDATE',
    requests: readonly { id: string; request: unknown }[],
    limit: number
  ): Promise<{ id: string; answer: BulkAnswer }[]> {
    const matched: { id: string; answer: BulkAnswer }[] = []
    for (let start = 0; start < requests.length; start += limit) {
      const batch = requests.slice(start, start + limit)
      const body = { type, request: batch.map((r) => r.request) }
      const context = { change: type !== 'GET' }
      const path = `${object}/bulk`
      const answer = await this.send('POST', path, { json: body, context }, bulkAnswerSchema, true)
      const answers = inRequestOrder(answer.response, batch.length, path, `bulk ${type} of ${object}`)
      batch.forEach(({ id }, i) => {
        const entry = answers[i]!
        // Where Boomi names the object (an error item), it must be the one asked for; its letter case may differ.
        if (entry.id !== undefined && entry.id.toLowerCase() !== id.toLowerCase()) {
          throw new BoomiApiError('schema', 'POST', path, 200, `answer ${i + 1} of the bulk ${type} names ${entry.id}, but request ${i + 1} was ${id}`)
        }
        matched.push({ id, answer: entry })
      })
    }
    return matched
  }

  /**
   * An update that replaces state with the same body each time (extensions, schedules):
   * repeating it after an ambiguous failure gives the same result, so it is retried like a read.
   */
  async update<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
    return this.send('POST', path, { json: body, context: { change: true } }, schema, true)
  }


  /**
   * A create is never repeated blindly: after any failure `recover` looks for what the create
   * would have made (it may have reached Boomi before the answer was lost, or a concurrent run
   * made it); only when nothing is found and the failure was transient is the create tried again.
   */
  async create<T>(path: string, body: unknown, schema: z.ZodType<T>, options: CreateOptions<T> = {}): Promise<T> {
    const { recover, mayStart } = options
    const started = performance.now()
    for (let attempt = 0; ; attempt++) {
      try {
        const context: RequestContext = { change: true, ...(mayStart ? { mayStart } : {}) }
        return await this.send('POST', path, { json: body, context }, schema, false)
      } catch (error) {
        if (!(error instanceof BoomiApiError) || error.kind === 'auth' || error.kind === 'forbidden') throw error
        const found = recover ? await recover(error) : undefined
        if (found !== undefined) return found
        const outOfTime = performance.now() - started > this.policy.budgetMs
        if (!error.transient || attempt >= this.policy.limit || outOfTime) throw error
        this.stats.retries++
        this.debug(`↻ create ${path} again after ${error.kind}; nothing was made`)
        await this.sleep(this.backoff(attempt + 1))
      }
    }
  }

  /**
   * DELETE one object; resolves on a 2xx status. The body is never read as JSON: Boomi answers
   * deletes with text such as `{true}`. Retried like a read: deleting twice removes the same
   * object, and a repeat that finds it gone fails with Boomi's 4xx, which the caller checks
   * against a fresh read (see apply/undeploy).
   */
  async delete(path: string, options: { mayStart?: () => boolean | Promise<boolean> } = {}): Promise<void> {
    const context: RequestContext = { change: true, ...(options.mayStart ? { mayStart: options.mayStart } : {}) }
    await this.request('DELETE', path, { context }, true)
  }

  private backoff(attempt: number): number {
    const ceiling = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1))
    return ceiling / 2 + Math.random() * (ceiling / 2)
  }

  private async send<T>(method: 'GET' | 'POST', path: string, options: Options, schema: z.ZodType<T>, retry: boolean): Promise<T> {
    const text = await this.request(method, path, options, retry)
    let json: unknown
    try {
      json = text ? JSON.parse(text) : undefined
    } catch (error) {
      throw new BoomiApiError('schema', method, path, 200, `not JSON: ${text.slice(0, 120)}`, { cause: error })
    }
    return parseAnswer(schema, json, method, path)
  }

  /** Sends one request (with retries when `retry`) and answers the body text of a 2xx answer. */
  private async request(method: 'GET' | 'POST' | 'DELETE', path: string, options: Options, retry: boolean): Promise<string> {
    const started = performance.now()
    const request: Options = {
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
    }
    try {
      const response = await this.http(path, request)
      return await response.text()
    } catch (error) {
      if (error instanceof ChangeNotStarted) throw error
      throw await toBoomiError(error, method, path, (options.context as RequestContext | undefined)?.change === true)
    }
  }
}

function succeeded(answer: BulkAnswer): boolean {
  return answer.statusCode >= 200 && answer.statusCode < 300
}

function refusal(answer: BulkAnswer): { message: string; status: number } {
  return { message: answer.errorMessage ?? `HTTP ${answer.statusCode}`, status: answer.statusCode }
}

/**
 * Bulk answers come in request order (the documented contract). Where every answer carries an
 * `index` that is a permutation of the positions, that order wins; a count that differs is an error.
 */
function inRequestOrder(answers: BulkAnswer[], expected: number, path: string, call: string): BulkAnswer[] {
  if (answers.length !== expected) {
    throw new BoomiApiError('schema', 'POST', path, 200, `${answers.length} answer(s) to a ${call} of ${expected} object(s); answers are matched by position, so none can be trusted`)
  }
  const indexes = answers.flatMap((a) => (a.index === undefined ? [] : [a.index]))
  const isPermutation = indexes.length === expected && new Set(indexes).size === expected && indexes.every((i) => i >= 0 && i < expected)
  if (!isPermutation) return answers
  const ordered: BulkAnswer[] = []
  answers.forEach((a, i) => (ordered[indexes[i]!] = a))
  return ordered
}

function parseAnswer<T>(schema: z.ZodType<T>, value: unknown, method: string, path: string): T {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const object = path.split('/')[0] ?? path
  const issue = parsed.error.issues[0]
  const field = issue?.path.length ? issue.path.join('.') : '(root)'
  throw new BoomiApiError('schema', method, path, 200, `${object} field '${field}': ${issue?.message ?? 'invalid'}`)
}

async function toBoomiError(error: unknown, method: string, path: string, change: boolean): Promise<BoomiApiError> {
  if (error instanceof HTTPError) {
    const body = await error.response.text().catch(() => '')
    const status = error.response.status
    const privilege = status === 403 ? privilegeFor(method, path, change) : undefined
    return new BoomiApiError(kindForStatus(status), method, path, status, extractBoomiMessage(body), { cause: error, privilege })
  }
  if (error instanceof TimeoutError) return new BoomiApiError('timeout', method, path, undefined, '', { cause: error })
  return new BoomiApiError('network', method, path, undefined, describeNetworkError(error), { cause: error })
}

/** fetch's own error says only "fetch failed": the reason (ECONNRESET, ENOTFOUND…) is its cause. */
function describeNetworkError(error: unknown): string {
  // Duck-typed, not instanceof Error: fetch's errors may come from another realm.
  const { cause, message } = (error ?? {}) as { cause?: { code?: string; message?: string }; message?: string }
  return cause?.code ?? cause?.message ?? message ?? String(error)
}
