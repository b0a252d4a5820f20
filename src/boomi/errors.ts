// One error type for everything the Boomi API can answer, with the classification that the
// retry policy and the user-facing messages both need.

export type FailureKind =
  | 'auth' // 401: bad token or user name
  | 'forbidden' // 403: missing privilege or wrong account
  | 'not-found'
  | 'rate-limit' // 503 (or 429): Boomi's answer above the account's request rate
  | 'unavailable' // 502/504, other 5xx
  | 'client' // other 4xx: the request itself is wrong
  | 'network' // no answer: reset, refused, DNS
  | 'timeout'
  | 'schema' // an answer whose shape we do not understand

export class BoomiApiError extends Error {
  override name = 'BoomiApiError'
  constructor(
    readonly kind: FailureKind,
    readonly method: string,
    readonly path: string,
    readonly status: number | undefined,
    readonly boomiMessage: string,
    /** `privilege`: what the call needs, named when Boomi refuses it (403). */
    options?: { cause?: unknown; privilege?: string | undefined }
  ) {
    super(describe(kind, method, path, status, boomiMessage, options?.privilege), options)
  }

  /** True when the request may have reached Boomi without us seeing the answer. */
  get ambiguous(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'unavailable' || this.kind === 'rate-limit'
  }

  get transient(): boolean {
    return this.ambiguous
  }
}

export const AUTH_HELP =
  "Check the 'api-token' secret and the 'username' input: token authentication uses the user name " +
  "'BOOMI_TOKEN.<your Boomi user name>' (the action adds the prefix when it is missing) and a Platform API token " +
  'created under Settings › Account Information and Setup › Platform API Tokens, for the account in ' +
  "'account-id'. The user needs the API privilege plus Build Read Access, Packaged Component Management, Deploy and " +
  'Runtime Management (and Scheduling for schedules) in the target environments.'

function describe(kind: FailureKind, method: string, path: string, status: number | undefined, message: string, privilege?: string): string {
  const call = `${method} ${path}`
  const answer = status === undefined ? '' : ` (HTTP ${status})`
  const said = message ? `: ${message}` : ''
  switch (kind) {
    case 'auth':
      // Said once: Boomi's own text is often just "Unauthorized" too.
      return `Unauthorized${answer}: Boomi rejected the credentials on ${call}${/^\W*(401\W*)?unauthori[sz]ed\W*$/i.test(message) ? '' : said}. ${AUTH_HELP}`
    case 'forbidden':
      return privilege
        ? `Boomi refused ${call}${answer}${said}. This call needs ${privilege} for the token's user (in the target environment where Boomi scopes it), or 'account-id' is wrong. See the README's "Boomi privileges" section for what each mode needs.`
        : `Boomi refused ${call}${answer}${said}. The user lacks a privilege for this account or environment, or 'account-id' is wrong. ${AUTH_HELP}`
    case 'rate-limit':
      return `Boomi's rate limit was still exceeded after retries on ${call}${answer}${said}. Lower 'max-requests-per-second' or retry later.`
    case 'network':
    case 'timeout':
      return `No answer from Boomi on ${call} (${kind})${said}. Check 'base-url' and Boomi's status page, then re-run: completed steps are reused.`
    case 'schema':
      return `Boomi's answer to ${call} has an unexpected shape${said}`
    default:
      return `Boomi answered ${call}${answer}${said}`
  }
}

export function kindForStatus(status: number): FailureKind {
  if (status === 401) return 'auth'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not-found'
  if (status === 503 || status === 429) return 'rate-limit'
  if (status >= 500) return 'unavailable'
  return 'client'
}

/**
 * Boomi's message from any of its error body shapes: `{message}`, `{error:{message}}`,
 * `{"@type":"Error",message}`, XML `<message>`, or a gateway's plain text.
 */
export function extractBoomiMessage(body: string): string {
  const text = body.trim()
  if (!text) return ''
  try {
    const parsed: unknown = JSON.parse(text)
    const message = messageOf(parsed) ?? messageOf((parsed as { error?: unknown } | null)?.error)
    if (message) return message
    if (typeof parsed === 'string') return parsed
  } catch {
    // not JSON: fall through to XML / text
  }
  const xml = /<message>([\s\S]*?)<\/message>/i.exec(text)
  if (xml?.[1]) return decodeXml(xml[1].trim())
  const plain = text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()
  return plain.length > 300 ? `${plain.slice(0, 300)}…` : plain
}

function messageOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'message' in value) {
    const message = (value).message
    if (typeof message === 'string' && message) return message
  }
  return undefined
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}
