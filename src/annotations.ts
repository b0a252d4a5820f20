// A place in a user's file as the runner's annotation properties (file=, line=), so an error or
// warning about an extensions or schedules file annotates that line of a pull request's diff.
import type { FileLocation } from './config/load-file.js'
import type { AnnotationProperties } from '@actions/core'

export function annotationAt(location: FileLocation | undefined): AnnotationProperties {
  if (!location) return {}
  return { file: location.file, ...(location.line !== undefined ? { startLine: location.line } : {}) }
}
