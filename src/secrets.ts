// Every secret of the run goes through here: masked in the runner's logs by core.setSecret,
// and remembered, because the job summary and step outputs are files the runner does not mask.
import * as core from '@actions/core'

const known = new Set<string>()

export function maskSecret(value: string): void {
  // Very short values would mask ordinary text everywhere; Boomi secrets are never that short.
  if (value.length < 4 || known.has(value)) return
  known.add(value)
  core.setSecret(value)
}

/** Replaces every known secret in text meant for the summary or an output. */
export function redact(text: string): string {
  let result = text
  for (const secret of known) result = result.split(secret).join('***')
  return result
}
