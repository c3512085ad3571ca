import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api/client.ts';
import { describeIntroduceFailure } from '../../web/src/connector/introduce-failures.ts';
import { describeAskFailure } from '../../web/src/introductions/ask-failures.ts';
import en from '../../web/src/i18n/en.json';
import nl from '../../web/src/i18n/nl.json';

let t: TFunction<'translation'>;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  t = instance.t;
});

const refusal = (status: number, field: string, rule: string) =>
  new ApiError(status, 'refused', [{ field, rule, message: 'refused' }]);

describe('refused introductions, in kind words', () => {
  it('a recent no: asking again is not for now, without saying who said no', () => {
    const failure = describeAskFailure(t, refusal(409, 'body/to', 'declined-recently'), 'Gerrit');
    expect(failure).toEqual({
      alert:
        'Een eerdere kennismaking met Gerrit ging niet door. Na een nee vragen we het niet meteen opnieuw; over een paar maanden kan het weer.',
    });
    const byConnector = describeIntroduceFailure(t, refusal(409, 'body/parties', 'declined-recently'), {
      a: 'Fien',
      b: 'Gerrit',
    });
    expect(byConnector?.alert).toMatch(/^Een kennismaking tussen Fien en Gerrit ging kort geleden niet door\./);
    expect(t('ask.declinedRecently', { name: 'Gerrit', lng: 'en' })).toMatch(
      /^An earlier introduction with Gerrit did not go ahead\./,
    );
  });

  it('an open one is not the same as a recent no, and other refusals are left to the form', () => {
    expect(describeAskFailure(t, refusal(409, 'body/to', 'unique'), 'Bram')?.alert).toBe(
      t('ask.alreadyOpen', { name: 'Bram' }),
    );
    expect(describeAskFailure(t, refusal(400, 'body/note', 'maxLength'), 'Bram')).toBeUndefined();
    expect(describeAskFailure(t, new Error('offline'), 'Bram')).toBeUndefined();
  });
});
