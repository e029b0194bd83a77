/**
 * Report templates of operations: the organiser's fields are checked (catalogue types, free
 * fields with a label, unique keys), and a report is checked against the template, every
 * offending field named by its path.
 */
import { expect } from 'chai';
import { parseTemplateFields, reportIssues } from '../../node/operations/index.ts';
import type { OperationTemplate } from '../../protocol/api.ts';

const pathsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    expect((err as Error).name).to.equal('ValidationError');
    return (err as { issues: { path: string; rule: string }[] }).issues.map((i) => `${i.path} ${i.rule}`);
  }
  throw new Error('expected a ValidationError');
};

describe('operation report templates', () => {
  const template: OperationTemplate = {
    version: 1,
    fields: parseTemplateFields([
      { type: 'commodity', required: true },
      { key: 'quantity', type: 'quantity', required: true },
      { key: 'route', type: 'route', required: false },
      { key: 'mode', type: 'conveyance-mode', required: false },
      { key: 'seized-on', type: 'seizure-date', required: false },
      { key: 'seal', type: 'text', label: ' Seal number ', required: false },
      { key: 'dog', type: 'yes-no', label: 'Detector dog', required: false },
      { key: 'persons', type: 'number', label: 'Persons arrested', required: false },
    ]),
  };

  it('gives a catalogue field its type as key and trims a free field’s label', () => {
    expect(template.fields[0]).to.deep.equal({ key: 'commodity', type: 'commodity', required: true });
    expect(template.fields[5]).to.deep.equal({
      key: 'seal',
      type: 'text',
      label: 'Seal number',
      required: false,
    });
  });

  it('refuses unknown types, free fields without a label, duplicate keys and unknown properties', () => {
    expect(
      pathsOf(() =>
        parseTemplateFields([
          { key: 'a', type: 'colour', required: true },
          { key: 'b', type: 'text', required: true },
          { type: 'commodity', required: true },
          { type: 'commodity', required: false },
          { key: 'c', type: 'number', label: 'C', required: 'yes' },
          { key: 'd', type: 'date', label: 'D', required: true, hint: 'x' },
          { key: 'Bad Key', type: 'country', required: true },
        ]),
      ),
    ).to.deep.equal([
      'template.fields[0].type vocabulary',
      'template.fields[1].label required',
      'template.fields[3].key unique',
      'template.fields[4].required type',
      'template.fields[5].hint unknown-field',
      'template.fields[6].key pattern',
    ]);
    expect(pathsOf(() => parseTemplateFields('all'))).to.deep.equal(['template.fields type']);
  });

  it('accepts a report that fits, with optional fields left out', () => {
    expect(
      reportIssues(template, { commodity: 'cocaine', quantity: { value: 2, unit: 'kg' } }),
    ).to.deep.equal([]);
    expect(
      reportIssues(template, {
        commodity: 'cannabis-herbal',
        quantity: { value: 0.5, unit: 'g' },
        route: ['CO', 'ES'],
        mode: 'sea-container',
        'seized-on': '2026-11-02',
        seal: 'AB123',
        dog: true,
        persons: 2,
      }),
    ).to.deep.equal([]);
  });

  it('names every field a report gets wrong', () => {
    const issues = reportIssues(template, {
      quantity: { value: 0, unit: 'kg' },
      route: ['XX'],
      mode: 'camel',
      'seized-on': '02/11/2026',
      seal: '',
      dog: 'yes',
      persons: 'two',
      colour: 'red',
    }).map((i) => `${i.path} ${i.rule}`);
    expect(issues).to.have.members([
      'report.colour unknown-field',
      'report.commodity required',
      'report.quantity invalid',
      'report.route invalid',
      'report.mode invalid',
      'report.seized-on invalid',
      'report.seal invalid',
      'report.dog invalid',
      'report.persons invalid',
    ]);
    expect(reportIssues(template, ['cocaine']).map((i) => i.path)).to.deep.equal(['report']);
  });
});
