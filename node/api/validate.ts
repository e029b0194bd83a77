/**
 * `validate({ query, params })`: a middleware factory that parses the query string and route
 * parameters with zod schemas before the handler runs, refusing bad input with a
 * `ValidationError` that names each offending parameter (unknown ones included). The parsed,
 * typed values land in `ctx.state.input`.
 *
 * @example
 *   router.get('/', validate({ query: z.object({ limit: z.coerce.number() }).strict() }), (ctx) => {
 *     ctx.body = ctx.state.input.query.limit;
 *   });
 */
import type { Next } from 'koa';
import type { RouterContext } from '@koa/router';
import type { z } from 'zod';
import type { ValidationIssue } from '../../protocol/validation-types.ts';
import { ValidationError } from '../errors.ts';
import type { ApiState } from './state.ts';

/** `items[0].commodity` from ['items', 0, 'commodity']. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

function ruleOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'type';
    case 'too_small':
      return 'min';
    case 'too_big':
      return 'max';
    case 'invalid_value':
      return 'vocabulary';
    case 'invalid_format':
      return 'pattern';
    case 'custom':
      return typeof issue.params?.rule === 'string' ? issue.params.rule : 'invalid';
    default:
      return 'invalid';
  }
}

/** Zod's issues as the node's `ValidationIssue`s; an unknown key becomes one issue per key. */
export function toValidationIssues(error: z.ZodError, what = 'field'): ValidationIssue[] {
  return error.issues.flatMap((issue): ValidationIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        rule: 'unknown-field',
        message: `unknown ${what} ${JSON.stringify(key)}`,
      }));
    }
    return [{ path: formatPath(issue.path), rule: ruleOf(issue), message: issue.message }];
  });
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what = 'field'): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(toValidationIssues(result.error, what));
  return result.data;
}

export interface ValidatedInput<Q, P> {
  query: Q;
  params: P;
}

export type ValidatedState<Q, P> = ApiState & { input: ValidatedInput<Q, P> };

export function validate<Q = Record<string, never>, P = Record<string, string>>(schemas: {
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
}) {
  return async function validateInput(ctx: RouterContext<ValidatedState<Q, P>>, next: Next): Promise<void> {
    const issues: ValidationIssue[] = [];
    const parse = <T>(schema: z.ZodType<T> | undefined, value: unknown, what: string): T => {
      if (!schema) return value as T;
      const result = schema.safeParse(value);
      if (result.success) return result.data;
      issues.push(...toValidationIssues(result.error, what));
      return undefined as T;
    };
    const query = parse(schemas.query, { ...ctx.query }, 'query parameter');
    const params = parse(schemas.params, { ...ctx.params }, 'path parameter');
    if (issues.length > 0) throw new ValidationError(issues);
    ctx.state.input = { query, params };
    await next();
  };
}
