// What a release needs from the repository: notes for its version in CHANGELOG.md (the release
// workflow publishes them), and third-party actions pinned by commit SHA in the workflows.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CHANGELOG, changelogSection } from '../../scripts/changelog-section.mjs'
import { ROOT, workflowFiles } from '../../scripts/lint-workflows.mjs'

const changelog = readFileSync(CHANGELOG, 'utf8')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; license: string }

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
