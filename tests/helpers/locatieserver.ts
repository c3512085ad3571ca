import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An entry of the test geocoder: invented addresses, as PDOK's Locatieserver types them. */
export interface TestAddress {
  id: string;
  label: string;
  type: 'adres' | 'postcode' | 'woonplaats';
  lng: number;
  lat: number;
}

export interface TestLocatieserver {
  /** The base URL, as GEOCODER_URL would name PDOK's (…/search/v3_1). */
  url: string;
  /** Every request it was sent, in order. */
  requests: URL[];
  /** Answers every request with this status from now on (null: answer normally). */
  failWith(status: number | null): void;
  close(): Promise<void>;
}

// The parameters PDOK's Locatieserver 3.1 accepts on suggest and lookup; it refuses any other.
const KNOWN_PARAMETERS = new Set(['q', 'fq', 'rows', 'start', 'fl', 'id', 'df', 'sort', 'bq', 'lat', 'lon', 'wt']);

const normalised = (text: string) => text.toLowerCase().replace(/[\s,]+/g, '');

/**
 * A local server that speaks the protocol of PDOK's Locatieserver (Apache Solr answers under /suggest and /lookup),
 * serving `addresses`, so tests exercise the real HTTP client without the internet.
 */
export async function startTestLocatieserver(addresses: TestAddress[]): Promise<TestLocatieserver> {
  const requests: URL[] = [];
  let failure: number | null = null;

  function answer(response: ServerResponse, status: number, body: unknown) {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url);
    if (failure !== null) return answer(response, failure, { message: 'unavailable' });
    const unknown = [...url.searchParams.keys()].filter((name) => !KNOWN_PARAMETERS.has(name));
    if (unknown.length > 0) return answer(response, 400, { message: `unknown parameters: ${unknown.join(', ')}` });
    const rows = Number(url.searchParams.get('rows') ?? 10);
    if (url.pathname === '/search/v3_1/suggest') {
      const query = url.searchParams.get('q');
      if (!query) return answer(response, 400, { message: 'q is required' });
      const types = /^type:\((.*)\)$/.exec(url.searchParams.get('fq') ?? '')?.[1]?.split(' OR ');
      const docs = addresses
        .filter((address) => types === undefined || types.includes(address.type))
        .filter((address) => normalised(address.label).includes(normalised(query)))
        .slice(0, rows)
        .map((address) => ({ type: address.type, weergavenaam: address.label, id: address.id, score: 10 }));
      return answer(response, 200, {
        response: { numFound: docs.length, start: 0, maxScore: 10, numFoundExact: true, docs },
        highlighting: {},
      });
    }
    if (url.pathname === '/search/v3_1/lookup') {
      const found = addresses.find((address) => address.id === url.searchParams.get('id'));
      const docs = found
        ? [{ id: found.id, weergavenaam: found.label, centroide_ll: `POINT(${found.lng} ${found.lat})` }]
        : [];
      return answer(response, 200, { response: { numFound: docs.length, start: 0, maxScore: 1, docs } });
    }
    return answer(response, 404, { message: 'not found' });
  }

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/search/v3_1`,
    requests,
    failWith(status) {
      failure = status;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
