import { describe, expect, it } from 'vitest';
import {
  filtersFromSearch,
  filtersKey,
  hasActiveFilters,
  LAYER_TYPES,
  mapRequestOf,
  NO_FILTERS,
  searchWithFilters,
  searchWithView,
  viewFromSearch,
} from '../../web/src/map-page/map-filters.ts';

const search = (query: string) => new URLSearchParams(query);

describe('filtersFromSearch', () => {
  it('reads every filter from a shared link', () => {
    expect(
      filtersFromSearch(
        search(
          'types=place,organisation&domains=garden-nature&tags=gardening&direction=wish&buurt=BU08551102&wijk=WK085511&q=tuin',
        ),
      ),
    ).toEqual({
      types: ['organisation', 'place'],
      domains: ['garden-nature'],
      tags: ['gardening'],
      direction: 'wish',
      buurt: 'BU08551102',
      wijk: 'WK085511',
      q: 'tuin',
    });
  });

  it('shows every layer when the link names none, and none when it names an empty list', () => {
    expect(filtersFromSearch(search('')).types).toEqual([...LAYER_TYPES]);
    expect(filtersFromSearch(search('types=')).types).toEqual([]);
  });

  it('drops what the API would refuse: unknown layers, malformed keys, a wrong buurt or wijk code or direction', () => {
    expect(
      filtersFromSearch(
        search('types=place,volcano&tags=ok-tag,Bad!&domains=x&buurt=WK085511&wijk=BU08551102&direction=both'),
      ),
    ).toEqual({
      ...NO_FILTERS,
      types: ['place'],
      tags: ['ok-tag'],
    });
  });
});

describe('searchWithFilters', () => {
  it('writes only what differs from the defaults, in a fixed order, and keeps the view', () => {
    const next = searchWithFilters(search('view=list&q=old'), {
      ...NO_FILTERS,
      types: ['people', 'place'],
      q: '  tuin ',
    });
    expect(next.toString()).toBe('view=list&types=place%2Cpeople&q=tuin');
  });

  it('gives back the same filters it was given', () => {
    const filters = {
      types: ['story' as const],
      domains: ['food', 'care'],
      tags: ['baking'],
      direction: 'offer' as const,
      buurt: 'BU08551102',
      wijk: 'WK085511',
      q: 'brood',
    };
    expect(filtersFromSearch(searchWithFilters(search(''), filters))).toEqual(filters);
  });

  it('keeps an empty list of layers, so "nothing" survives a reload', () => {
    expect(filtersFromSearch(searchWithFilters(search(''), { ...NO_FILTERS, types: [] })).types).toEqual([]);
  });
});

describe('the view', () => {
  it('is the map unless the address asks for the list', () => {
    expect(viewFromSearch(search(''))).toBe('map');
    expect(viewFromSearch(search('view=list'))).toBe('list');
    expect(viewFromSearch(search('view=table'))).toBe('map');
    expect(searchWithView(search('q=tuin&view=list'), 'map').toString()).toBe('q=tuin');
  });
});

describe('mapRequestOf', () => {
  it('asks for the bbox with only the filters that are set', () => {
    expect(mapRequestOf({ ...NO_FILTERS, tags: ['a1', 'b2'], direction: 'offer' }, '5.0,51.5,5.1,51.6')).toEqual({
      bbox: '5.0,51.5,5.1,51.6',
      tags: 'a1,b2',
      direction: 'offer',
    });
  });

  it('leaves out a search text shorter than two letters', () => {
    expect(mapRequestOf({ ...NO_FILTERS, q: ' t ' }, 'b')).toEqual({ bbox: 'b' });
    expect(mapRequestOf({ ...NO_FILTERS, q: ' tu ' }, 'b')).toEqual({ bbox: 'b', q: 'tu' });
  });

  it('asks nothing when every layer is switched off', () => {
    expect(mapRequestOf({ ...NO_FILTERS, types: [] }, 'b')).toBeNull();
  });
});

describe('filtersKey', () => {
  it('is the same for filters that ask the API the same question', () => {
    expect(filtersKey({ ...NO_FILTERS, q: 't' })).toBe(filtersKey(NO_FILTERS));
    expect(filtersKey({ ...NO_FILTERS, q: 'tuin' })).not.toBe(filtersKey(NO_FILTERS));
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...NO_FILTERS, buurt: 'BU08551102' })).toBe(true);
  });
});
