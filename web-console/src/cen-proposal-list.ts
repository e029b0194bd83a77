/**
 * `<cen-proposal-list>`: on the agreements screen, the agreements partners proposed to this node
 * (awaiting review first) and those this node proposed (with where their delivery stands), each
 * linking to its review screen. Renders nothing when there are none, so a node that never uses the
 * protocol sees no empty section.
 *
 * Properties in: `manage` (the reader may countersign: incoming proposals say "review" then).
 */
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { listProposals, type ProposalSummary } from './api/proposals.ts';
import { badge, exchangeStyles, modeLabel, relativeTime } from './exchange-parts.ts';
import { formatDate, formatList, LocaleController, t, tOptional } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { paths } from './router.ts';
import { sharedStyles } from './styles.ts';

const STATE_KIND: Readonly<Record<string, 'good' | 'bad' | 'waiting' | 'neutral'>> = {
  received: 'waiting',
  'pending-delivery': 'waiting',
  delivered: 'neutral',
  refused: 'bad',
  declined: 'bad',
  countersigned: 'good',
};

export const proposalStateBadge = (state: string) =>
  badge(tOptional(`proposals.states.${state}`, state), STATE_KIND[state] ?? 'neutral');

/** Open ones first (awaiting review here, then awaiting the partner), newest first within each. */
function ordered(proposals: readonly ProposalSummary[]): ProposalSummary[] {
  const rank = (p: ProposalSummary) =>
    p.state === 'received' ? 0 : p.state === 'countersigned' || p.state === 'declined' ? 2 : 1;
  return [...proposals].sort((a, b) => rank(a) - rank(b) || b.updatedAt.localeCompare(a.updatedAt));
}

export class CenProposalList extends LitElement {
  static override styles = [sharedStyles, exchangeStyles];

  static override properties = {
    manage: { type: Boolean },
  };

  declare manage: boolean;

  readonly #proposals = new Task(this, {
    task: async (_args, { signal }) => (await listProposals(signal)).items,
    args: () => [],
  });

  constructor() {
    super();
    new LocaleController(this);
    this.manage = false;
  }

  #renderTable(proposals: ProposalSummary[]) {
    const waiting = proposals.filter((p) => p.direction === 'incoming' && p.state === 'received').length;
    return html`<section aria-labelledby="proposals">
      <h2 id="proposals">${t('proposals.title')}</h2>
      ${
        waiting > 0
          ? html`<p class="message warning" role="status">${t('proposals.waiting', { count: waiting })}</p>`
          : nothing
      }
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">
            ${t('proposals.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('agreements.partner')}</th>
              <th scope="col">${t('proposals.direction')}</th>
              <th scope="col">${t('agreements.statusLabel')}</th>
              <th scope="col">${t('agreements.modes')}</th>
              <th scope="col">${t('agreements.validity')}</th>
              <th scope="col">${t('proposals.updated')}</th>
            </tr>
          </thead>
          <tbody>
            ${ordered(proposals).map(
              (proposal) =>
                html`<tr>
                  <th scope="row">
                    <a href=${paths.proposal(proposal.id)}>
                      ${
                        proposal.direction === 'incoming' && proposal.state === 'received' && this.manage
                          ? t('proposals.reviewFrom', { partner: proposal.partner.name })
                          : html`<bdi>${proposal.partner.name}</bdi>`
                      }
                    </a>
                    <div class="hint">
                      ${proposal.partner.administration === 'WCO' ? 'WCO' : label('country', proposal.partner.administration)}
                      · ${t('agreements.versionN', { version: proposal.version })}
                    </div>
                  </th>
                  <td>${t(`proposals.directions.${proposal.direction}`)}</td>
                  <td>${proposalStateBadge(proposal.state)}</td>
                  <td>${formatList(proposal.modes.map(modeLabel))}</td>
                  <td>
                    ${t('agreements.validFromUntil', {
                      from: formatDate(proposal.validity.from.slice(0, 10)),
                      until: formatDate(proposal.validity.until.slice(0, 10)),
                    })}
                  </td>
                  <td>${relativeTime(proposal.updatedAt)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  override render() {
    return this.#proposals.render({
      pending: () => nothing,
      complete: (proposals) => (proposals.length === 0 ? nothing : this.#renderTable(proposals)),
      // The proposals are an addition to the agreements screen: a node without them still lists its agreements.
      error: () => nothing,
    });
  }
}

customElements.define('cen-proposal-list', CenProposalList);

declare global {
  interface HTMLElementTagNameMap {
    'cen-proposal-list': CenProposalList;
  }
}
