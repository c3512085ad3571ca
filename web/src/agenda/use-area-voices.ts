import { getMapPage } from '../api/assets.ts';
import { getAreaObservations } from '../api/observations.ts';
import { useApiData } from '../use-api-data.ts';
import { useAgenda } from './agenda-context.ts';

export interface VoiceOption {
  /** "kind:ref", as the evidence route takes them. */
  value: string;
  label: string;
  group: 'observation' | 'story';
}

/** Observations and stories of the area, as the options of an evidence picker ("kind:ref" → label). */
export function useAreaVoices(): { options: VoiceOption[]; loading: boolean } {
  const { agenda } = useAgenda();
  const { state } = useApiData(
    async (signal) => {
      const [observations, stories] = await Promise.all([
        getAreaObservations(agenda.area.type, agenda.area.code, signal),
        getMapPage({ types: 'story', [agenda.area.type]: agenda.area.code, limit: 200 }, null, signal),
      ]);
      return [
        ...observations.map((observation) => ({
          value: `observation:${observation.id}`,
          label: observation.body,
          group: 'observation' as const,
        })),
        ...stories.features.map((story) => ({
          value: `story:${String(story.id)}`,
          label: story.properties.title ?? '',
          group: 'story' as const,
        })),
      ];
    },
    [agenda.area.type, agenda.area.code],
  );
  return { options: state.status === 'ready' ? state.data : [], loading: state.status === 'loading' };
}
