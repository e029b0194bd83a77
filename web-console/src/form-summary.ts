/**
 * What every form shows of the node's refusals: the summary above the form (what went wrong, a
 * reload button after a conflict, each refused field as a button that moves the focus to it), and
 * each control's label, messages and `aria-describedby`.
 *
 * @example
 *   failureSummary({ text: t('form.conflict'), reload: { label: t('form.reload'), run: reload }, … })
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ValidationIssue } from '../../protocol/api.ts';
import { issueText } from './i18n/issues.ts';

export interface FailureSummary {
  text: string;
  /** Offered after a conflict: load the stored version again. */
  reload?: { label: string; run: () => void } | undefined;
  /** The refused fields, when the node named them. */
  issues?: readonly ValidationIssue[] | undefined;
  fieldName: (path: string) => string;
  focusField: (path: string) => void;
}

export function failureSummary(summary: FailureSummary): TemplateResult {
  const { reload, issues = [] } = summary;
  return html`<div class="message error summary" role="alert" id="form-status" tabindex="-1">
    <p>${summary.text}</p>
    ${
      reload
        ? html`<button type="button" class="secondary" @click=${reload.run}>${reload.label}</button>`
        : nothing
    }
    ${
      issues.length > 0
        ? html`<ul>
            ${issues.map(
              (issue) =>
                html`<li>
                  <button type="button" @click=${() => summary.focusField(issue.path)}>
                    ${summary.fieldName(issue.path)}: ${issueText(issue)}
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </div>`;
}

/** The node's messages for one field, with the id its control points at in `aria-describedby`. */
export function fieldErrors(issues: readonly ValidationIssue[], path: string, id: string) {
  const mine = issues.filter((issue) => issue.path === path);
  if (mine.length === 0) return nothing;
  return html`<div class="field-error" id=${`${id}-error`}>
    ${mine.map((issue) => html`<div>${issueText(issue)}</div>`)}
  </div>`;
}

/** `aria-describedby` for a control: its hint and its errors, when it has them. */
export function describedBy(
  issues: readonly ValidationIssue[],
  path: string,
  id: string,
  hasHint: boolean,
): string | typeof nothing {
  const ids = [
    hasHint ? `${id}-hint` : '',
    issues.some((issue) => issue.path === path) ? `${id}-error` : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : nothing;
}

/** A control's label, with the required mark hidden from screen readers (the control says it). */
export function fieldLabel(id: string, text: string, required?: boolean) {
  return html`<label for=${id}
    >${text}${required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</label
  >`;
}
