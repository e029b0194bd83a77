/**
 * Checks of the text people write into publications and the forum. Text is stored and sent as
 * typed and shown as text, never as HTML (the console renders it through text nodes only), so
 * `<script>` is harmless characters; these checks only keep out what no one types: control
 * characters, and line breaks where one line is expected.
 *
 * @example
 *   const issues = textIssues('title', input.title, { max: 200 });
 *   if (issues.length > 0) throw new ValidationError(issues);
 */
import type { ValidationIssue } from '../../protocol/validation-types.ts';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- one line: no line breaks or tabs either
const CONTROL_ONE_LINE = /[\u0000-\u001f\u007f\u2028\u2029]/;

/** Line breaks as `\n`, no trailing spaces at either end. */
export function normaliseText(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim();
}

export function textIssues(
  path: string,
  value: unknown,
  options: { max: number; multiline?: boolean; optional?: boolean },
): ValidationIssue[] {
  if (value === undefined && options.optional) return [];
  if (typeof value !== 'string') return [{ path, rule: 'type', message: 'must be text' }];
  const text = normaliseText(value);
  if (text.length === 0 && !options.optional)
    return [{ path, rule: 'required', message: 'must not be empty' }];
  if (text.length > options.max)
    return [{ path, rule: 'max-length', message: `must be at most ${options.max} characters` }];
  if ((options.multiline ? CONTROL : CONTROL_ONE_LINE).test(text))
    return [
      {
        path,
        rule: 'control-characters',
        message: options.multiline
          ? 'must not hold control characters'
          : 'must be one line without control characters',
      },
    ];
  return [];
}
