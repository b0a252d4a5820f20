#!/usr/bin/env node
// Prints the CHANGELOG.md section of one version (its text under `## [x.y.z]`, without the
// heading), for the release notes. Fails naming the fix when the section is missing or empty, so a
// release is never published without notes. Usage: node scripts/changelog-section.mjs 1.2.3
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const CHANGELOG = join(dirname(fileURLToPath(import.meta.url)), '..', 'CHANGELOG.md')

/**
 * The body of the `## [version]` section (a date or text after the heading is allowed), trimmed;
 * undefined when there is none.
 * @param {string} text
 * @param {string} version
 */
export function changelogSection(text, version) {
  const lines = text.split(/\r?\n/)
  const heading = (/** @type {string} */ line) => /^## \[([^\]]+)\]/.exec(line)?.[1]
  const start = lines.findIndex((line) => heading(line) === version)
  if (start === -1) return undefined
  const next = lines.findIndex((line, i) => i > start && heading(line) !== undefined)
  // Link references ([1.0.0]: https://…) close the last section.
  const body = lines.slice(start + 1, next === -1 ? undefined : next).filter((line) => !/^\[[^\]]+\]:\s/.test(line))
  return body.join('\n').trim()
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = process.argv[2]?.replace(/^v/, '')
  const notes = version ? changelogSection(readFileSync(CHANGELOG, 'utf8'), version) : undefined
  if (!notes) {
    console.log(
      `::error file=CHANGELOG.md::CHANGELOG.md has no notes for ${version ?? '(no version given)'}. ` +
        `Add a "## [${version}] - YYYY-MM-DD" section (move the Unreleased entries into it), commit, and tag that commit.`
    )
    process.exit(1)
  }
  console.log(notes)
}
