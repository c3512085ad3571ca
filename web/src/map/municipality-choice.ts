import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { Municipality } from '../api/areas.ts';
import { useInstanceArea } from './instance-area.ts';

const MUNICIPALITY_PARAM = 'gemeente';

export interface MunicipalityChoice {
  /** The instance's municipalities, the largest first ([] while they load or when they could not be). */
  municipalities: Municipality[];
  /** The one the map shows: the one in the address, or the largest; null while the list loads. */
  chosen: Municipality | null;
  /** Whether there is a choice to make: more than one municipality is loaded. */
  several: boolean;
  choose: (code: string) => void;
}

/**
 * Which of the instance's municipalities a page (the map, the agendas) shows, kept in the address (`?gemeente=GM0014`) so a link opens
 * on it and the back button undoes a choice. With one municipality there is nothing to choose.
 */
export function useMunicipalityChoice(): MunicipalityChoice {
  const area = useInstanceArea();
  const [searchParams, setSearchParams] = useSearchParams();
  const municipalities = Array.isArray(area) ? area : [];
  const asked = searchParams.get(MUNICIPALITY_PARAM);
  const chosen = municipalities.find((municipality) => municipality.code === asked) ?? municipalities[0] ?? null;
  const choose = useCallback(
    (code: string) =>
      setSearchParams((previous) => {
        const next = new URLSearchParams(previous);
        next.set(MUNICIPALITY_PARAM, code);
        // A buurt or wijk of the other municipality no longer applies.
        next.delete('buurt');
        next.delete('wijk');
        return next;
      }),
    [setSearchParams],
  );
  return { municipalities, chosen, several: municipalities.length > 1, choose };
}
