import { FormAlert, SubmitButton, FormStatus } from '../../forms/fields.tsx';
import { type Asset, createAsset, type OrganisationItemKind, type TaxonomyDomain } from '../../api/assets.ts';
import type { Organisation } from '../../api/organisations.ts';
import { useContributeTranslation } from '../i18n.ts';
import { ORGANISATION_OFFER_KINDS, ORGANISATION_WISH_KINDS } from '../kinds.ts';
import { AssetFields, assetText, kindOptions } from '../shared/AssetFields.tsx';
import { useNewAsset } from '../shared/use-new-asset.ts';
import { useAssetList } from '../shared/MyItems.tsx';
import { SimpleItemCard } from '../shared/SimpleItemCard.tsx';

const FIELDS = ['kind', 'title', 'description', 'tags'] as const;
type Field = (typeof FIELDS)[number];

interface OrganisationItemsProps {
  organisation: Organisation;
  initialItems: Asset[];
  taxonomy: readonly TaxonomyDomain[];
  /** After an item was added, changed or removed. */
  onItemsChanged?: () => void;
}

/** What the organisation offers (a room, materials, an activity, expertise) and looks for (volunteers, partners, space). */
export function OrganisationItems({ organisation, initialItems, taxonomy, onItemsChanged }: OrganisationItemsProps) {
  const { t } = useContributeTranslation();
  const items = useAssetList(initialItems);
  const { draft, change, form, onSubmit, status, setStatus } = useNewAsset<OrganisationItemKind, Field>({
    fields: FIELDS,
    kindRequired: 'organisationItems.kindRequired',
    create: (draft) =>
      createAsset({
        type: 'organisation-item',
        ownerOrganisationId: organisation.id,
        kind: draft.kind,
        ...assetText(draft),
      }),
    onCreated: (asset) => {
      items.add(asset);
      onItemsChanged?.();
    },
  });

  function kindLabel(kind: OrganisationItemKind): string {
    return t(`organisationItems.kinds.${kind}`);
  }

  function replace(asset: Asset): void {
    items.replace(asset);
    onItemsChanged?.();
  }

  function remove(asset: Asset): void {
    items.remove(asset);
    onItemsChanged?.();
    setStatus(t('item.deleted', { title: asset.title }));
  }

  return (
    <section className="section" aria-labelledby="organisation-items-heading">
      <h2 id="organisation-items-heading" ref={items.headingRef} tabIndex={-1}>
        {t('organisationItems.heading')}
      </h2>
      <p>{t('organisationItems.intro')}</p>
      {items.items.length === 0 ? (
        <p className="field__hint">{t('item.none')}</p>
      ) : (
        <ul className="item-list">
          {items.items.map((item) => (
            <SimpleItemCard
              key={item.id}
              asset={item}
              kindLabel={kindLabel(item.kind as OrganisationItemKind)}
              taxonomy={taxonomy}
              onChanged={replace}
              onDeleted={remove}
            />
          ))}
        </ul>
      )}
      <form className="form add-item" noValidate onSubmit={onSubmit} aria-labelledby="organisation-item-add-heading">
        <h3 id="organisation-item-add-heading">{t('organisationItems.addHeading')}</h3>
        <FormAlert message={form.alert} alertRef={form.alertRef} />
        <AssetFields
          idPrefix="organisation-item"
          draft={draft}
          onChange={change}
          form={form}
          taxonomy={taxonomy}
          kind={{
            style: 'select',
            label: t('organisationItems.kind'),
            emptyLabel: t('organisationItems.chooseKind'),
            options: (
              <>
                <optgroup label={t('organisationItems.offers')}>
                  {kindOptions(ORGANISATION_OFFER_KINDS, kindLabel)}
                </optgroup>
                <optgroup label={t('organisationItems.wishes')}>
                  {kindOptions(ORGANISATION_WISH_KINDS, kindLabel)}
                </optgroup>
              </>
            ),
          }}
          title={{ label: t('organisationItems.title'), hint: t('organisationItems.titleHint') }}
        />
        <SubmitButton label={t('add.submit')} submitting={form.submitting} />
        <FormStatus>{status}</FormStatus>
      </form>
    </section>
  );
}
