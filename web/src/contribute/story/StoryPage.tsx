import { useState } from 'react';
import { type BuurtCollection, getBuurten } from '../../api/areas.ts';
import type { LngLat } from '../../api/client.ts';
import type { Me } from '../../api/me.ts';
import type { FieldMessages } from '../../forms/use-form.ts';
import { type Asset, createAsset, type StoryKind, type TaxonomyDomain } from '../../api/assets.ts';
import { geometryOf } from '../geometry.ts';
import { useContributeTranslation } from '../i18n.ts';
import { STORY_KINDS } from '../../../../api/assets/asset-kinds.ts';
import { assetText } from '../shared/AssetFields.tsx';
import { useNewAsset } from '../shared/use-new-asset.ts';
import { BuurtSelect } from '../../forms/BuurtSelect.tsx';
import { NewAssetSection } from '../shared/NewAssetSection.tsx';
import { OwnAssetsPage } from '../shared/OwnAssetsPage.tsx';
import { ShapeField } from '../shared/ShapeField.tsx';

const FIELDS = ['kind', 'title', 'description', 'tags', 'buurtCode', 'point'] as const;
type Field = (typeof FIELDS)[number];

/** A story of the place: its history, a tradition, a memory; about a whole buurt, or about one spot in it. */
export function StoryPage() {
  const { t } = useContributeTranslation();
  return (
    <OwnAssetsPage
      type="story"
      loadMore={getBuurten}
      meta={(story) =>
        story.buurt !== null && <p className="item-card__meta">{t('place.inBuurt', { buurt: story.buurt.name })}</p>
      }
    >
      {({ me, taxonomy, more, list }) => (
        <NewStorySection me={me} taxonomy={taxonomy} buurten={more} onCreated={list.add} />
      )}
    </OwnAssetsPage>
  );
}

interface NewStorySectionProps {
  me: Me;
  taxonomy: TaxonomyDomain[];
  buurten: BuurtCollection;
  onCreated: (asset: Asset) => void;
}

function NewStorySection({ me, taxonomy, buurten, onCreated }: NewStorySectionProps) {
  const { t } = useContributeTranslation();
  const [buurtCode, setBuurtCode] = useState(me.homeBuurt?.code ?? '');
  const [pin, setPin] = useState<LngLat[]>([]);
  // A new map (with no pin) after each story.
  const [formKey, setFormKey] = useState(0);
  const story = useNewAsset<StoryKind, Field>({
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
      onCreated(asset);
      setPin([]);
      setFormKey((key) => key + 1);
    },
  });

  return (
    <NewAssetSection
      type="story"
      kinds={STORY_KINDS}
      publicNote={t('story.publicNote')}
      asset={story}
      submitLabel={t('story.submit')}
      status={story.status}
      taxonomy={taxonomy}
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
        error={story.form.errors.buurtCode}
        selectRef={story.form.fieldRef('buurtCode')}
      />
      <ShapeField
        key={formKey}
        id="story-pin"
        mode="point"
        lngLats={pin}
        onChange={setPin}
        label={t('story.pin')}
        error={story.form.errors.point}
        fieldRef={story.form.fieldRef('point')}
        buurten={buurten}
        focusBuurtCode={buurtCode === '' ? null : buurtCode}
      />
    </NewAssetSection>
  );
}
