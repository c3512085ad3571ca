import { describe, expect, it } from 'vitest';
import { splitLinks } from '../../web/src/admin/linkify.ts';

describe('links in an e-mail body', () => {
  it('are split out of the text, without the punctuation that ends a sentence', () => {
    expect(splitLinks('Open deze link:\nhttp://localhost:3000/bevestigen?token=abc_-1.\nDank je.')).toEqual([
      { kind: 'text', text: 'Open deze link:\n' },
      { kind: 'link', text: 'http://localhost:3000/bevestigen?token=abc_-1' },
      { kind: 'text', text: '.\nDank je.' },
    ]);
  });

  it('are only web links: other schemes stay text', () => {
    expect(splitLinks('javascript:alert(1) mailto:a@b.nl https://example.org')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) mailto:a@b.nl ' },
      { kind: 'link', text: 'https://example.org' },
    ]);
  });

  it('leave text without links as one piece', () => {
    expect(splitLinks('Hallo')).toEqual([{ kind: 'text', text: 'Hallo' }]);
    expect(splitLinks('')).toEqual([]);
  });
});
