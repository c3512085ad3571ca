import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/** What the address search offers a person to choose from: no coordinates, only what they recognise. */
export interface AddressSuggestion {
  id: string;
  label: string;
  kind: 'address' | 'postcode';
}

export interface AddressPoint {
  label: string;
  lng: number;
  lat: number;
}

/** The geocoder could not be asked, or did not answer as its protocol says. */
export class GeocoderUnavailableError extends Error {}

const KINDS: Record<string, AddressSuggestion['kind']> = { adres: 'address', postcode: 'postcode' };

// The part of a Locatieserver (Apache Solr) answer that is read; the rest is left alone.
const AnswerSchema = Type.Object({
  response: Type.Object({
    docs: Type.Array(
      Type.Object({
        id: Type.String(),
        weergavenaam: Type.String(),
        type: Type.Optional(Type.String()),
        centroide_ll: Type.Optional(Type.String()),
      }),
    ),
  }),
});
type Answer = Static<typeof AnswerSchema>;

const WKT_POINT = /^POINT\((-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)\)$/;

/**
 * A client of the protocol of PDOK's Locatieserver (https://api.pdok.nl/bzk/locatieserver/search/v3_1), the Dutch
 * standard for finding an address or postcode: `suggest` while typing, `lookup` for the point of the one chosen.
 */
export function locatieserver(baseUrl: string, timeoutMs = 5000) {
  const base = baseUrl.replace(/\/+$/, '');

  async function ask(endpoint: 'suggest' | 'lookup', parameters: Record<string, string>): Promise<Answer> {
    const url = new URL(`${base}/${endpoint}`);
    for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
    let answer: unknown;
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new GeocoderUnavailableError(`the geocoder answered ${response.status}`);
      answer = await response.json();
    } catch (error) {
      if (error instanceof GeocoderUnavailableError) throw error;
      throw new GeocoderUnavailableError(`the geocoder could not be reached (${(error as Error).message})`);
    }
    if (!Value.Check(AnswerSchema, answer)) throw new GeocoderUnavailableError('the geocoder answered in another form');
    return answer;
  }

  return {
    async suggest(query: string, rows = 7): Promise<AddressSuggestion[]> {
      const answer = await ask('suggest', {
        q: query,
        fq: 'type:(adres OR postcode)',
        rows: String(rows),
        fl: 'id,type,weergavenaam',
      });
      return answer.response.docs.flatMap((doc) => {
        const kind = KINDS[doc.type ?? ''];
        return kind === undefined ? [] : [{ id: doc.id, label: doc.weergavenaam, kind }];
      });
    },

    /** The point of an address or postcode by the id `suggest` gave, or null when the geocoder knows no such id. */
    async lookup(id: string): Promise<AddressPoint | null> {
      const answer = await ask('lookup', { id, fl: 'id,weergavenaam,centroide_ll' });
      const doc = answer.response.docs[0];
      if (doc === undefined) return null;
      const point = WKT_POINT.exec(doc.centroide_ll ?? '');
      if (point === null) throw new GeocoderUnavailableError('the geocoder gave no point for this address');
      return { label: doc.weergavenaam, lng: Number(point[1]), lat: Number(point[2]) };
    },
  };
}
