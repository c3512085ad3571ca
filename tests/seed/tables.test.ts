import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_TEMPLATES } from '../../seed/synthetic/organisations.ts';
import { Range, Row, Tags } from '../../seed/synthetic/tables.ts';

describe('the tables of the demo generators', () => {
  it('take only tags of the taxonomy', () => {
    expect(Value.Check(Tags, ['gardening', 'dutch-practice'])).toBe(true);
    expect(Value.Check(Tags, ['gardening', 'gardenign'])).toBe(false);
  });

  it('take no field a row does not name', () => {
    const Template = Row({ weight: Range });
    expect(Value.Check(Template, { weight: [1, 2] })).toBe(true);
    expect(Value.Check(Template, { weight: [1, 2], wieght: [1, 2] })).toBe(false);
  });

  it('are read from their data files', () => {
    expect(ORGANISATION_TEMPLATES.map((template) => template.key)).toContain('repair-cafe');
  });
});
