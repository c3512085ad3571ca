import { describe, expect, it } from 'vitest';
import { safeReturnPath, withReturnPath } from '../../web/src/account/return-path.ts';

describe('the page to return to after logging in', () => {
  it('is followed when it is a path on this site', () => {
    expect(safeReturnPath('/uitnodiging?token=abc')).toBe('/uitnodiging?token=abc');
    expect(withReturnPath('/inloggen', '/uitnodiging?token=abc')).toBe('/inloggen?terug=%2Fuitnodiging%3Ftoken%3Dabc');
  });

  it('is ignored when it could lead to another site', () => {
    for (const value of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '',
      null,
    ]) {
      expect(safeReturnPath(value)).toBeNull();
    }
  });
});
