// QueryFilter expressions (Boomi's grammar: simple expressions and and/or groups that nest),
// and the shape of a query page.
import { z } from 'zod'
import { list } from './zod-helpers.js'

export type Operator =
  | 'EQUALS'
  | 'NOT_EQUALS'
  | 'LIKE'
  | 'IS_NULL'
  | 'IS_NOT_NULL'
  | 'CONTAINS'
  | 'NOT_CONTAINS'
  | 'GREATER_THAN'
  | 'GREATER_THAN_OR_EQUAL'
  | 'LESS_THAN'
  | 'LESS_THAN_OR_EQUAL'
  | 'BETWEEN'

export interface SimpleExpression {
  property: string
  operator: Operator
  argument: string[]
}
export interface GroupingExpression {
  operator: 'and' | 'or'
  nestedExpression: Expression[]
}
export type Expression = SimpleExpression | GroupingExpression

export function eq(property: string, value: string | boolean): SimpleExpression {
  // The schema types every argument as a string, booleans included.
  return { property, operator: 'EQUALS', argument: [String(value)] }
}

export function and(...nested: Expression[]): Expression {
  return nested.length === 1 ? nested[0]! : { operator: 'and', nestedExpression: nested }
}

export function or(...nested: Expression[]): Expression {
  return nested.length === 1 ? nested[0]! : { operator: 'or', nestedExpression: nested }
}

/** `property` equals any of `values`: one OR group instead of one query per value. */
export function anyOf(property: string, values: readonly string[]): Expression {
  return or(...[...new Set(values)].map((value) => eq(property, value)))
}

export function queryBody(expression: Expression | undefined): { QueryFilter: { expression: Expression } } | Record<string, never> {
  return expression ? { QueryFilter: { expression } } : {}
}

export function queryPageSchema<T extends z.ZodType>(item: T) {
  return z.looseObject({
    numberOfResults: z.number().optional(),
    queryToken: z.string().optional(),
    result: list(item)
  })
}

/** Splits values into chunks so that an OR group stays a reasonable request size. */
export function chunk<T>(values: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < values.length; i += size) chunks.push(values.slice(i, i + size))
  return chunks
}
