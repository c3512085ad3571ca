import { describe, expect, it } from 'vitest';
import { describeUserAgent } from '../../web/src/account/user-agent.ts';

describe('a device in the list of sessions', () => {
  it('is named by its browser and system', () => {
    expect(
      describeUserAgent(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0 Safari/537.36',
      ),
    ).toEqual({
      browser: 'Chrome',
      system: 'Linux',
    });
    expect(
      describeUserAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0',
      ),
    ).toEqual({
      browser: 'Edge',
      system: 'Windows',
    });
    expect(
      describeUserAgent(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
      ),
    ).toEqual({
      browser: 'Safari',
      system: 'iOS',
    });
    expect(describeUserAgent('Mozilla/5.0 (Linux; Android 14) Gecko/121.0 Firefox/121.0')).toEqual({
      browser: 'Firefox',
      system: 'Android',
    });
  });

  it('is unknown when the browser did not say', () => {
    expect(describeUserAgent(null)).toEqual({ browser: null, system: null });
    expect(describeUserAgent('curl/8.5.0')).toEqual({ browser: null, system: null });
  });
});
