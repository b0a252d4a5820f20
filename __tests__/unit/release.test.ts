// What a release needs from the repository: notes for its version in CHANGELOG.md (the release
// workflow publishes them), and third-party actions pinned by commit SHA in the workflows.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CHANGELOG, changelogSection } from '../../scripts/changelog-section.mjs'
import { ROOT, workflowFiles } from '../../scripts/lint-workflows.mjs'

const changelog = readFileSync(CHANGELOG, 'utf8')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; license: string; engines: { node: string } }

/** Enough of npm's range grammar for engines: `^X[.Y.Z]` and `>=X[.Y.Z]` alternatives joined by `||`. */
function admits(range: string, version: string): boolean {
  const parse = (v: string) => v.split('.').map(Number).concat(0, 0).slice(0, 3) as [number, number, number]
  const compare = (a: number[], b: number[]) => a.reduce((d, x, i) => d || x - b[i]!, 0)
  const v = parse(version)
  return range.split('||').some((alternative) => {
    const m = /^\s*(\^|>=)(\d+(?:\.\d+){0,2})\s*$/.exec(alternative)
    if (!m) throw new Error(`engines: '${alternative}' is not a form this test reads`)
    const min = parse(m[2]!)
    return compare(v, min) >= 0 && (m[1] === '>=' || v[0] === min[0])
  })
}

test('CHANGELOG.md has notes for the version in package.json, and an Unreleased section', () => {
  expect(changelogSection(changelog, pkg.version)).toMatch(/\S/)
  expect(changelog).toMatch(/^## \[Unreleased\]$/m)
})

test('a section ends at the next version or at the link references, and may carry a date', () => {
  const text = [
    '# Changelog',
    '## [Unreleased]',
    '- next',
    '## [1.1.0] - 2026-12-01',
    '### Fixed',
    '- a fix',
    '',
    '## [1.0.0]',
    'First.',
    '',
    '[1.1.0]: https://example.test/compare/v1.0.0...v1.1.0'
  ].join('\n')
  expect(changelogSection(text, '1.1.0')).toBe('### Fixed\n- a fix')
  expect(changelogSection(text, '1.0.0')).toBe('First.')
  expect(changelogSection(text, '1.0')).toBeUndefined()
  expect(changelogSection(text, '2.0.0')).toBeUndefined()
})

test('LICENSE is the licence package.json names', () => {
  expect(pkg.license).toBe('MIT')
  expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} boomi-deploy contributors\n/)
})

test("this repository's workflows pin every action by full commit SHA, with its version in a comment", () => {
  const uses = workflowFiles()
    .filter((file) => file.startsWith('.github/'))
    .flatMap((file) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].map((m) => ({ file, ref: m[1]!, rest: m[2]! })))
  const thirdParty = uses.filter((u) => !u.ref.startsWith('./'))
  expect(thirdParty.length).toBeGreaterThan(0)
  for (const use of thirdParty) {
    expect(`${use.file}: ${use.ref}`).toMatch(/@[0-9a-f]{40}$/)
    expect(`${use.file}: ${use.ref}${use.rest}`).toMatch(/ # v\d+\.\d+\.\d+$/)
  }
})

test('the Node versions agree: action.yml runs on .node-version, and engines admits it and the oldest Node CI installs on', () => {
  const nodeVersion = readFileSync(join(ROOT, '.node-version'), 'utf8').trim()
  const major = nodeVersion.split('.')[0]
  expect(readFileSync(join(ROOT, 'action.yml'), 'utf8')).toMatch(new RegExp(`^\\s+using:\\s*['"]?node${major}['"]?\\s*$`, 'm'))
  expect(admits(pkg.engines.node, nodeVersion)).toBe(true)
  const ci = readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8')
  const oldest = /node-version:\s*(\d+)\.x/.exec(ci)?.[1]
  expect(oldest).toBeDefined()
  // The newest release of the oldest major CI uses; the .12.1 floor is nock's and must be admitted.
  expect(admits(pkg.engines.node, `${oldest}.99.0`)).toBe(true)
  expect(admits(pkg.engines.node, `${oldest}.12.1`)).toBe(true)
  expect(admits(pkg.engines.node, '18.20.0')).toBe(false)
})
