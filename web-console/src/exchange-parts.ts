/**
 * Template parts the exchange screens share (peers, agreements, proposals, inbox, a case's
 * shares, queries): a node id shortened with a copy button, times relative to now with the exact
 * time beside them, status badges that say their state in words (colour only repeats it), the
 * validity of an agreement as a bar on a common time scale, and the reasons a transfer is refused,
 * in words an officer understands.
 *
 * @example
 *   const scale = timelineScale(agreements.map((a) => a.validity));
 *   html`${statusBadge(a.status)} ${validityBar(a.validity, scale, a.status)} ${nodeIdParts(a.peer.nodeId)}`
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import './cen-copy-button.ts';
import { formatDateTime, formatRelativeTime, t, tOptional } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';

/** `12D3KooW…x4Fq2b`: all node ids start alike, so the end is what tells two apart. */
export function shortNodeId(nodeId: string): string {
  return nodeId.length > 18 ? `${nodeId.slice(0, 8)}…${nodeId.slice(-6)}` : nodeId;
}

/** A node id, shortened (the full id in its title) with a button that copies the full id. */
export function nodeIdParts(nodeId: string): TemplateResult {
  return html`<span class="node-id"
    ><bdi class="mono" title=${nodeId}>${shortNodeId(nodeId)}</bdi>
    <cen-copy-button
      .value=${nodeId}
      label=${t('exchange.nodeIdOf', { id: shortNodeId(nodeId) })}
    ></cen-copy-button
  ></span>`;
}

/** "3 minutes ago", with the exact time as its machine-readable value and on hover. */
export function relativeTime(instant: string | undefined): TemplateResult | typeof nothing {
  if (!instant) return nothing;
  return html`<time datetime=${instant} title=${formatDateTime(instant)}
    >${formatRelativeTime(instant)}</time
  >`;
}

export interface Sender {
  nodeId: string;
  country: string;
  name?: string | undefined;
}

/** "Tanzania Revenue Authority (Tanzania)", or the country alone when the partner gave no name. */
export function senderText(owner: Sender): string {
  const country = label('country', owner.country);
  if (owner.name) return country ? `${owner.name} (${country})` : owner.name;
  return country || shortNodeId(owner.nodeId);
}

/** A state in words inside a coloured pill; `kind` picks the colour (good, bad, waiting, neutral). */
export function badge(text: string, kind: 'good' | 'bad' | 'waiting' | 'neutral'): TemplateResult {
  return html`<span class="badge ${kind}">${text}</span>`;
}

const AGREEMENT_STATUS_KIND: Readonly<Record<string, 'good' | 'bad' | 'waiting' | 'neutral'>> = {
  active: 'good',
  revoked: 'bad',
  'not-yet-valid': 'waiting',
  expired: 'neutral',
};

export function agreementStatusBadge(status: string): TemplateResult {
  return badge(tOptional(`agreements.status.${status}`, status), AGREEMENT_STATUS_KIND[status] ?? 'neutral');
}

export const modeLabel = (mode: string) => tOptional(`exchange.modes.${mode}`, mode);

/** The time span a set of validity bars share, so that bars in one table compare at a glance. */
export interface TimelineScale {
  start: number;
  end: number;
}

export function timelineScale(
  ranges: readonly { from: string; until: string }[],
  now: number = Date.now(),
): TimelineScale {
  const times = ranges.flatMap((range) => [Date.parse(range.from), Date.parse(range.until)]);
  const finite = [...times.filter(Number.isFinite), now];
  const start = Math.min(...finite);
  const end = Math.max(...finite);
  // A single instant would divide by zero: give the scale a day either side.
  return end > start ? { start, end } : { start: start - 86_400_000, end: end + 86_400_000 };
}

const percent = (value: number) => `${Math.min(100, Math.max(0, value)).toFixed(2)}%`;

/**
 * Sets CSS custom properties through the CSSOM. The console's CSP (`style-src 'self'`) refuses
 * `style` attributes, which Lit's `styleMap` writes on first render; the CSSOM is not refused.
 */
const cssVariables = (variables: Readonly<Record<string, string>>) =>
  ref((element) => {
    if (!(element instanceof HTMLElement)) return;
    for (const [name, value] of Object.entries(variables)) element.style.setProperty(name, value);
  });

/**
 * The validity period as a bar on `scale`, today marked by a line; the dates are written out
 * beside it, so the bar itself is hidden from screen readers. Logical properties: in Arabic the
 * time runs right to left like the text.
 */
export function validityBar(
  validity: { from: string; until: string },
  scale: TimelineScale,
  status: string,
  now: number = Date.now(),
): TemplateResult {
  const from = Date.parse(validity.from);
  const until = Date.parse(validity.until);
  const span = scale.end - scale.start;
  const offset = ((from - scale.start) / span) * 100;
  const width = ((until - from) / span) * 100;
  return html`<div class="timeline" aria-hidden="true">
      <span
        class="period ${AGREEMENT_STATUS_KIND[status] ?? 'neutral'}"
        ${cssVariables({ '--start': percent(offset), '--size': percent(width) })}
      ></span>
      <span class="now" ${cssVariables({ '--start': percent(((now - scale.start) / span) * 100) })}></span>
    </div>
    <div class="hint">
      ${t('agreements.validFromUntil', { from: formatDateTime(validity.from), until: formatDateTime(validity.until) })}
    </div>`;
}

/** Why this node's agreement check refused a transfer (`transfer_denied`), for an officer. */
export function denialText(reason: unknown): string {
  return typeof reason === 'string'
    ? tOptional(`exchange.denied.${reason}`, t('exchange.denied.unknown', { reason }))
    : t('exchange.denied.unknown', { reason: '' });
}

export const exchangeStyles = css`
  .badge {
    display: inline-block;
    border-radius: 999px;
    border: 1px solid currentColor;
    padding-inline: 0.55rem;
    font-size: 0.85rem;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge.good {
    color: #1e6b34;
    background: #e6f4ea;
  }
  .badge.bad {
    color: #a4001d;
    background: #fdecee;
  }
  .badge.waiting {
    color: #6e4700;
    background: #fff4d6;
  }
  .badge.neutral {
    color: #404040;
    background: #eceff1;
  }
  .node-id {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem;
  }
  .timeline {
    position: relative;
    block-size: 0.75rem;
    min-inline-size: 8rem;
    background: #e9edf1;
    border-radius: 999px;
    overflow: hidden;
    margin-block: 0.25rem;
  }
  .timeline .period {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--start, 0);
    inline-size: var(--size, 0);
    border-radius: 999px;
    background: #6b7885;
  }
  .timeline .period.good {
    background: #2e8b4a;
  }
  .timeline .period.bad {
    background: #c0392b;
  }
  .timeline .period.waiting {
    background: #c98a00;
  }
  .timeline .now {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--start, 0);
    inline-size: 2px;
    background: #1a1a1a;
  }
  dialog {
    border: 1px solid var(--cen-line, #d0d4d9);
    border-radius: var(--cen-radius, 4px);
    padding: 1rem 1.25rem;
    max-inline-size: min(40rem, 95vw);
    inline-size: 100%;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 40%);
  }
  dialog h2 {
    margin-block-start: 0;
  }
  .panel > h2:first-child,
  .panel > h3:first-child {
    margin-block-start: 0;
  }
  .sections {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr));
    gap: 0 1rem;
  }
  ul.plain {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
`;
