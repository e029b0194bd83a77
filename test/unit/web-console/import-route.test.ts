import { expect } from 'chai';
import { parseRoute, paths } from '../../../web-console/src/router.ts';
import { reportUrl, templateUrl } from '../../../web-console/src/api/imports.ts';

describe('console: the import screen’s links', () => {
  it('opens the import screen from its deep link', () => {
    expect(parseRoute(paths.import, '')).to.deep.equal({ screen: 'import' });
    expect(parseRoute('/import/', '')).to.deep.equal({ screen: 'import' });
    expect(parseRoute('/import/other', '')).to.deep.equal({ screen: 'not-found' });
  });

  it('downloads templates in the user’s language and reports by import id', () => {
    expect(templateUrl('ipr-health-safety', 'ar')).to.equal(
      '/api/v1/imports/templates/ipr-health-safety.xlsx?lang=ar',
    );
    expect(reportUrl('019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a7b')).to.equal(
      '/api/v1/imports/019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a7b/report.xlsx',
    );
  });
});
