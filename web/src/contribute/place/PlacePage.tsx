import { useState } from 'react';
import { type BuurtCollection, getBuurten } from '../../api/areas.ts';
import { getMe, type Me } from '../../api/me.ts';
import { useApiData } from '../../use-api-data.ts';
import { type Asset, getMyAssets, getTaxonomy, type TaxonomyDomain } from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { ContributePageLayout } from '../shared/ContributePageLayout.tsx';
import { LoadedData } from '../shared/LoadedData.tsx';
import { MyItemsSection, useAssetList } from '../shared/MyItems.tsx';
import { PlaceForm } from './PlaceForm.tsx';

/** Register a place: a pin, a route drawn as a line or an area drawn as a polygon, with what it offers. */
export function PlacePage() {
  const { t } = useContributeTranslation();
  return <ContributePageLayout title={t('place.title')}>{() => <PlaceLoader />}</ContributePageLayout>;
}

function loadPlacePage(signal: AbortSignal) {
  return Promise.all([getMe(signal), getTaxonomy(signal), getBuurten(signal), getMyAssets(signal)]);
}

function PlaceLoader() {
  const data = useApiData(loadPlacePage, []);
  return (
    <LoadedData data={data}>
      {([me, taxonomy, buurten, assets]) => (
        <PlaceSections
          me={me}
          taxonomy={taxonomy}
          buurten={buurten}
          initialPlaces={assets.filter((asset) => asset.type === 'place')}
        />
      )}
    </LoadedData>
  );
}

interface PlaceSectionsProps {
  me: Me;
  taxonomy: TaxonomyDomain[];
  buurten: BuurtCollection;
  initialPlaces: Asset[];
}

function PlaceSections({ me, taxonomy, buurten, initialPlaces }: PlaceSectionsProps) {
  const { t } = useContributeTranslation();
  const places = useAssetList(initialPlaces);
  // A new form (with a fresh map) after each saved place.
  const [formKey, setFormKey] = useState(0);

  return (
    <div className="sections">
      <PlaceForm
        key={formKey}
        me={me}
        taxonomy={taxonomy}
        buurten={buurten}
        onSaved={places.add}
        onAnother={() => setFormKey((key) => key + 1)}
      />
      <MyItemsSection
        headingId="my-places-heading"
        heading={t('place.mineHeading')}
        list={places}
        taxonomy={taxonomy}
        kindLabel={(place) => t(`place.kinds.${place.kind}` as 'place.kinds.park')}
        meta={(place) => (
          <p className="item-card__meta">
            {place.buurt === null ? t('place.noBuurt') : t('place.inBuurt', { buurt: place.buurt.name })}
            {place.owner?.kind === 'organisation' && ` · ${place.owner.name}`}
          </p>
        )}
      />
    </div>
  );
}
