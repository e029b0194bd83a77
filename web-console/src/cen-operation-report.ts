/**
 * Reading the report form of an operation room back into a report (`<cen-operation-room>` builds
 * the controls, `cen-operation-parts.ts`): controls are named `report.<key>`, a quantity adds
 * `report.<key>.unit`, a route `report.<key>.<n>`. Kept free of Lit and the catalogues, so it is
 * tested on its own.
 *
 * @example
 *   const { report, issues } = readReport(new FormData(form), template.fields, wordIssue);
 */
import {
  OPERATION_LIMITS,
  type OperationReport,
  type OperationReportValue,
  type OperationTemplateField,
} from '../../protocol/api.ts';
import type { ValidationIssue } from '../../protocol/validation-types.ts';

const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/**
 * The report a filled form holds, and what is missing or malformed (paths `report.<key>` and
 * rule names as the node gives them, plus `quantity-incomplete`, worded by `wording`). Empty
 * optional fields are left out.
 */
export function readReport(
  data: FormData,
  fields: readonly OperationTemplateField[],
  wording: (rule: string) => string = (rule) => rule,
): { report: OperationReport; issues: ValidationIssue[] } {
  const report: OperationReport = {};
  const issues: ValidationIssue[] = [];
  const problem = (key: string, rule: string) =>
    issues.push({ path: `report.${key}`, rule, message: wording(rule) });
  for (const field of fields) {
    const name = `report.${field.key}`;
    let value: OperationReportValue | undefined;
    if (field.type === 'quantity') {
      const amount = text(data, name);
      const unit = text(data, `${name}.unit`);
      if (amount !== '' || unit !== '') {
        const number = Number(amount);
        if (amount === '' || unit === '') {
          problem(field.key, 'quantity-incomplete');
          continue;
        }
        if (!Number.isFinite(number) || number <= 0) {
          problem(field.key, 'min');
          continue;
        }
        value = { value: number, unit };
      }
    } else if (field.type === 'route') {
      const countries: string[] = [];
      for (let i = 0; i < OPERATION_LIMITS.routeCountries; i++) {
        const code = text(data, `${name}.${i}`);
        if (code) countries.push(code);
      }
      if (countries.length > 0) value = countries;
    } else {
      const raw = text(data, name);
      if (raw !== '') {
        if (field.type === 'number') {
          const number = Number(raw);
          if (!Number.isFinite(number)) {
            problem(field.key, 'type');
            continue;
          }
          value = number;
        } else if (field.type === 'yes-no') value = raw === 'yes';
        else value = raw;
      }
    }
    if (value === undefined) {
      if (field.required) problem(field.key, 'required');
    } else report[field.key] = value;
  }
  return { report, issues };
}
