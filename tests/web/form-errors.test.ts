import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api/client.ts';
import { fieldNameOf, minutesToWait, sortProblems } from '../../web/src/forms/api-errors.ts';
import { failureMessage, problemMessage } from '../../web/src/forms/messages.ts';
import nl from '../../web/src/i18n/nl.json';

let t: TFunction<'translation'>;

beforeAll(async () => {
  const instance = i18next.createInstance();
  // As in the app, the municipality's name comes from the data (web/src/map/instance-area.ts).
  await instance.init({
    lng: 'nl',
    resources: { nl: { translation: nl } },
    interpolation: { escapeValue: false, defaultVariables: { municipality: 'Tilburg' } },
  });
  t = instance.t;
});

describe('the API field errors', () => {
  it('are named by the form field they belong to', () => {
    expect(fieldNameOf('body/password')).toBe('password');
    expect(fieldNameOf('body/location/coordinates/0')).toBe('location');
    expect(fieldNameOf('body')).toBe('');
  });

  it('go beside the fields of the form, the first per field, and the rest to the form as a whole', () => {
    const sorted = sortProblems(
      [
        { field: 'body/password', rule: 'minLength', message: 'must NOT have fewer than 10 characters' },
        { field: 'body/password', rule: 'maxLength', message: 'must NOT have more than 200 characters' },
        { field: 'body', rule: 'inside-a-buurt', message: 'is not inside any buurt' },
        { field: 'body/isAdmin', rule: 'additionalProperties', message: 'must NOT have additional properties' },
      ],
      ['email', 'password'] as const,
    );
    expect(sorted.fields).toEqual({
      password: { field: 'password', rule: 'minLength', message: 'must NOT have fewer than 10 characters', limit: 10 },
    });
    expect(sorted.rest.map((problem) => problem.rule)).toEqual(['inside-a-buurt', 'additionalProperties']);
  });

  it('are told in Dutch, with the field’s own words where there are some, else the API’s', () => {
    const problem = (field: string, rule: string, message: string) => ({
      field,
      rule,
      message,
      limit: /\d+/.test(message) ? Number(/\d+/.exec(message)![0]) : null,
    });
    expect(problemMessage(t, problem('password', 'minLength', 'must NOT have fewer than 10 characters'))).toBe(
      'Kies een wachtwoord van minstens 10 tekens.',
    );
    expect(problemMessage(t, problem('displayName', 'maxLength', 'must NOT have more than 80 characters'))).toBe(
      'Dit is te lang: gebruik hoogstens 80 tekens.',
    );
    expect(problemMessage(t, problem('email', 'format', 'must match format "email"'))).toBe(
      'Vul een e-mailadres in, zoals naam@voorbeeld.nl.',
    );
    expect(problemMessage(t, problem('currentPassword', 'matches', 'is not your current password'))).toBe(
      'Dit is niet je huidige wachtwoord.',
    );
    expect(problemMessage(t, problem('', 'inside-a-buurt', 'is not inside any buurt'))).toMatch(
      /niet in een buurt van Tilburg/,
    );
    expect(problemMessage(t, problem('name', 'minLength', 'must not be empty'))).toBe('must not be empty');
    expect(problemMessage(t, problem('name', 'multipleOf', 'must be a multiple of 2'))).toBe('must be a multiple of 2');
  });
});

describe('a failed call as a whole', () => {
  it('says in whole minutes when to try again after too many attempts', () => {
    expect(minutesToWait(150)).toBe(3);
    expect(minutesToWait(60)).toBe(1);
    expect(minutesToWait(5)).toBe(1);
    expect(minutesToWait(null)).toBe(1);
    expect(failureMessage(t, new ApiError(429, 'Too many attempts.', [], 150))).toBe(
      'Te veel pogingen, probeer het over 3 minuten opnieuw.',
    );
    expect(failureMessage(t, new ApiError(429, 'Too many attempts.', [], 30))).toBe(
      'Te veel pogingen, probeer het over 1 minuut opnieuw.',
    );
  });

  it('tells a lost connection, a server fault and a refusal apart', () => {
    expect(failureMessage(t, new TypeError('Failed to fetch'))).toMatch(/geen verbinding/);
    expect(failureMessage(t, new ApiError(503, 'busy'))).toMatch(/ging iets mis/);
    expect(failureMessage(t, new ApiError(401, 'Log in to do this.'))).toMatch(/niet \(meer\) ingelogd/);
    expect(failureMessage(t, new ApiError(400, 'body must NOT have fewer than 1 properties'))).toBe(
      'body must NOT have fewer than 1 properties',
    );
  });
});
