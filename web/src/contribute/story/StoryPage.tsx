import { useState } from 'react';
import { type BuurtCollection, getBuurten } from '../../api/areas.ts';
import type { LngLat } from '../../api/client.ts';
import { getMe, type Me } from '../../api/me.ts';
import { FormAlert, SubmitButton, FormStatus } from '../../forms/fields.tsx';
import type { FieldMessages } from '../../forms/use-form.ts';
import { useApiData } from '../../use-api-data.ts';
import {
  type Asset,
  createAsset,
  getMyAssets,
  getTaxonomy,
  type StoryKind,
  type TaxonomyDomain,
} from '../../api/assets.ts';
import { geometryOf } from '../geometry.ts';
import { useContributeTranslation } from '../i18n.ts';
import { STORY_KINDS } from '../../../../api/assets/asset-kinds.ts';
import { AssetFields, assetText, kindOptions } from '../shared/AssetFields.tsx';
import { useNewAsset } from '../shared/use-new-asset.ts';
import { BuurtSelect } from '../../forms/BuurtSelect.tsx';
import { ContributePageLayout } from '../shared/ContributePageLayout.tsx';
import { LoadedData } from '../shared/LoadedData.tsx';
import { ShapeField } from '../shared/ShapeField.tsx';
import { MyItemsSection, useAssetList } from '../shared/MyItems.tsx';

const FIELDS = ['kind', 'title', 'description', 'tags', 'buurtCode', 'point'] as const;
type Field = (typeof FIELDS)[number];

/** A story of the place: its history, a tradition, a memory; about a whole buurt, or about one spot in it. */
export function StoryPage() {
  const { t } = useContributeTranslation();
  return <ContributePageLayout title={t('story.title')}>{() => <StoryLoader />}</ContributePageLayout>;
}

function loadStoryPage(signal: AbortSignal) {
  return Promise.all([getMe(signal), getTaxonomy(signal), getBuurten(signal), getMyAssets(signal)]);
}

function StoryLoader() {
  const data = useApiData(loadStoryPage, []);
  return (
    <LoadedData data={data}>
      {([me, taxonomy, buurten, assets]) => (
        <StorySections
          me={me}
          taxonomy={taxonomy}
          buurten={buurten}
          initialStories={assets.filter((asset) => asset.type === 'story')}
        />
      )}
    </LoadedData>
  );
}

interface StorySectionsProps {
  me: Me;
  taxonomy: TaxonomyDomain[];
  buurten: BuurtCollection;
  initialStories: Asset[];
}

function StorySections({ me, taxonomy, buurten, initialStories }: StorySectionsProps) {
  const { t } = useContributeTranslation();
  const stories = useAssetList(initialStories);
  const [buurtCode, setBuurtCode] = useState(me.homeBuurt?.code ?? '');
  const [pin, setPin] = useState<LngLat[]>([]);
  // A new map (with no pin) after each story.
  const [formKey, setFormKey] = useState(0);
  const { draft, change, form, onSubmit, status } = useNewAsset<StoryKind, Field>({
    fields: FIELDS,
    kindRequired: 'story.kindRequired',
    validate: (draft) => {
      const problems: FieldMessages<Field> = {};
      if (draft.description.trim() === '') problems.description = t('problems.storyRequired');
      if (buurtCode === '' && pin.length === 0) problems.buurtCode = t('story.whereRequired');
      return problems;
    },
    create: (draft) => {
      const point = geometryOf('point', pin);
      return createAsset({
        type: 'story',
        kind: draft.kind,
        ...assetText(draft),
        description: draft.description.trim(),
        // A pin is more precise than the buurt, and the API takes the buurt from it.
        ...(point?.type === 'Point' ? { point } : { buurtCode }),
      });
    },
    onCreated: (asset) => {
      stories.add(asset);
      setPin([]);
      setFormKey((key) => key + 1);
    },
  });

  return (
    <div className="sections">
      <section className="section" aria-labelledby="new-story-heading">
        <h2 id="new-story-heading">{t('story.newHeading')}</h2>
        <p>{t('story.intro')}</p>
        <p className="privacy-note">{t('story.publicNote')}</p>
        <form className="form" noValidate onSubmit={onSubmit}>
          <FormAlert message={form.alert} alertRef={form.alertRef} />
          <AssetFields
            idPrefix="story"
            draft={draft}
            onChange={change}
            form={form}
            taxonomy={taxonomy}
            kind={{
              style: 'select',
              label: t('story.kind'),
              emptyLabel: t('story.chooseKind'),
              options: kindOptions(STORY_KINDS, (each) => t(`story.kinds.${each}`)),
            }}
            title={{ label: t('story.name') }}
            description={{ label: t('story.text'), hint: t('story.textHint'), rows: 6 }}
          >
            <BuurtSelect
              id="story-buurt"
              label={t('story.buurt')}
              hint={t('story.buurtHint')}
              emptyLabel={t('story.chooseBuurt')}
              buurten={buurten}
              value={buurtCode}
              onChange={setBuurtCode}
              error={form.errors.buurtCode}
              selectRef={form.fieldRef('buurtCode')}
            />
            <ShapeField
              key={formKey}
              id="story-pin"
              mode="point"
              lngLats={pin}
              onChange={setPin}
              label={t('story.pin')}
              error={form.errors.point}
              fieldRef={form.fieldRef('point')}
              buurten={buurten}
              focusBuurtCode={buurtCode === '' ? null : buurtCode}
            />
          </AssetFields>
          <SubmitButton label={t('story.submit')} submitting={form.submitting} />
          <FormStatus>{status}</FormStatus>
        </form>
      </section>
      <MyItemsSection
        headingId="my-stories-heading"
        heading={t('story.mineHeading')}
        list={stories}
        taxonomy={taxonomy}
        kindLabel={(story) => t(`story.kinds.${story.kind}` as 'story.kinds.history')}
        meta={(story) =>
          story.buurt !== null && <p className="item-card__meta">{t('place.inBuurt', { buurt: story.buurt.name })}</p>
        }
      />
    </div>
  );
}
