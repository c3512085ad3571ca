import { useState } from 'react';
import { getMe, type Me } from '../../api/me.ts';
import { FormAlert, SelectField, SubmitButton, FormStatus } from '../../forms/fields.tsx';
import { useApiData } from '../../use-api-data.ts';
import {
  type Asset,
  createAsset,
  getMyAssets,
  getTaxonomy,
  type TaxonomyDomain,
  type ThingKind,
} from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { THING_KINDS } from '../../../../api/assets/asset-kinds.ts';
import { AssetFields, assetText, kindOptions } from '../shared/AssetFields.tsx';
import { useNewAsset } from '../shared/use-new-asset.ts';
import { ContributePageLayout } from '../shared/ContributePageLayout.tsx';
import { LoadedData } from '../shared/LoadedData.tsx';
import { MyItemsSection, useAssetList } from '../shared/MyItems.tsx';

const FIELDS = ['kind', 'title', 'description', 'tags', 'ownerOrganisationId', 'visibility'] as const;
type Field = (typeof FIELDS)[number];

/** Things to lend: a drill, a cargo bike, a party tent. Mine are placed only in aggregate; an organisation's publicly. */
export function ThingPage() {
  const { t } = useContributeTranslation();
  return <ContributePageLayout title={t('thing.title')}>{() => <ThingLoader />}</ContributePageLayout>;
}

function loadThingPage(signal: AbortSignal) {
  return Promise.all([getMe(signal), getTaxonomy(signal), getMyAssets(signal)]);
}

function ThingLoader() {
  const data = useApiData(loadThingPage, []);
  return (
    <LoadedData data={data}>
      {([me, taxonomy, assets]) => (
        <ThingSections me={me} taxonomy={taxonomy} initialThings={assets.filter((asset) => asset.type === 'thing')} />
      )}
    </LoadedData>
  );
}

interface ThingSectionsProps {
  me: Me;
  taxonomy: TaxonomyDomain[];
  initialThings: Asset[];
}

function ThingSections({ me, taxonomy, initialThings }: ThingSectionsProps) {
  const { t } = useContributeTranslation();
  const things = useAssetList(initialThings);
  const [owner, setOwner] = useState('');
  const { draft, change, form, onSubmit, status } = useNewAsset<ThingKind, Field>({
    fields: FIELDS,
    kindRequired: 'thing.kindRequired',
    create: (draft) =>
      createAsset({
        type: 'thing',
        kind: draft.kind,
        ...assetText(draft),
        ...(owner === '' ? { visibility: draft.visibility } : { ownerOrganisationId: owner }),
      }),
    onCreated: things.add,
  });

  return (
    <div className="sections">
      <section className="section" aria-labelledby="new-thing-heading">
        <h2 id="new-thing-heading">{t('thing.newHeading')}</h2>
        <p>{t('thing.intro')}</p>
        <form className="form" noValidate onSubmit={onSubmit}>
          <FormAlert message={form.alert} alertRef={form.alertRef} />
          <AssetFields
            idPrefix="thing"
            draft={draft}
            onChange={change}
            form={form}
            taxonomy={taxonomy}
            kind={{
              style: 'select',
              label: t('thing.kind'),
              emptyLabel: t('thing.chooseKind'),
              options: kindOptions(THING_KINDS, (each) => t(`thing.kinds.${each}`)),
            }}
            title={{ label: t('thing.name'), hint: t('thing.nameHint') }}
            askVisibility={owner === ''}
          >
            {me.organisations.length > 0 && (
              <SelectField
                id="thing-owner"
                label={t('thing.owner')}
                value={owner}
                onChange={(event) => setOwner(event.target.value)}
                error={form.errors.ownerOrganisationId}
                selectRef={form.fieldRef('ownerOrganisationId')}
              >
                <option value="">{t('thing.ownerMe')}</option>
                {me.organisations.map((organisation) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.name}
                  </option>
                ))}
              </SelectField>
            )}
            {owner !== '' && <p className="privacy-note">{t('thing.organisationPublic')}</p>}
          </AssetFields>
          <SubmitButton label={t('add.submit')} submitting={form.submitting} />
          <FormStatus>{status}</FormStatus>
        </form>
      </section>
      <MyItemsSection
        headingId="my-things-heading"
        heading={t('thing.mineHeading')}
        list={things}
        taxonomy={taxonomy}
        kindLabel={(thing) => t(`thing.kinds.${thing.kind}` as 'thing.kinds.tool')}
        meta={(thing) => (
          <p className="item-card__meta">
            {thing.owner?.kind === 'organisation'
              ? thing.owner.name
              : t('item.visibleTo', { who: t(`visibility.${thing.visibility}.label`) })}
          </p>
        )}
      />
    </div>
  );
}
