import { useState } from 'react';
import { getBuurten } from '../../api/areas.ts';
import { useContributeTranslation } from '../i18n.ts';
import { OwnAssetsPage } from '../shared/OwnAssetsPage.tsx';
import { PlaceForm, type PlaceFormProps } from './PlaceForm.tsx';

/** Register a place: a pin, a route drawn as a line or an area drawn as a polygon, with what it offers. */
export function PlacePage() {
  const { t } = useContributeTranslation();
  return (
    <OwnAssetsPage
      type="place"
      loadMore={getBuurten}
      meta={(place) => (
        <p className="item-card__meta">
          {place.buurt === null ? t('place.noBuurt') : t('place.inBuurt', { buurt: place.buurt.name })}
          {place.owner?.kind === 'organisation' && ` · ${place.owner.name}`}
        </p>
      )}
    >
      {({ me, taxonomy, more, list }) => <NewPlace me={me} taxonomy={taxonomy} buurten={more} onSaved={list.add} />}
    </OwnAssetsPage>
  );
}

function NewPlace(props: Omit<PlaceFormProps, 'onAnother'>) {
  // A new form (with a fresh map) after each saved place.
  const [formKey, setFormKey] = useState(0);
  return <PlaceForm key={formKey} {...props} onAnother={() => setFormKey((key) => key + 1)} />;
}
