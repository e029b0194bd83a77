/**
 * The operations' console URLs are deep links, and the report form reads back into the report the
 * node takes: codes, numbers, yes/no, a quantity with its unit, a route origin first; empty
 * optional fields left out; a missing required field or half a quantity named by its path.
 */
import { expect } from 'chai';
import type { OperationTemplateField } from '../../../protocol/api.ts';
import { readReport } from '../../../web-console/src/cen-operation-report.ts';
import { parseRoute, paths } from '../../../web-console/src/router.ts';

const FIELDS: OperationTemplateField[] = [
  { key: 'commodity', type: 'commodity', required: true },
  { key: 'quantity', type: 'quantity', required: false },
  { key: 'route', type: 'route', required: false },
  { key: 'seal', type: 'text', label: 'Seal number', required: false },
  { key: 'pallets', type: 'number', label: 'Pallets', required: false },
  { key: 'dog', type: 'yes-no', label: 'Dog used', required: false },
];

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
};

describe('operations in the console', () => {
  it('opens the operations, a new one, a room and its administration from their URLs', () => {
    const id = '019a3b1c-2d4e-7f60-8a1b-2c3d4e5f6a7b';
    expect(parseRoute(paths.operations, '')).to.deep.equal({ screen: 'operations' });
    expect(parseRoute(paths.newOperation, '')).to.deep.equal({ screen: 'operation-new' });
    expect(parseRoute(paths.operation(id), '')).to.deep.equal({ screen: 'operation', id });
    expect(parseRoute(paths.operationAdmin(id), '')).to.deep.equal({ screen: 'operation-admin', id });
    for (const wrong of ['/operations/not-an-id', `/operations/${id}/edit`, '/operations/new/x'])
      expect(parseRoute(wrong, ''), wrong).to.deep.equal({ screen: 'not-found' });
  });

  it('reads a filled report form into the report the node takes', () => {
    const { report, issues } = readReport(
      form({
        'report.commodity': 'cocaine',
        'report.quantity': ' 12.5 ',
        'report.quantity.unit': 'kg',
        'report.route.0': 'EC',
        'report.route.1': '',
        'report.route.2': 'KE',
        'report.seal': 'SL-9',
        'report.pallets': '3',
        'report.dog': 'no',
      }),
      FIELDS,
    );
    expect(issues).to.deep.equal([]);
    expect(report).to.deep.equal({
      commodity: 'cocaine',
      quantity: { value: 12.5, unit: 'kg' },
      route: ['EC', 'KE'],
      seal: 'SL-9',
      pallets: 3,
      dog: false,
    });
  });

  it('leaves empty optional fields out and names a missing required field and half a quantity', () => {
    const { report, issues } = readReport(form({ 'report.quantity': '4', 'report.pallets': '' }), FIELDS);
    expect(report).to.deep.equal({});
    expect(issues.map((issue) => `${issue.path} ${issue.rule}`)).to.deep.equal([
      'report.commodity required',
      'report.quantity quantity-incomplete',
    ]);
    const negative = readReport(
      form({ 'report.commodity': 'heroin', 'report.quantity': '-1', 'report.quantity.unit': 'kg' }),
      FIELDS,
    );
    expect(negative.issues.map((issue) => `${issue.path} ${issue.rule}`)).to.deep.equal([
      'report.quantity min',
    ]);
  });
});
