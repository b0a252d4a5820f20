// The workflows this repository ships — its CI and the examples users copy — are code too:
// actionlint must find nothing in them, and every use of the action must match action.yml, which
// actionlint cannot check (it does not know acme/boomi-deploy, and `uses: ./` is not read by its
// WebAssembly build). The caller example is checked against the reusable workflow it calls.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { formatFinding, lintWorkflows, ROOT, workflowFiles } from '../../scripts/lint-workflows.mjs'

type Json = Record<string, unknown>

const ACTION_REF = /^acme\/boomi-deploy@/
const REUSABLE_REF = /^acme\/boomi-workflows\/\.github\/workflows\/reusable-boomi-deploy\.yml@/
const STEP_OUTPUT = /\bsteps\.([A-Za-z_][\w-]*)\.outputs(?:\.([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\])/g
const NEEDS_OUTPUT = /\bneeds\.([A-Za-z_][\w-]*)\.outputs(?:\.([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\])/g
const JOBS_OUTPUT = /\bjobs\.([A-Za-z_][\w-]*)\.outputs(?:\.([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\])/g

const EXPECTED_FILES = [
  '.github/workflows/ci.yml',
  'examples/caller-in-another-repo.yml',
  'examples/check-on-pull-request.yml',
  'examples/deploy-to-test.yml',
  'examples/drift-check-nightly.yml',
  'examples/dry-run-on-pull-request.yml',
  'examples/promote.yml',
  'examples/release-manifest.yml',
  'examples/retire-component.yml',
  'examples/reusable-boomi-deploy.yml',
  'examples/rollback.yml'
]

const files = workflowFiles()
const sources = new Map(files.map((file) => [file, readFileSync(join(ROOT, file), 'utf8')]))
const workflows = new Map(files.map((file) => [file, parse(sources.get(file)!) as Json]))

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { required?: boolean }>; outputs: Json }
const actionInputs = Object.keys(action.inputs)
const requiredInputs = actionInputs.filter((name) => action.inputs[name]?.required === true)
const actionOutputs = Object.keys(action.outputs)

const reusable = workflows.get('examples/reusable-boomi-deploy.yml')
const reusableCall = ((reusable?.on as Json | undefined)?.workflow_call ?? {}) as {
  inputs?: Record<string, { required?: boolean }>
  secrets?: Record<string, { required?: boolean }>
  outputs?: Record<string, { value?: string }>
}

function jobsOf(workflow: Json): [string, Json][] {
  return Object.entries((workflow.jobs ?? {}) as Record<string, Json>)
}

function stepsOf(job: Json): Json[] {
  return (job.steps ?? []) as Json[]
}

/** A step that runs this action: acme/boomi-deploy@…, or `./` in this repository's own workflows. */
function isActionStep(file: string, step: Json): boolean {
  const uses = step.uses
  return typeof uses === 'string' && (ACTION_REF.test(uses) || (uses === './' && file.startsWith('.github/')))
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

function references(pattern: RegExp, value: unknown): { id: string; name: string }[] {
  return strings(value).flatMap((text) => [...text.matchAll(pattern)].map((m) => ({ id: m[1]!, name: (m[2] ?? m[3])! })))
}

/** Every place the action is used, as `file › job › step`. */
const actionSteps = files.flatMap((file) =>
  jobsOf(workflows.get(file)!).flatMap(([jobId, job]) =>
    stepsOf(job)
      .filter((step) => isActionStep(file, step))
      .map((step) => ({ file, jobId, job, step, where: `${file} › ${jobId} › ${String(step.id ?? step.name ?? step.uses)}` }))
  )
)

describe('actionlint over .github/workflows and examples', () => {
  test('covers CI and every example', () => {
    expect(files).toEqual(expect.arrayContaining(EXPECTED_FILES))
    expect(files.some((f) => /^examples\/rollback\.ya?ml$/.test(f) || f === 'examples/promote.yml')).toBe(true)
  })

  test('finds nothing', async () => {
    const findings = await lintWorkflows(files)
    expect(findings.map(formatFinding)).toEqual([])
  })

  test('really runs: it reports a broken workflow and accepts the vars context', async () => {
    const broken = [
      'on: push',
      'permissions:',
      '  contents: read',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ needs.nope.outputs.ids }}"',
      '      - run: echo "$ACCOUNT"',
      '        env:',
      '          ACCOUNT: ${{ var.BOOMI_ACCOUNT_ID }}',
      '          USERNAME: ${{ vars.BOOMI_USERNAME }}'
    ].join('\n')
    const findings = await lintWorkflows([{ file: 'examples/broken.yml', source: broken }])
    expect(findings.map((f) => [f.file, f.line, f.kind, f.message])).toEqual([
      ['examples/broken.yml', 8, 'expression', expect.stringContaining('property "nope" is not defined')],
      ['examples/broken.yml', 11, 'expression', expect.stringContaining('undefined variable "var"')]
    ])
  })
})

describe('uses of the action match action.yml', () => {
  test('the action is used in CI and in the examples', () => {
    const usedIn = new Set(actionSteps.map((s) => s.file))
    for (const file of EXPECTED_FILES.filter((f) => f !== 'examples/caller-in-another-repo.yml')) expect(usedIn).toContain(file)
  })

  test.each(actionSteps.map((s) => [s.where, s] as const))('%s passes only inputs action.yml declares, and the required ones', (_where, { step }) => {
    const given = Object.keys((step.with ?? {}))
    expect(given.filter((name) => !actionInputs.includes(name))).toEqual([])
    expect(requiredInputs.filter((name) => !given.includes(name))).toEqual([])
  })

  test('examples use the published major tag, the Boomi variables and a secret for the token', () => {
    for (const { file, step, where } of actionSteps.filter((s) => s.file.startsWith('examples/'))) {
      const inputs = step.with as Record<string, string>
      expect([where, step.uses]).toEqual([where, 'acme/boomi-deploy@v1'])
      expect([where, inputs['api-token']]).toEqual([where, expect.stringMatching(/^\$\{\{\s*secrets\.[A-Z_]+\s*\}\}$/)])
      if (file !== 'examples/reusable-boomi-deploy.yml') {
        expect([where, inputs['account-id'], inputs.username]).toEqual([where, '${{ vars.BOOMI_ACCOUNT_ID }}', '${{ vars.BOOMI_USERNAME }}'])
      }
    }
  })

  test('steps.<id>.outputs.X of an action step name outputs action.yml declares', () => {
    const bad: string[] = []
    let checked = 0
    for (const file of files) {
      for (const [jobId, job] of jobsOf(workflows.get(file)!)) {
        const ids = new Set(stepsOf(job).filter((step) => isActionStep(file, step)).map((step) => String(step.id)))
        for (const ref of references(STEP_OUTPUT, job)) {
          if (!ids.has(ref.id)) continue
          checked++
          if (!actionOutputs.includes(ref.name)) bad.push(`${file} › ${jobId}: steps.${ref.id}.outputs.${ref.name}`)
        }
      }
    }
    expect(bad).toEqual([])
    expect(checked).toBeGreaterThan(10)
  })

  test('needs.<job>.outputs.X name outputs that job has, each mapped from a real output of the action', () => {
    const bad: string[] = []
    let checked = 0
    for (const file of files) {
      const jobs = new Map(jobsOf(workflows.get(file)!))
      for (const [jobId, job] of jobs) {
        for (const ref of references(NEEDS_OUTPUT, job)) {
          const needed = jobs.get(ref.id)
          const where = `${file} › ${jobId}: needs.${ref.id}.outputs.${ref.name}`
          checked++
          if (!needed) {
            bad.push(`${where} (no job ${ref.id})`)
          } else if (typeof needed.uses === 'string' && REUSABLE_REF.test(needed.uses)) {
            if (!Object.keys(reusableCall.outputs ?? {}).includes(ref.name)) bad.push(`${where} (not an output of the reusable workflow)`)
          } else {
            const value = ((needed.outputs ?? {}) as Record<string, string>)[ref.name]
            if (value === undefined) bad.push(`${where} (job ${ref.id} has no such output)`)
            const actionIds = new Set(stepsOf(needed).filter((step) => isActionStep(file, step)).map((step) => String(step.id)))
            for (const source of references(STEP_OUTPUT, value)) {
              if (actionIds.has(source.id) && !actionOutputs.includes(source.name)) bad.push(`${where} (maps steps.${source.id}.outputs.${source.name})`)
            }
          }
        }
      }
    }
    expect(bad).toEqual([])
    expect(checked).toBeGreaterThan(0)
  })
})

describe('the reusable workflow and its caller', () => {
  test('workflow_call outputs map the deploy job outputs, which map the action outputs', () => {
    const jobs = new Map(jobsOf(reusable!))
    const outputs = reusableCall.outputs ?? {}
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['package-ids', 'deployment-ids', 'result']))
    for (const [name, { value }] of Object.entries(outputs)) {
      const refs = references(JOBS_OUTPUT, value)
      expect([name, refs.length]).toEqual([name, 1])
      const job = jobs.get(refs[0]!.id)
      const jobOutput = ((job?.outputs ?? {}) as Record<string, string>)[refs[0]!.name]
      expect([name, references(STEP_OUTPUT, jobOutput).map((r) => actionOutputs.includes(r.name))]).toEqual([name, [true]])
    }
  })

  test('its job runs in the GitHub environment given by the caller and needs the token secret', () => {
    const [, job] = jobsOf(reusable!)[0]!
    expect(job.environment).toBe('${{ inputs.github-environment }}')
    expect(reusableCall.secrets?.BOOMI_API_TOKEN?.required).toBe(true)
    expect(Object.keys(reusableCall.inputs ?? {})).toEqual(
      expect.arrayContaining(['environment', 'github-environment', 'component-ids', 'package-ids', 'package-version', 'require-deployed-in', 'dry-run'])
    )
  })

  const calls = files.flatMap((file) =>
    jobsOf(workflows.get(file)!)
      .filter(([, job]) => typeof job.uses === 'string' && REUSABLE_REF.test(job.uses))
      .map(([jobId, job]) => [`${file} › ${jobId}`, job] as const)
  )

  test('the caller example calls it twice (TEST, then PROD with the TEST package-ids)', () => {
    expect(calls.map(([where]) => where)).toEqual(['examples/caller-in-another-repo.yml › test', 'examples/caller-in-another-repo.yml › prod'])
    const prod = calls[1]![1]
    expect((prod.with as Json)['package-ids']).toBe('${{ needs.test.outputs.package-ids }}')
  })

  test.each(calls)('%s passes declared inputs (the required ones too) and the secrets it needs', (_where, job) => {
    const declared = reusableCall.inputs ?? {}
    const given = Object.keys((job.with ?? {}))
    expect(given.filter((name) => !(name in declared))).toEqual([])
    expect(Object.keys(declared).filter((name) => declared[name]?.required === true && !given.includes(name))).toEqual([])
    if (job.secrets !== 'inherit') {
      const secrets = reusableCall.secrets ?? {}
      const passed = Object.keys((job.secrets ?? {}))
      expect(passed.filter((name) => !(name in secrets))).toEqual([])
      expect(Object.keys(secrets).filter((name) => secrets[name]?.required === true && !passed.includes(name))).toEqual([])
    }
  })
})

describe('least privilege and pinning', () => {
  test.each(files)('%s sets top-level permissions and grants no write', (file) => {
    const permissions = workflows.get(file)!.permissions
    expect(permissions).toBeDefined()
    expect(permissions).not.toBe('write-all')
    expect(Object.entries((permissions ?? {}) as Record<string, string>).filter(([, level]) => level === 'write')).toEqual([])
  })

  test.each(files)('%s pins third-party actions by commit SHA with a version comment', (file) => {
    const uses = sources
      .get(file)!
      .split('\n')
      .flatMap((line) => {
        const m = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line)
        return m ? [{ ref: m[1]!, rest: m[2]! }] : []
      })
      .filter(({ ref }) => !ref.startsWith('./') && !ref.startsWith('acme/'))
    for (const { ref, rest } of uses) {
      expect([file, ref]).toEqual([file, expect.stringMatching(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)])
      expect([file, ref, rest]).toEqual([file, ref, expect.stringMatching(/^\s+#\s*v\d+/)])
    }
  })
})

describe('examples a user copies are right', () => {
  /** Every deploy in the examples: the action's steps and the reusable workflow's callers, with their inputs. */
  const deploys = [
    ...actionSteps.filter((s) => s.file.startsWith('examples/')).map((s) => ({ where: s.where, with: (s.step.with ?? {}) as Json })),
    ...files
      .filter((file) => file.startsWith('examples/'))
      .flatMap((file) =>
        jobsOf(workflows.get(file)!)
          .filter(([, job]) => typeof job.uses === 'string' && REUSABLE_REF.test(job.uses))
          .map(([jobId, job]) => ({ where: `${file} › ${jobId}`, with: (job.with ?? {}) as Json }))
      )
  ]

  test("each deploy to an environment uses that environment's own extensions and schedules files", () => {
    const checked = deploys.filter((d) => typeof d.with.environment === 'string' && !String(d.with.environment).includes('${{'))
    expect(checked.map((d) => d.with.environment)).toEqual(expect.arrayContaining(['TEST', 'PROD']))
    for (const deploy of checked) {
      const prefix = `boomi/${String(deploy.with.environment).toLowerCase()}.`
      for (const input of ['extensions', 'schedules']) {
        const path: unknown = deploy.with[input]
        if (path !== undefined) expect([deploy.where, input, typeof path === 'string' && path.startsWith(prefix)]).toEqual([deploy.where, input, true])
      }
    }
  })

  test('a rollback waiting for approval is never cancelled by a newer promotion: its own concurrency group', () => {
    const groupsOf = (file: string) =>
      jobsOf(workflows.get(file)!).map(([, job]) => (job.concurrency as { group?: string; 'cancel-in-progress'?: boolean } | undefined))
    const rollback = groupsOf('examples/rollback.yml')
    const promote = groupsOf('examples/promote.yml').map((c) => c?.group)
    expect(rollback).toHaveLength(1)
    expect(rollback[0]?.group).toBeDefined()
    expect(promote).not.toContain(rollback[0]!.group)
    expect(rollback[0]?.['cancel-in-progress']).toBe(false)
    expect(sources.get('examples/rollback.yml')).toMatch(/How it is protected/)
  })

  test('the quick start keeps what is released in a repository file, not in a repository variable', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const quickStart = readme.split('## Quick start\n')[1]!.split('\n## ')[0]!
    expect(quickStart).toMatch(/^\s+release: boomi\/release\.yml$/m)
    expect(quickStart).not.toMatch(/component-ids:|components:\s*\$\{\{ vars\./)
    expect(readme).not.toMatch(/(component-ids|components): \$\{\{ vars\./)
  })
})
