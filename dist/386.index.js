export const id = 386;
export const ids = [386];
export const modules = {

/***/ 1386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recordGithubDeployment: () => (/* binding */ recordGithubDeployment)
/* harmony export */ });
/* unused harmony exports GITHUB_DESCRIPTION_LIMIT, trimDescription */
/** GitHub rejects deployment and deployment-status descriptions longer than this. */
const GITHUB_DESCRIPTION_LIMIT = 140;
/** Per-request time limit: a slow GitHub API must not hold the job for long over a courtesy record. */
const REQUEST_TIMEOUT_MS = 30_000;
const ELLIPSIS = '…';
/**
 * Trim to at most `limit` characters (UTF-16 code units, which is also ≤ `limit` code points),
 * never splitting a surrogate pair, preferring to cut at a space so no ID is cut in half, and
 * marking the cut with an ellipsis.
 */
function trimDescription(text, limit = GITHUB_DESCRIPTION_LIMIT) {
    const flat = text.replace(/\s+/g, ' ').trim();
    if (flat.length <= limit)
        return flat;
    if (limit <= ELLIPSIS.length)
        return ELLIPSIS.slice(0, Math.max(0, limit));
    const budget = limit - ELLIPSIS.length;
    let kept = '';
    for (const ch of flat) {
        if (kept.length + ch.length > budget)
            break;
        kept += ch;
    }
    // Prefer a word boundary when one is in the second half, so a UUID isn't shown half-cut.
    const nextIsBoundary = flat.charAt(kept.length) === ' ';
    if (!nextIsBoundary) {
        const space = kept.lastIndexOf(' ');
        if (space >= budget / 2)
            kept = kept.slice(0, space);
    }
    kept = kept.replace(/[\s,;:]+$/u, '');
    return `${kept}${ELLIPSIS}`;
}
/** The IDs out of a "Boomi deployments: a, b, c" description; [] for any other wording. */
function idsFromDescription(description) {
    const match = /boomi deployments?\s*:\s*(.+)$/is.exec(description);
    if (!match?.[1])
        return [];
    return match[1]
        .split(/[\s,;]+/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0 && s !== ELLIPSIS);
}
/** Remove the token from any text that is about to be logged. */
function scrub(text, token) {
    return token.length >= 4 ? text.split(token).join('***') : text;
}
function errorStatus(error) {
    if (typeof error === 'object' && error !== null && 'status' in error) {
        const status = (error).status;
        if (typeof status === 'number')
            return status;
    }
    return undefined;
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/** A warning that says what failed and, for the usual causes, what to change. */
function explain(step, error, token) {
    const status = errorStatus(error);
    const detail = scrub(errorMessage(error), token);
    const hint = (() => {
        switch (status) {
            case 401:
                return 'the github-token was rejected (expired or invalid).';
            case 403:
                return 'the token may not write deployments: the job needs `permissions: deployments: write` (a pull request from a fork gets a read-only token).';
            case 404:
                return 'the repository was not found with this token: check github-token has access to this repository and the job has `permissions: deployments: write`.';
            case 409:
                return 'GitHub reported a conflict with the ref or environment.';
            case 422:
                return 'GitHub refused the request (an unknown ref, an invalid environment name, or an environment protection rule).';
            default:
                return status !== undefined && status >= 500 ? 'GitHub had a server error; it may succeed on a re-run.' : '';
        }
    })();
    const code = status !== undefined ? ` (HTTP ${status})` : '';
    return `GitHub deployment record: ${step} failed${code}: ${detail}${hint ? ` — ${hint}` : ''} (the Boomi deploy itself is not affected)`;
}
function runUrl(ctx, owner, repo) {
    if (!Number.isFinite(ctx.runId) || ctx.runId <= 0)
        return undefined;
    const server = (ctx.serverUrl || 'https://github.com').replace(/\/+$/, '');
    return `${server}/${owner}/${repo}/actions/runs/${ctx.runId}`;
}
/**
 * Create a GitHub deployment and its status for the Boomi target environment.
 * Never throws: every problem becomes a `log.warning`. The token is never logged.
 */
async function recordGithubDeployment(record, log) {
    const token = record.token;
    try {
        if (!token) {
            log.warning('GitHub deployment record: skipped, no github-token was given. The Boomi deploy itself is not affected.');
            return;
        }
        const environment = record.environment.trim();
        if (!environment) {
            log.warning('GitHub deployment record: skipped, the environment name is empty. The Boomi deploy itself is not affected.');
            return;
        }
        let github;
        try {
            github = await __webpack_require__.e(/* import() */ 157).then(__webpack_require__.bind(__webpack_require__, 157));
        }
        catch (error) {
            log.warning(explain('loading @actions/github', error, token));
            return;
        }
        const ctx = github.context;
        let owner;
        let repo;
        try {
            ;
            ({ owner, repo } = ctx.repo);
        }
        catch (error) {
            log.warning(explain('reading the repository (GITHUB_REPOSITORY)', error, token));
            return;
        }
        const ref = ctx.sha || ctx.ref;
        if (!ref) {
            log.warning('GitHub deployment record: skipped, neither GITHUB_SHA nor GITHUB_REF is set. The Boomi deploy itself is not affected.');
            return;
        }
        const description = trimDescription(record.description);
        const boomiDeploymentIds = [...(record.deploymentIds ?? idsFromDescription(record.description))];
        const logUrl = runUrl(ctx, owner, repo);
        const octokit = github.getOctokit(token, {
            log: {
                debug: () => { },
                info: () => { },
                warn: (m) => log.warning(scrub(String(m), token)),
                error: (m) => log.warning(scrub(String(m), token))
            }
        });
        let deploymentId;
        try {
            const created = await octokit.rest.repos.createDeployment({
                owner,
                repo,
                ref,
                environment,
                auto_merge: false,
                required_contexts: [],
                transient_environment: false,
                production_environment: /prod/i.test(environment),
                description,
                payload: { tool: 'boomi-deploy', boomiDeploymentIds },
                request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }
            });
            const data = created.data;
            const id = typeof data === 'object' && data !== null && 'id' in data ? (data).id : undefined;
            if (created.status === 202 || typeof id !== 'number') {
                const message = typeof data === 'object' && data !== null && 'message' in data ? String((data).message) : 'no deployment was created';
                log.warning(`GitHub deployment record: GitHub did not create a deployment for '${environment}' (HTTP ${created.status}): ${scrub(message, token)}. The Boomi deploy itself is not affected.`);
                return;
            }
            deploymentId = id;
        }
        catch (error) {
            log.warning(explain(`creating the deployment for '${environment}'`, error, token));
            return;
        }
        try {
            await octokit.rest.repos.createDeploymentStatus({
                owner,
                repo,
                deployment_id: deploymentId,
                state: record.state,
                description,
                ...(logUrl ? { log_url: logUrl } : {}),
                ...(record.environmentUrl ? { environment_url: record.environmentUrl } : {}),
                request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }
            });
        }
        catch (error) {
            log.warning(explain(`setting the status of deployment ${deploymentId} for '${environment}'`, error, token));
            return;
        }
        log.info(`GitHub deployment ${deploymentId} recorded for environment '${environment}' (${record.state}).`);
    }
    catch (error) {
        // Belt and braces: nothing in here may fail the Boomi deploy.
        log.warning(explain('recording the deployment', error, token));
    }
}


/***/ })

};
