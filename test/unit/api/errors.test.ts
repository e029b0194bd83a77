import { expect } from 'chai';
import createHttpError from 'http-errors';
import { translateError } from '../../../node/api/errors.ts';
import { caseSearchQuery, parseUpdateBody } from '../../../node/api/params.ts';
import { parseOrThrow } from '../../../node/api/validate.ts';
import { UserExistsError } from '../../../node/auth/errors.ts';
import {
  AuthenticationError,
  NotFoundError,
  StoreUnavailableError,
  ValidationError,
  VersionConflictError,
} from '../../../node/errors.ts';
import { InvalidIdError } from '../../../protocol/ids.ts';

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    expect((err as Error).name).to.equal('ValidationError');
    return (err as ValidationError).issues;
  }
  throw new Error('expected a ValidationError');
}

describe('API error translation', () => {
  const cases: [string, unknown, number, string][] = [
    [
      'validation',
      new ValidationError([{ path: 'items[0].commodity', rule: 'required', message: 'required' }]),
      400,
      'validation_failed',
    ],
    ['bad id', new InvalidIdError('case', 'x'), 400, 'invalid_id'],
    ['not found', new NotFoundError('case', 'abc'), 404, 'not_found'],
    ['conflict', new VersionConflictError('case', 'abc', 1, 2), 409, 'version_conflict'],
    ['user exists', new UserExistsError('ana'), 409, 'user_exists'],
    ['no session', new AuthenticationError(), 401, 'unauthenticated'],
    ['store down', new StoreUnavailableError('ENOSPC: /var/lib/cen/store'), 503, 'unavailable'],
    [
      'too large',
      Object.assign(createHttpError(413, 'too big'), { type: 'entity.too.large' }),
      413,
      'payload_too_large',
    ],
    [
      'bad JSON',
      Object.assign(createHttpError(400, 'Unexpected token'), { type: 'entity.parse.failed' }),
      400,
      'invalid_json',
    ],
    ['method', createHttpError(405), 405, 'method_not_allowed'],
    ['bug', new TypeError('cannot read properties of undefined (reading "secret")'), 500, 'internal'],
  ];
  for (const [what, err, status, code] of cases) {
    it(`${what} → ${status} ${code}`, () => {
      const translated = translateError(err, 'req-1');
      expect(translated.status).to.equal(status);
      expect(translated.body.error.code).to.equal(code);
    });
  }

  it('carries the issues and the current version in details', () => {
    const issues = [{ path: 'items[0].commodity', rule: 'required', message: 'required' }];
    expect(translateError(new ValidationError(issues), 'r').body.error.details).to.deep.equal(issues);
    expect(translateError(new VersionConflictError('case', 'abc', 1, 3), 'r').body.error.details).to.include({
      current: 3,
    });
  });

  it('hides internals on 500 and 503 and gives the request id instead', () => {
    for (const err of [
      new TypeError('secret detail'),
      new StoreUnavailableError('/var/lib/cen/store ENOSPC'),
    ]) {
      const { body, internal } = translateError(err, 'req-42');
      expect(internal).to.equal(true);
      expect(JSON.stringify(body)).not.to.contain('secret').and.not.to.contain('/var/lib');
      expect(body.error.details).to.deep.equal({ requestId: 'req-42' });
    }
  });
});

describe('API input validation', () => {
  it('accepts a full search and coerces the limit', () => {
    const query = parseOrThrow(caseSearchQuery, {
      q: 'suitcase',
      from: '2026-01-01',
      to: '2026-06-30',
      country: 'KE',
      itrArea: 'drugs',
      commodity: 'cocaine',
      conveyanceMode: 'air-passenger',
      detectionMethod: 'scanner',
      locationType: 'airport',
      routeCountry: 'BR',
      status: 'validated',
      limit: '20',
    });
    expect(query.limit).to.equal(20);
  });

  it('names every unknown parameter', () => {
    const issues = issuesOf(() =>
      parseOrThrow(caseSearchQuery, { commodity: 'cocaine', sort: 'x', pgae: '2' }, 'query parameter'),
    );
    expect(issues.map((i) => [i.path, i.rule])).to.deep.equal([
      ['sort', 'unknown-field'],
      ['pgae', 'unknown-field'],
    ]);
  });

  it('refuses impossible dates, unknown codes, reversed ranges and silly limits', () => {
    expect(issuesOf(() => parseOrThrow(caseSearchQuery, { from: '2026-02-30' }))).to.deep.include({
      path: 'from',
      rule: 'date',
      message: 'a date is written YYYY-MM-DD and exists in the calendar',
    });
    expect(issuesOf(() => parseOrThrow(caseSearchQuery, { commodity: 'cocain' }))[0]).to.include({
      path: 'commodity',
      rule: 'vocabulary',
    });
    expect(
      issuesOf(() => parseOrThrow(caseSearchQuery, { from: '2026-05-01', to: '2026-04-01' }))[0],
    ).to.include({
      path: 'from',
      rule: 'date-range',
    });
    expect(issuesOf(() => parseOrThrow(caseSearchQuery, { limit: '0' }))[0]).to.include({
      path: 'limit',
      rule: 'min',
    });
    expect(issuesOf(() => parseOrThrow(caseSearchQuery, { limit: '501' }))[0]).to.include({
      path: 'limit',
      rule: 'max',
    });
  });

  it('reads update envelopes and names what is missing', () => {
    expect(parseUpdateBody({ version: 2, case: { kind: 'seizure' } }, 'case')).to.deep.equal({
      version: 2,
      input: { kind: 'seizure' },
    });
    const issues = issuesOf(() => parseUpdateBody({ kind: 'seizure' }, 'case'));
    expect(issues.map((i) => [i.path, i.rule])).to.have.deep.members([
      ['version', 'required'],
      ['case', 'required'],
      ['kind', 'unknown-field'],
    ]);
  });
});
