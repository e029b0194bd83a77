/**
 * The summary above a form the node refused, shared by every form: what went wrong, a reload
 * button after a conflict, and each refused field as a button that moves the focus to it.
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
