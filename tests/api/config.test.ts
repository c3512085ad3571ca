import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, mailFromOf } from '../../api/config.ts';

describe('loadConfig', () => {
  it('starts on the embedded database at port 3000 with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: './data/pglite', SEED_ON_START: true });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('treats an empty variable as not set', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it('fails fast naming each variable that breaks its rule', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('takes a mail server as smtp:// or smtps:// and a sender, and names a wrong one', () => {
    expect(loadConfig({ SMTP_URL: 'smtp://user:secret@smtp.example.org:587' }).SMTP_URL).toBe(
      'smtp://user:secret@smtp.example.org:587',
    );
    expect(loadConfig({ SMTP_URL: 'smtps://smtp.example.org:465' }).SMTP_URL).toBe('smtps://smtp.example.org:465');
    expect(() => loadConfig({ SMTP_URL: 'http://smtp.example.org' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'smtp://smtp.example.org/some path' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ MAIL_FROM: 'Krachtkaart <not an address>' })).toThrow(/MAIL_FROM/);
    expect(mailFromOf(loadConfig({ MAIL_FROM: 'Buurt <post@buurt.example.org>' }))).toBe(
      'Buurt <post@buurt.example.org>',
    );
  });

  it('sends from noreply at the public host when no sender is set', () => {
    expect(mailFromOf(loadConfig({ PUBLIC_URL: 'https://kaart.example.org' }))).toBe(
      'Krachtkaart <noreply@kaart.example.org>',
    );
    expect(mailFromOf(loadConfig({}))).toBe('Krachtkaart <noreply@localhost>');
  });
});
