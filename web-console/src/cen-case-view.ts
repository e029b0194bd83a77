/**
 * `<cen-case-view>`: one case with every field labelled in the reader's language, its linked
 * persons and businesses, its revision history and the other cases it is linked to (shared
 * container, document, ship, registration, person or business); for officers who may send cases,
 * its exchange with partners (`<cen-case-exchange>`: send, shares, recalls).
 *
 * Everything a case holds is shown as text: Lit escapes each value, so markup typed into a
 * narrative or a description is displayed, never run.
 *
 * Properties in: `caseId`.
 */
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import {
  apiPaths,
  type CaseContribution,
  type CaseContributionResponse,
  type RevisionEntry,
} from '../../protocol/api.ts';
import type { Case } from '../../protocol/records.ts';
import { getBusiness } from './api/businesses.ts';
import { caseRevisions, getCase, linkedCases } from './api/cases.ts';
import { apiRequest, ApiRequestError } from './api/http.ts';
import { getPerson } from './api/persons.ts';
import {
  casePartStyles,
  renderCaseGeneral,
  renderCaseItems,
  renderCaseNarrativeAndHandling,
  renderCaseOffenders,
  renderCasePlace,
} from './case-parts.ts';
import './cen-case-exchange.ts';
import './cen-case-table.ts';
import { denialText } from './exchange-parts.ts';
import './cen-photo-gallery.ts';
import './cen-watch-matches.ts';
import { formatDate, formatDateTime, formatNumber, LocaleController, t, tOptional } from './i18n/index.ts';
import { label } from './i18n/vocabulary.ts';
import { paths } from './router.ts';
import { can, sessionContext } from './session-context.ts';
import { sharedStyles } from './styles.ts';

interface NamedLink {
  id: string;
  role: string;
  name: string | undefined;
}

/** One line on where the case stands with a WCO node this node contributes to. */
function contributionText(item: CaseContribution): string {
  const date = item.at ? formatDateTime(item.at) : '';
  switch (item.state) {
    case 'contributed':
      return t('caseView.contribution.contributed', { date, version: formatNumber(item.version ?? 0) });
    case 'pending':
      return t('caseView.contribution.pending');
    case 'withdrawn':
      return t('caseView.contribution.withdrawn', { date });
    case 'refused':
      return t('caseView.contribution.refused', { reason: denialText(item.reason) });
    default:
      return item.reason === 'aggregates-only'
        ? t('caseView.contribution.aggregatesOnly')
        : t('caseView.contribution.notValidated');
  }
}

export class CenCaseView extends LitElement {
  static override styles = [
    sharedStyles,
    casePartStyles,
    css`
      .heading {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.5rem 1rem;
      }
      .status {
        border: 1px solid var(--cen-border, #6b6b6b);
        border-radius: 999px;
        padding-inline: 0.6rem;
        font-size: 0.9rem;
      }
    `,
  ];

  static override properties = {
    caseId: { attribute: 'case-id' },
    latest: { state: true },
  };

  declare caseId: string;
  /** The case as a change made on this screen stored it (a photo added), newer than the one loaded. */
  declare latest: Case | undefined;

  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });

  readonly #case = new Task(this, {
    task: async ([id], { signal }) => getCase(id, signal),
    args: () => [this.caseId] as const,
  });

  readonly #revisions = new Task(this, {
    task: async ([id], { signal }) => (await caseRevisions(id, signal)).items,
    args: () => [this.caseId] as const,
  });

  readonly #linked = new Task(this, {
    task: async ([id], { signal }) => (await linkedCases(id, signal)).items,
    args: () => [this.caseId] as const,
  });

  /** Whether and when the case reached the WCO's global CEN (nothing without a contribution agreement). */
  readonly #contribution = new Task(this, {
    task: async ([id], { signal }) =>
      (
        await apiRequest<CaseContributionResponse>('GET', apiPaths.caseContribution(id), undefined, {
          signal,
        })
      ).items,
    args: () => [this.caseId] as const,
  });

  /** Names of linked persons and businesses; each read is audited by the node, and may be refused. */
  readonly #names = new Task(this, {
    task: async ([record, mayReadNominal], { signal }) => {
      if (!record || !mayReadNominal) return { persons: [], businesses: [] };
      const nameOf = async (load: () => Promise<string>) => {
        try {
          return await load();
        } catch {
          return undefined;
        }
      };
      const persons = await Promise.all(
        record.persons.map(async (link): Promise<NamedLink> => ({
          ...link,
          name: await nameOf(async () => {
            const person = await getPerson(link.id, signal);
            return [person.familyName, person.givenNames].filter(Boolean).join(', ');
          }),
        })),
      );
      const businesses = await Promise.all(
        record.businesses.map(async (link): Promise<NamedLink> => ({
          ...link,
          name: await nameOf(async () => (await getBusiness(link.id, signal)).name),
        })),
      );
      return { persons, businesses };
    },
    args: () => [this.#case.value, can(this.#session.value, 'nominal:read')] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.caseId = '';
    this.latest = undefined;
  }

  /** A photo added or removed makes a new version: show it, and its place in the history. */
  readonly #onCaseChanged = (event: Event) => {
    const changed = (event as CustomEvent<Case>).detail;
    if (changed.id !== this.caseId) return;
    this.latest = changed;
    void this.#revisions.run();
  };

  #renderLinks(c: Case) {
    if (c.persons.length === 0 && c.businesses.length === 0) return nothing;
    const names = this.#names.value;
    const personName = (id: string) => names?.persons.find((p) => p.id === id)?.name;
    const businessName = (id: string) => names?.businesses.find((b) => b.id === id)?.name;
    return html`<section class="panel" aria-labelledby="people">
      <h2 id="people">${t('caseView.personsAndBusinesses')}</h2>
      ${
        c.persons.length > 0
          ? html`<h3>${t('fields.persons')}</h3>
              <ul class="links">
                ${c.persons.map(
                  (link) =>
                    html`<li>
                      <a href=${paths.person(link.id)}><bdi>${personName(link.id) ?? link.id}</bdi></a>
                      — ${label('personRole', link.role)}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        c.businesses.length > 0
          ? html`<h3>${t('fields.businesses')}</h3>
              <ul class="links">
                ${c.businesses.map(
                  (link) =>
                    html`<li>
                      <a href=${paths.business(link.id)}><bdi>${businessName(link.id) ?? link.id}</bdi></a>
                      — ${label('businessRole', link.role)}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </section>`;
  }

  #renderRevisions(revisions: RevisionEntry[]) {
    return html`<div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${t('caseView.history')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('fields.version')}</th>
            <th scope="col">${t('caseView.change')}</th>
            <th scope="col">${t('caseView.when')}</th>
            <th scope="col">${t('caseView.who')}</th>
            <th scope="col">${t('caseView.hash')}</th>
          </tr>
        </thead>
        <tbody>
          ${[...revisions].reverse().map(
            (revision) =>
              html`<tr>
                <td>${formatNumber(revision.version)}</td>
                <td>${tOptional(`caseView.ops.${revision.op}`, revision.op)}</td>
                <td>${formatDateTime(revision.at)}</td>
                <td><bdi>${revision.by}</bdi></td>
                <td><bdi class="mono" title=${revision.hash}>${revision.hash.slice(0, 16)}</bdi></td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderCase(c: Case) {
    const title = c.ref
      ? t('caseView.titleWithRef', { ref: c.ref })
      : t('caseView.titleWithDate', { date: formatDate(c.seizureDate) });
    return html`
      <div class="heading">
        <h1>${title}</h1>
        <span class="status">${label('caseStatus', c.status)}</span>
      </div>
      ${c.deletedAt ? html`<p class="message warning" role="status">${t('caseView.deleted', { date: formatDateTime(c.deletedAt) })}</p>` : nothing}
      ${(this.#contribution.value ?? []).map((item) => html`<p class="contribution">${contributionText(item)}</p>`)}
      <div class="actions">
        ${
          can(this.#session.value, 'case:write') && !c.deletedAt
            ? html`<a class="button" href=${paths.editCase(c.id)}>${t('caseView.edit')}</a>`
            : nothing
        }
        <a class="button secondary" href=${paths.cases()}>${t('caseView.backToList')}</a>
      </div>
      <cen-watch-matches .record=${{ type: 'case', id: c.id }}></cen-watch-matches>
      <div class="sections">${renderCaseGeneral(c)} ${renderCasePlace(c)}</div>
      ${renderCaseItems(c)} ${renderCaseOffenders(c)} ${this.#renderLinks(c)}
      ${renderCaseNarrativeAndHandling(c)}
      <cen-photo-gallery
        .caseId=${c.id}
        .photos=${c.photos}
        ?editable=${can(this.#session.value, 'case:write') && !c.deletedAt}
        @cen-case-changed=${this.#onCaseChanged}
      ></cen-photo-gallery>
      ${
        can(this.#session.value, 'exchange:send') && !c.deletedAt
          ? html`<cen-case-exchange .caseId=${c.id}></cen-case-exchange>`
          : nothing
      }
      <section aria-labelledby="linked">
        <h2 id="linked">${t('caseView.linked')}</h2>
        ${this.#linked.render({
          pending: () => html`<p role="status">${t('app.loading')}</p>`,
          complete: (linked) =>
            linked.length === 0
              ? html`<p>${t('caseView.noLinked')}</p>`
              : html`<ul class="links">
                  ${linked.map(
                    (entry) =>
                      html`<li>
                        <a href=${paths.case(entry.case.id)}
                          >${entry.case.ref ? html`<bdi>${entry.case.ref}</bdi>` : formatDate(entry.case.seizureDate)}</a
                        >
                        —
                        ${entry.via.map((via) => html`${tOptional(`caseView.via.${via.type}`, via.type)} <bdi class="mono">${via.value}</bdi>`)}
                      </li>`,
                  )}
                </ul>`,
          error: () => html`<p class="message error">${t('app.loadFailed')}</p>`,
        })}
      </section>
      <section aria-labelledby="history">
        <h2 id="history">${t('caseView.history')}</h2>
        ${this.#revisions.render({
          pending: () => html`<p role="status">${t('app.loading')}</p>`,
          complete: (revisions) => this.#renderRevisions(revisions),
          error: () => html`<p class="message error">${t('app.loadFailed')}</p>`,
        })}
      </section>
    `;
  }

  override render() {
    return this.#case.render({
      pending: () => html`<p role="status">${t('app.loading')}</p>`,
      complete: (c) =>
        this.#renderCase(this.latest?.id === c.id && this.latest.version > c.version ? this.latest : c),
      error: (err) =>
        html`<h1>${t('caseView.title')}</h1>
          <p class="message error" role="alert">
            ${err instanceof ApiRequestError && err.status === 404 ? t('caseView.notFound') : t('app.loadFailed')}
          </p>`,
    });
  }
}

customElements.define('cen-case-view', CenCaseView);

declare global {
  interface HTMLElementTagNameMap {
    'cen-case-view': CenCaseView;
  }
}
