/**
 * `GET /metrics` of a real node: Prometheus text that parses line by line, answered on loopback,
 * whose figures move when an officer writes a case (records, HTTP requests by route template),
 * with no record id in it; and who may scrape when a token is configured or not.
 */
import { expect } from 'chai';
import { checkMetricsAccess } from '../../node/api/routes/metrics.ts';
import { apiPaths, METRICS_PATH } from '../../protocol/api.ts';
import { validCase } from '../compliance/fixtures.ts';
import { startTestNode, type TestNode } from '../helpers/node.ts';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The exposition format, strictly: every line a comment, blank, or `name{labels} value`. */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      labels[pair[1]!] = pair[2]!;
    }
    // Prometheus reads NaN and ±Inf in any case (prom-client writes `Nan` for an empty gauge).
    const special = /^([+-]?)(inf|nan)$/i.exec(match[3]!);
    const value = special
      ? special[2]!.toLowerCase() === 'nan'
        ? NaN
        : (special[1] === '-' ? -1 : 1) * Infinity
      : Number(match[3]);
    if (!special && Number.isNaN(value)) throw new Error(`not a number: ${line}`);
    samples.push({ name: match[1]!, labels, value });
  }
  return samples;
}

const valueOf = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

describe('GET /metrics', function () {
  this.timeout(30_000);
  let t: TestNode;

  before(async () => {
    t = await startTestNode({ country: 'KE' });
  });
  after(async () => {
    await t?.close();
  });

  async function scrape(): Promise<{ text: string; samples: Sample[] }> {
    const response = await fetch(`${t.apiUrl}${METRICS_PATH}`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    return { text, samples: parseExposition(text) };
  }

  it('serves parseable metrics on loopback without a session: store, peers, queues, process', async () => {
    const { samples } = await scrape();
    expect(valueOf(samples, 'cen_store_records', { type: 'case' })).to.equal(0);
    expect(valueOf(samples, 'cen_peers_known')).to.equal(0);
    expect(valueOf(samples, 'cen_peers_connected')).to.equal(0);
    expect(valueOf(samples, 'cen_agreement_deliveries_pending')).to.equal(0);
    expect(valueOf(samples, 'cen_peer_silent_connections_closed_total')).to.equal(0);
    expect(valueOf(samples, 'cen_exchange_inbox_records')).to.equal(0);
    expect(valueOf(samples, 'cen_disk_bytes', { part: 'store' })).to.be.greaterThan(0);
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).to.be.greaterThan(0);
    expect(valueOf(samples, 'process_resident_memory_bytes')).to.be.greaterThan(0);
  });

  it('moves when a case is written: records and requests by route template, without ids', async () => {
    const officer = await t.loginAs('officer');
    const before = (await scrape()).samples;
    const created = await officer.post<{ id: string }>(apiPaths.cases, validCase());
    expect(created.status).to.equal(201);
    const missing = await officer.get(apiPaths.case('0190f5a0-0000-7000-8000-000000000000'));
    expect(missing.status).to.equal(404);
    const { text, samples } = await scrape();
    expect(valueOf(samples, 'cen_store_records', { type: 'case' })).to.equal(1);
    const posts = { method: 'POST', route: '/api/v1/cases', status_class: '2xx' };
    expect(valueOf(samples, 'cen_http_requests_total', posts)).to.equal(
      (valueOf(before, 'cen_http_requests_total', posts) ?? 0) + 1,
    );
    expect(
      valueOf(samples, 'cen_http_requests_total', {
        method: 'GET',
        route: '/api/v1/cases/:id',
        status_class: '4xx',
      }),
    ).to.equal(1);
    expect(
      valueOf(samples, 'cen_http_request_duration_seconds_count', { method: 'POST', route: '/api/v1/cases' }),
    ).to.be.at.least(1);
    expect(text).to.not.include(created.body.id);
    expect(text).to.not.include('0190f5a0-0000-7000-8000-000000000000');
  });

  it('answers loopback clients without a token, and only bearers of the token when one is configured', () => {
    const token = 'x'.repeat(40);
    const refusal = (fn: () => void) => {
      try {
        fn();
      } catch (err) {
        return (err as Error).name;
      }
      return 'allowed';
    };
    const local = { remoteAddress: '127.0.0.1', authorization: '' };
    const remote = { remoteAddress: '192.0.2.10', authorization: '' };
    expect(refusal(() => checkMetricsAccess(local, undefined))).to.equal('allowed');
    expect(
      refusal(() => checkMetricsAccess({ ...local, remoteAddress: '::ffff:127.0.0.1' }, undefined)),
    ).to.equal('allowed');
    expect(refusal(() => checkMetricsAccess(remote, undefined))).to.equal('ForbiddenError');
    expect(refusal(() => checkMetricsAccess(local, token))).to.equal('AuthenticationError');
    expect(
      refusal(() => checkMetricsAccess({ ...remote, authorization: `Bearer ${'y'.repeat(40)}` }, token)),
    ).to.equal('AuthenticationError');
    expect(
      refusal(() => checkMetricsAccess({ ...remote, authorization: `Bearer ${token}` }, token)),
    ).to.equal('allowed');
  });
});
