import { badGateway, notFound } from '../shared/http-error.ts';
import { GeocoderUnavailableError, locatieserver, type AddressPoint, type AddressSuggestion } from './locatieserver.ts';

export type Geocoder = ReturnType<typeof geocoderService>;

/**
 * Address and postcode search through the geocoder the instance names (GEOCODER_URL), or none. A person's search
 * and the address they choose are passed on to it and not kept; only the point they then save as their home is.
 */
export function geocoderService(url: string | undefined) {
  const client = url === undefined ? null : locatieserver(url);

  function configured() {
    if (client === null) {
      throw notFound('This instance has no address search (GEOCODER_URL is not set): choose the point on the map.');
    }
    return client;
  }

  async function asking<T>(question: () => Promise<T>): Promise<T> {
    try {
      return await question();
    } catch (error) {
      if (error instanceof GeocoderUnavailableError) {
        throw badGateway(
          `The address search is not available right now (${error.message}): try again, or choose the point on the map.`,
        );
      }
      throw error;
    }
  }

  return {
    /** Whether people can search for an address here. */
    available: client !== null,

    suggest: (query: string): Promise<AddressSuggestion[]> => asking(() => configured().suggest(query)),

    /** The point of a suggestion's id; null when the geocoder does not know the id. */
    locate: (id: string): Promise<AddressPoint | null> => asking(() => configured().lookup(id)),
  };
}
