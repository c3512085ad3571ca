import { useState } from 'react';
import type { Me } from '../../api/me.ts';
import { type Asset, createAsset, type TaxonomyDomain, type ThingKind } from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { THING_KINDS } from '../../../../api/assets/asset-kinds.ts';
import { assetText } from '../shared/AssetFields.tsx';
import { useNewAsset } from '../shared/use-new-asset.ts';
import { OwnAssetsPage } from '../shared/OwnAssetsPage.tsx';
import { NewAssetSection } from '../shared/NewAssetSection.tsx';
import { OwnerSelect } from '../shared/OwnerSelect.tsx';

const FIELDS = ['kind', 'title', 'description', 'tags', 'ownerOrganisationId', 'visibility'] as const;
type Field = (typeof FIELDS)[number];

/** Things to lend: a drill, a cargo bike, a party tent. Mine are placed only in aggregate; an organisation's publicly. */
export function ThingPage() {
  const { t } = useContributeTranslation();
  return (
    <OwnAssetsPage
      type="thing"
      meta={(thing) => (
        <p className="item-card__meta">
          {thing.owner?.kind === 'organisation'
            ? thing.owner.name
            : t('item.visibleTo', { who: t(`visibility.${thing.visibility}.label`) })}
        </p>
      )}
    >
      {({ me, taxonomy, list }) => <NewThingSection me={me} taxonomy={taxonomy} onCreated={list.add} />}
    </OwnAssetsPage>
  );
}

interface NewThingSectionProps {
  me: Me;
  taxonomy: TaxonomyDomain[];
  onCreated: (asset: Asset) => void;
}

function NewThingSection({ me, taxonomy, onCreated }: NewThingSectionProps) {
  const { t } = useContributeTranslation();
  const [owner, setOwner] = useState('');
  const thing = useNewAsset<ThingKind, Field>({
    fields: FIELDS,
    kindRequired: 'thing.kindRequired',
    create: (draft) =>
      createAsset({
        type: 'thing',
        kind: draft.kind,
        ...assetText(draft),
        ...(owner === '' ? { visibility: draft.visibility } : { ownerOrganisationId: owner }),
      }),
    onCreated,
  });

  return (
    <NewAssetSection
      type="thing"
      kinds={THING_KINDS}
      asset={thing}
      submitLabel={t('add.submit')}
      status={thing.status}
      taxonomy={taxonomy}
      title={{ label: t('thing.name'), hint: t('thing.nameHint') }}
      askVisibility={owner === ''}
    >
      <OwnerSelect
        id="thing-owner"
        label={t('thing.owner')}
        personalLabel={t('thing.ownerMe')}
        organisations={me.organisations}
        value={owner}
        onChange={setOwner}
        error={thing.form.errors.ownerOrganisationId}
        selectRef={thing.form.fieldRef('ownerOrganisationId')}
      />
      {owner !== '' && <p className="privacy-note">{t('thing.organisationPublic')}</p>}
    </NewAssetSection>
  );
}
