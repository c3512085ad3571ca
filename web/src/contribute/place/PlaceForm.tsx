import { useState } from 'react';
import { Link } from 'react-router';
import type { BuurtCollection } from '../../api/areas.ts';
import type { LngLat } from '../../api/client.ts';
import type { Me } from '../../api/me.ts';
import { SelectField, TextField } from '../../forms/fields.tsx';
import { Outcome } from '../../forms/Outcome.tsx';
import type { FieldMessages } from '../../forms/use-form.ts';
import { type Asset, createAsset, type PlaceKind, type TaxonomyDomain } from '../../api/assets.ts';
import { drawModeForPlaceKind, geometryOf, MIN_POINTS, type DrawMode } from '../geometry.ts';
import { useContributeTranslation } from '../i18n.ts';
import { PLACE_KINDS } from '../../../../api/assets/asset-kinds.ts';
import { assetText, type AssetDraft } from '../shared/AssetFields.tsx';
import { mapOfBuurt } from '../paths.ts';
import { RadioChoices } from '../shared/RadioChoices.tsx';
import { NewAssetSection } from '../shared/NewAssetSection.tsx';
import { OwnerSelect } from '../shared/OwnerSelect.tsx';
import { ShapeField } from '../shared/ShapeField.tsx';
import { useNewAsset } from '../shared/use-new-asset.ts';

const FIELDS = [
  'kind',
  'title',
  'description',
  'geometry',
  'tags',
  'ownerOrganisationId',
  'capacity',
  'stepFree',
  'accessibleToilet',
  'availability',
] as const;
type Field = (typeof FIELDS)[number];

const DRAW_MODES = ['point', 'line', 'polygon'] as const satisfies readonly DrawMode[];
type YesNoUnknown = '' | 'yes' | 'no';

function booleanOf(value: YesNoUnknown): boolean | undefined {
  return value === '' ? undefined : value === 'yes';
}

interface YesNoFieldProps {
  id: string;
  label: string;
  value: YesNoUnknown;
  onChange: (value: YesNoUnknown) => void;
  error: string | undefined;
  selectRef: (element: HTMLElement | null) => void;
}

/** A yes-or-no question about the place, which may be left at "unknown". */
function YesNoField({ onChange, ...selectProps }: YesNoFieldProps) {
  const { t } = useContributeTranslation();
  return (
    <SelectField onChange={(event) => onChange(event.target.value as YesNoUnknown)} {...selectProps}>
      <option value="">{t('place.unknown')}</option>
      <option value="yes">{t('place.yes')}</option>
      <option value="no">{t('place.no')}</option>
    </SelectField>
  );
}

export interface PlaceFormProps {
  me: Me;
  taxonomy: readonly TaxonomyDomain[];
  buurten: BuurtCollection;
  onSaved: (asset: Asset) => void;
  onAnother: () => void;
}

export function PlaceForm({ me, taxonomy, buurten, onSaved, onAnother }: PlaceFormProps) {
  const { t } = useContributeTranslation();
  const [mode, setMode] = useState<DrawMode>('point');
  const [modeChosen, setModeChosen] = useState(false);
  const [lngLats, setLngLats] = useState<LngLat[]>([]);
  const [owner, setOwner] = useState('');
  const [capacity, setCapacity] = useState('');
  const [stepFree, setStepFree] = useState<YesNoUnknown>('');
  const [accessibleToilet, setAccessibleToilet] = useState<YesNoUnknown>('');
  const [availability, setAvailability] = useState('');
  const [saved, setSaved] = useState<Asset | null>(null);
  const { draft, change, form, onSubmit } = useNewAsset<PlaceKind, Field>({
    fields: FIELDS,
    kindRequired: 'place.kindRequired',
    validate: () => {
      const problems: FieldMessages<Field> = {};
      if (geometryOf(mode, lngLats) === null)
        problems.geometry = t(`shape.${mode}.required`, { count: MIN_POINTS[mode] });
      if (capacity !== '' && !(Number.isInteger(Number(capacity)) && Number(capacity) >= 1))
        problems.capacity = t('problems.capacity');
      return problems;
    },
    // A pin outside the loaded municipalities is a misplaced pin, not a shape drawn outside it.
    ownMessages: mode === 'point' ? { geometry: { 'inside-a-buurt': 'problems.pointOutside' } } : {},
    create: (draft) => {
      const geometry = geometryOf(mode, lngLats);
      // The checks above keep a place without its whole shape from being sent.
      if (geometry === null) throw new Error('A place needs its shape.');
      const details = {
        ...(capacity === '' ? {} : { capacity: Number(capacity) }),
        ...(booleanOf(stepFree) === undefined ? {} : { stepFree: booleanOf(stepFree) }),
        ...(booleanOf(accessibleToilet) === undefined ? {} : { accessibleToilet: booleanOf(accessibleToilet) }),
        ...(availability.trim() === '' ? {} : { availability: availability.trim() }),
      };
      return createAsset({
        type: 'place',
        kind: draft.kind,
        ...assetText(draft),
        geometry,
        ...(owner === '' ? {} : { ownerOrganisationId: owner }),
        ...(Object.keys(details).length === 0 ? {} : { details }),
      });
    },
    onCreated: (asset) => {
      setSaved(asset);
      onSaved(asset);
    },
  });

  function changeDraft(changes: Partial<AssetDraft<PlaceKind | ''>>): void {
    change(changes);
    const next = changes.kind;
    // A route is a line and a park an area, unless the person chose the way of drawing themselves.
    if (!modeChosen && next !== undefined && next !== '') changeMode(drawModeForPlaceKind(next));
  }

  function changeMode(next: DrawMode): void {
    setMode(next);
    if (next === 'point') setLngLats((previous) => previous.slice(-1));
  }

  if (saved !== null) {
    return (
      <Outcome title={t('place.savedTitle')} tone="success">
        <p>
          {saved.buurt === null
            ? t('place.savedNoBuurt', { title: saved.title })
            : t('place.saved', { title: saved.title, buurt: saved.buurt.name })}
        </p>
        <ul className="page-links">
          {saved.buurt !== null && (
            <li>
              <Link to={mapOfBuurt(saved.buurt.code)}>{t('place.toMap', { buurt: saved.buurt.name })}</Link>
            </li>
          )}
          <li>
            <button type="button" className="link-button" onClick={onAnother}>
              {t('place.another')}
            </button>
          </li>
        </ul>
      </Outcome>
    );
  }

  return (
    <NewAssetSection
      type="place"
      kinds={PLACE_KINDS}
      publicNote={t('place.publicNote')}
      asset={{ draft, change: changeDraft, form, onSubmit }}
      submitLabel={t('place.submit')}
      taxonomy={taxonomy}
      title={{ label: t('place.name'), hint: t('place.nameHint') }}
      tags={{ legend: t('place.tags') }}
      between={
        <>
          <RadioChoices
            name="place-mode"
            legend={t('place.drawAs')}
            choices={DRAW_MODES.map((each) => ({ value: each, label: t(`shape.${each}.choice`) }))}
            chosen={mode}
            onChoose={(each) => {
              setModeChosen(true);
              changeMode(each);
            }}
          />
          <ShapeField
            id="place-shape"
            mode={mode}
            lngLats={lngLats}
            onChange={setLngLats}
            label={t('place.map')}
            error={form.errors.geometry}
            fieldRef={form.fieldRef('geometry')}
            buurten={buurten}
            focusBuurtCode={me.homeBuurt?.code ?? null}
          />
        </>
      }
    >
      <OwnerSelect
        id="place-owner"
        label={t('place.owner')}
        hint={t('place.ownerHint')}
        personalLabel={t('place.noOwner')}
        organisations={me.organisations}
        value={owner}
        onChange={setOwner}
        error={form.errors.ownerOrganisationId}
        selectRef={form.fieldRef('ownerOrganisationId')}
      />
      <fieldset className="field details-fieldset">
        <legend className="field__label">{t('place.detailsLegend')}</legend>
        <TextField
          id="place-capacity"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          label={t('place.capacity')}
          value={capacity}
          onChange={(event) => setCapacity(event.target.value)}
          error={form.errors.capacity}
          inputRef={form.fieldRef('capacity')}
        />
        <YesNoField
          id="place-step-free"
          label={t('place.stepFree')}
          value={stepFree}
          onChange={setStepFree}
          error={form.errors.stepFree}
          selectRef={form.fieldRef('stepFree')}
        />
        <YesNoField
          id="place-toilet"
          label={t('place.accessibleToilet')}
          value={accessibleToilet}
          onChange={setAccessibleToilet}
          error={form.errors.accessibleToilet}
          selectRef={form.fieldRef('accessibleToilet')}
        />
        <TextField
          id="place-availability"
          label={t('place.availability')}
          hint={t('place.availabilityHint')}
          value={availability}
          maxLength={300}
          onChange={(event) => setAvailability(event.target.value)}
          error={form.errors.availability}
          inputRef={form.fieldRef('availability')}
        />
      </fieldset>
    </NewAssetSection>
  );
}
