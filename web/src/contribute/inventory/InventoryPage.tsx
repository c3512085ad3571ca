import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { getMe, type Me } from '../../api/me.ts';
import { LoadProblem } from '../../forms/LoadProblem.tsx';
import { useApiData } from '../../use-api-data.ts';
import { type Asset, getMyAssets, getTaxonomy, type TaxonomyDomain } from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { ContributePageLayout } from '../shared/ContributePageLayout.tsx';
import { useSavedAssets } from '../shared/MyItems.tsx';
import { emptyDraft, type ItemDraft } from './draft.ts';
import { HomeBuurtStep } from './HomeBuurtStep.tsx';
import { InventoryStepView } from './InventoryStepView.tsx';
import { NeighboursView } from './NeighboursView.tsx';
import { INVENTORY_STEPS, paramOf, positionFrom, STEP_PARAM, type StepKey, type WizardPosition } from './steps.ts';
import { WizardProgress } from './WizardProgress.tsx';
import { LoadingStatus } from '../../forms/LoadingStatus.tsx';

/** The capacity inventory: what I can, know, love and would share, step by step, saved as I go. */
export function InventoryPage() {
  const { t } = useContributeTranslation();
  return <ContributePageLayout title={t('inventory.title')}>{() => <InventoryWizardLoader />}</ContributePageLayout>;
}

function loadWizard(signal: AbortSignal) {
  return Promise.all([getMe(signal), getMyAssets(signal), getTaxonomy(signal)]);
}

function InventoryWizardLoader() {
  const data = useApiData(loadWizard, []);
  if (data.state.status === 'error') return <LoadProblem onRetry={data.retry} />;
  if (data.state.status === 'loading') {
    return <LoadingStatus />;
  }
  const [me, assets, taxonomy] = data.state.data;
  return (
    <InventoryWizard
      initialMe={me}
      initialItems={assets.filter((asset) => asset.type === 'inventory')}
      things={assets.filter((asset) => asset.type === 'thing')}
      taxonomy={taxonomy}
    />
  );
}

interface InventoryWizardProps {
  initialMe: Me;
  initialItems: Asset[];
  /** The things they lend out: they count on the map as the items do. */
  things: Asset[];
  taxonomy: TaxonomyDomain[];
}

function InventoryWizard({ initialMe, initialItems, things, taxonomy }: InventoryWizardProps) {
  const { t } = useContributeTranslation();
  const [me, setMe] = useState(initialMe);
  const items = useSavedAssets(initialItems);
  const [drafts, setDrafts] = useState<Partial<Record<StepKey, ItemDraft>>>({});
  const [searchParams, setSearchParams] = useSearchParams();
  const position = positionFrom(searchParams.get(STEP_PARAM), me.homeBuurt === null);
  const positionKey = paramOf(position);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownPosition = useRef(positionKey);

  // A new step starts at its heading, for screen readers and keyboards; not on the first load (the page title has it).
  useEffect(
    function focusNewStep() {
      if (shownPosition.current === positionKey) return;
      shownPosition.current = positionKey;
      headingRef.current?.focus();
      window.scrollTo({ top: 0 });
    },
    [positionKey],
  );

  function go(next: WizardPosition): void {
    setSearchParams({ [STEP_PARAM]: paramOf(next) });
  }

  return (
    <div className="wizard">
      <p className="wizard__intro">{t('inventory.intro')}</p>
      <WizardProgress position={position} items={items.items} needsBuurt={me.homeBuurt === null} />
      {position.at === 'buurt' && (
        <HomeBuurtStep
          headingRef={headingRef}
          onSaved={(updated) => {
            setMe(updated);
            go({ at: 'step', index: 0 });
          }}
          onSkip={() => go({ at: 'step', index: 0 })}
        />
      )}
      {position.at === 'step' && (
        <InventoryStepView
          key={position.index}
          index={position.index}
          headingRef={headingRef}
          items={items.items}
          taxonomy={taxonomy}
          draft={drafts[INVENTORY_STEPS[position.index]!.key] ?? emptyDraft(INVENTORY_STEPS[position.index]!)}
          onDraftChange={(draft) =>
            setDrafts((previous) => ({ ...previous, [INVENTORY_STEPS[position.index]!.key]: draft }))
          }
          onAdded={items.add}
          onChanged={items.replace}
          onDeleted={items.remove}
          onGo={go}
        />
      )}
      {position.at === 'summary' && (
        <NeighboursView
          headingRef={headingRef}
          me={me}
          items={items.items}
          things={things}
          taxonomy={taxonomy}
          unsavedSteps={INVENTORY_STEPS.filter((step) => drafts[step.key]?.title.trim()).map((step) => step.key)}
          onGo={go}
        />
      )}
    </div>
  );
}
