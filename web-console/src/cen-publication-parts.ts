/**
 * What the publication screens share: the body's small markup turned into elements (never into
 * HTML strings, so whatever the text holds is shown as typed), labels of kinds and states, and
 * their styles.
 *
 * The markup: blank lines separate paragraphs, a paragraph whose lines all start with `- ` is a
 * list, and `**…**` is bold. Nothing else means anything.
 *
 * @example
 *   html`<div class="body">${publicationBody(detail.body)}</div>`
 */
import { css, html, type TemplateResult } from 'lit';
import type { PublicationKind, PublicationState } from '../../protocol/api.ts';
import { badge } from './exchange-parts.ts';
import { t } from './i18n/index.ts';

function inline(text: string): (string | TemplateResult)[] {
  // Odd pieces were between a pair of `**`; a lone `**` stays as typed.
  const pieces = text.split('**');
  if (pieces.length % 2 === 0) return [text];
  return pieces.map((piece, i) => (i % 2 === 1 ? html`<strong>${piece}</strong>` : piece));
}

export function publicationBody(body: string): TemplateResult[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((line) => line.startsWith('- ')))
        return html`<ul>
          ${lines.map((line) => html`<li>${inline(line.slice(2))}</li>`)}
        </ul>`;
      return html`<p>${lines.map((line, i) => html`${i > 0 ? html`<br />` : ''}${inline(line)}`)}</p>`;
    });
}

export const kindLabel = (kind: PublicationKind): string => t(`publications.kinds.${kind}`);

export function stateBadge(state: PublicationState): TemplateResult {
  const kind = state === 'published' ? 'good' : state === 'withdrawn' ? 'bad' : 'waiting';
  return badge(t(`publications.states.${state}`), kind);
}

export const publicationStyles = css`
  .body {
    max-inline-size: 48rem;
    line-height: 1.5;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .meta {
    color: var(--cen-muted, #555);
    margin-block-end: 1rem;
  }
  ul.files {
    padding-inline-start: 1.25rem;
  }
`;
