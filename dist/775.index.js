export const id = 775;
export const ids = [775];
export const modules = {

/***/ 1775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DriftFound: () => (/* binding */ DriftFound),
  checkDrift: () => (/* binding */ checkDrift),
  describeDrift: () => (/* binding */ describeDrift)
});

// EXTERNAL MODULE: ./src/plan/extensions/index.ts + 8 modules
var extensions = __webpack_require__(4090);
// EXTERNAL MODULE: ./src/plan/schedule-fields.ts
var schedule_fields = __webpack_require__(7170);
// EXTERNAL MODULE: ./src/plan/schedule-words.ts
var schedule_words = __webpack_require__(402);
;// CONCATENATED MODULE: ./src/plan/drift.ts


const NOT_DEPLOYED = 'not deployed';
function deploymentDrift(facts) {
    const activeOf = (componentId) => facts.active.find((d) => d.componentId === componentId);
    const fromComponents = (facts.components ?? []).flatMap((component) => {
        const active = activeOf(component.componentId);
        if (facts.packageVersion !== undefined) {
            if (active?.packageVersion === facts.packageVersion)
                return [];
            return [row(component.name, 'package version', facts.packageVersion, active ? showDeployment(active) : NOT_DEPLOYED)];
        }
        if (active && component.version !== undefined && active.componentVersion === component.version)
            return [];
        const current = component.version === undefined ? 'the current revision' : `revision ${component.version} (current)`;
        return [row(component.name, 'revision', current, active ? showDeployment(active) : NOT_DEPLOYED)];
    });
    const fromPackages = (facts.givenPackages ?? []).flatMap(({ package: pkg, component }) => {
        const active = activeOf(pkg.componentId);
        if (active?.packageId === pkg.packageId)
            return [];
        return [row(component.name, 'package', showPackage(pkg), active ? showDeployment(active) : NOT_DEPLOYED)];
    });
    return [...fromComponents, ...fromPackages];
    function row(component, field, expected, live) {
        return { section: 'deployments', component, field, expected, live };
    }
}
function showPackage(pkg) {
    const revision = pkg.componentVersion === undefined ? '' : `, revision ${pkg.componentVersion}`;
    return `${pkg.packageVersion ?? '?'} (package ${pkg.packageId}${revision})`;
}
function showDeployment(active) {
    return `${showPackage({ ...active, packageVersion: active.packageVersion ?? '?' })}, deployed ${active.deployedDate ?? '?'} by ${active.deployedBy ?? '?'}`;
}
/**
 * The extensions check: the plan made on the live set, compared with that same set by the check
 * that follows a write. A named encrypted value compares by whether one is set, never by value.
 */
function extensionDrift(mismatches) {
    return mismatches.map((m) => ({
        section: 'extensions',
        component: `${m.component} (${m.section})`,
        field: m.field,
        expected: m.expected,
        live: m.actual
    }));
}
function scheduleDrift(pairs) {
    return pairs.flatMap(({ expected, live }) => {
        const component = `${expected.processName} on ${expected.runtimeName}`;
        const row = (field, wanted, found) => ({ section: 'schedules', component, field, expected: wanted, live: found });
        if (!live.schedules)
            return [row('schedules', showSchedules(expected.schedules), 'no schedule object (process not deployed there)')];
        const rows = [];
        if (!(0,schedule_fields/* sameSchedules */.Nt)(live.schedules.Schedule, expected.schedules)) {
            rows.push(row('schedules', showSchedules(expected.schedules), showSchedules(live.schedules.Schedule)));
        }
        const liveRetry = live.schedules.Retry?.maxRetry;
        if (expected.maxRetry !== undefined && liveRetry !== expected.maxRetry) {
            rows.push(row('retries', String(expected.maxRetry), liveRetry === undefined ? 'none' : String(liveRetry)));
        }
        if (expected.enabled !== undefined && live.status && live.status.enabled !== expected.enabled) {
            rows.push(row('enabled', showEnabled(expected.enabled), showEnabled(live.status.enabled)));
        }
        return rows;
    });
}
function showSchedules(schedules) {
    return schedules.length === 0 ? 'no schedule' : schedules.map(schedule_words/* describeSchedule */.B).join('; ');
}
function showEnabled(enabled) {
    return enabled ? 'enabled' : 'paused';
}

// EXTERNAL MODULE: ./src/read/extensions.ts + 1 modules
var read_extensions = __webpack_require__(8881);
// EXTERNAL MODULE: ./src/read/release.ts + 3 modules
var release = __webpack_require__(6397);
// EXTERNAL MODULE: ./src/read/schedules.ts + 1 modules
var schedules = __webpack_require__(1259);
;// CONCATENATED MODULE: ./src/check.ts





class DriftFound extends Error {
    name = 'DriftFound';
}
async function checkDrift(client, inputs, files, report) {
    const reads = await (0,release/* readReleaseFacts */.xS)(client, inputs);
    const environment = reads.environment;
    if (!environment)
        throw new Error('internal: check without an environment');
    report.environment = { id: environment.id, name: environment.name };
    const [extensions, schedules] = await Promise.all([
        files.extensions ? extensionsDrift(client, environment, files.extensions) : [],
        files.schedules ? schedulesDrift(client, environment, files.schedules) : []
    ]);
    const deployments = deploymentDrift({
        ...(reads.given ? { givenPackages: reads.given } : { components: reads.components }),
        ...(inputs.packageVersion ? { packageVersion: inputs.packageVersion } : {}),
        active: reads.activeInTarget ?? []
    });
    const differences = [...deployments, ...extensions, ...schedules];
    report.drift = { found: differences.length > 0, differences };
}
/** The failure of a check with fail-on-drift, one line per difference. */
function describeDrift(differences, environmentName) {
    const lines = differences.map((d) => `- ${d.section} › ${d.component} › ${d.field}: expected ${d.expected}, live ${d.live}`);
    return [`Drift in ${environmentName}: ${differences.length} difference(s) from the inputs (fail-on-drift).`, ...lines].join('\n');
}
async function extensionsDrift(client, environment, request) {
    const { current, plan } = await (0,read_extensions/* readExtensionsState */.Eb)(client, environment, request);
    return extensionDrift((0,extensions/* verifyExtensions */.uz)(current, plan));
}
async function schedulesDrift(client, environment, request) {
    const targets = await (0,schedules/* resolveSchedules */.n2)(client, environment, request, undefined);
    const live = await (0,schedules/* readLiveSchedules */.bU)(client, targets);
    return scheduleDrift(targets.map((target) => ({ expected: target, live: live(target) })));
}


/***/ })

};
