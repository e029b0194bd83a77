import { expect } from 'chai';
import { API_PREFIX, API_ROUTES, apiPaths, CASE_SEARCH_PARAMS } from '../../../protocol/api.ts';

describe('API paths', () => {
  it('builds every path under /api/v1 from its route template, escaping ids and values', () => {
    const id = '019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a7b';
    for (const [name, template] of Object.entries(API_ROUTES)) {
      const build = apiPaths[name as keyof typeof apiPaths];
      const built =
        typeof build === 'string'
          ? build
          : name === 'identifierCases'
            ? (build as (type: 'container', value: string) => string)('container', id)
            : name === 'inboxItem' ||
                name === 'inboxItemMatches' ||
                name === 'casePhoto' ||
                name === 'operationMember' ||
                name === 'operationMessagePromote' ||
                name === 'operationPhoto' ||
                name === 'globalCase'
              ? (build as (owner: string, id: string) => string)(id, id)
              : name === 'publicationAttachment'
                ? (build as (id: string, index: number) => string)(id, 0)
                : (build as (id: string) => string)(id);
      const expected =
        API_PREFIX +
        template
          .replace(':id', id)
          .replace(':username', id)
          .replace(':nodeId', id)
          .replace(':owner', id)
          .replace(':member', id)
          .replace(':type', 'container')
          .replace(':value', id)
          .replace(':hash', id)
          .replace(':name', id)
          .replace(':index', '0')
          .replace(':messageId', id);
      expect(built, name).to.equal(expected);
    }
    expect(apiPaths.identifierCases('document', 'AB 12/3')).to.equal(
      '/api/v1/identifiers/document/AB%2012%2F3/cases',
    );
    expect(apiPaths.case('../session')).to.equal('/api/v1/cases/..%2Fsession');
    expect(apiPaths.userReset('ana/../admin')).to.equal('/api/v1/users/ana%2F..%2Fadmin/reset');
    expect(apiPaths.peer('../agreements')).to.equal('/api/v1/peers/..%2Fagreements');
  });

  it('names the case search parameters of the public contract', () => {
    expect(CASE_SEARCH_PARAMS).to.have.members([
      'q',
      'from',
      'to',
      'country',
      'itrArea',
      'commodity',
      'conveyanceMode',
      'detectionMethod',
      'locationType',
      'routeCountry',
      'status',
      'cursor',
      'limit',
    ]);
  });
});
