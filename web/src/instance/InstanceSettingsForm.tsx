import { useTranslation } from 'react-i18next';
import type { InstanceSettings, TileSettings } from '../api/instance.ts';
import { saveInstanceSettings } from '../api/instance.ts';
import { FormFrame } from '../forms/FormFrame.tsx';
import { BoundTextField, CheckboxField, FieldError, SelectField, TextField } from '../forms/fields.tsx';
import { useFormWithValues, type FieldMessages } from '../forms/use-form.ts';
import { LANGUAGES, type Language } from '../i18n/i18n.ts';
import { DEFAULT_TILES, reloadInstance } from './instance-settings.ts';

/** The background maps offered with one click: the default, and the Dutch government's topographic map. */
const TILE_CHOICES = {
  osm: DEFAULT_TILES,
  // PDOK's BRT-Achtergrondkaart (Kadaster), free and open: https://www.pdok.nl/introductie/-/article/basisregistratie-topografie-achtergrondkaarten-brt-a-
  pdok: {
    url: 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
    attribution: 'Kaartgegevens © Kadaster',
    maxZoom: 19,
  },
} satisfies Record<string, TileSettings>;

// As the API checks it: https, one plain host, and {z}, {x} and {y} in the path.
const TILE_URL = /^https:\/\/[^/{}\s]+\/.*$/;

interface InstanceSettingsFormProps {
  settings: InstanceSettings;
  /** Where the form is: its ids start with it. */
  id: string;
  submitLabel: string;
  /** After a save, with the saved settings applied to the app. */
  onSaved?: () => void;
  /** What came of the last save ('' before any). */
  status?: string;
}

/** The instance's name, languages and background map, as the settings page and step 2 of the set-up edit them. */
export function InstanceSettingsForm({ settings, id, submitLabel, onSaved, status }: InstanceSettingsFormProps) {
  const { t } = useTranslation();
  const form = useFormWithValues({
    name: settings.name ?? '',
    languages: settings.languages,
    defaultLanguage: settings.defaultLanguage,
    tiles: settings.tiles,
  });
  const { name, languages, defaultLanguage, tiles } = form.values;

  function validate(): FieldMessages<'name' | 'languages' | 'defaultLanguage' | 'tiles'> {
    const problems: FieldMessages<'name' | 'languages' | 'defaultLanguage' | 'tiles'> = {};
    if (name.trim() === '') problems.name = t('rules.required');
    if (languages.length === 0) problems.languages = t('instanceSettings.languagesRequired');
    else if (!languages.includes(defaultLanguage)) problems.defaultLanguage = t('instanceSettings.defaultNotOffered');
    if (!TILE_URL.test(tiles.url) || !['{z}', '{x}', '{y}'].every((part) => tiles.url.includes(part)))
      problems.tiles = t('instanceSettings.tileUrlRule');
    else if (tiles.attribution.trim() === '') problems.tiles = t('instanceSettings.attributionRequired');
    return problems;
  }

  async function save(): Promise<void> {
    await saveInstanceSettings({ name: name.trim(), languages, defaultLanguage, tiles });
    await reloadInstance();
    onSaved?.();
  }

  function toggleLanguage(language: Language, offered: boolean): void {
    const next = LANGUAGES.filter((each) => (each === language ? offered : languages.includes(each)));
    form.setValues({
      languages: next,
      ...(next.includes(defaultLanguage) || next[0] === undefined ? {} : { defaultLanguage: next[0] }),
    });
  }

  function setTiles(change: Partial<TileSettings>): void {
    form.setValues({ tiles: { ...tiles, ...change } });
  }

  const tilesField = form.field('tiles');
  const languagesField = form.field('languages');
  return (
    <FormFrame
      form={form}
      onSubmit={form.handleSubmit({ validate, action: save })}
      submitLabel={submitLabel}
      status={status}
      id={id}
    >
      <BoundTextField
        id={`${id}-name`}
        label={t('instanceSettings.name')}
        hint={t('instanceSettings.nameHint')}
        maxLength={80}
        {...form.field('name')}
      />
      <fieldset
        className="field"
        ref={languagesField.inputRef}
        tabIndex={-1}
        aria-describedby={languagesField.error === undefined ? undefined : `${id}-languages-error`}
      >
        <legend className="field__label">{t('instanceSettings.languages')}</legend>
        <FieldError id={`${id}-languages-error`} error={languagesField.error} />
        {LANGUAGES.map((language) => (
          <CheckboxField
            key={language}
            id={`${id}-language-${language}`}
            label={t(`languageNames.${language}`)}
            lang={language}
            checked={languages.includes(language)}
            onChange={(event) => toggleLanguage(language, event.target.checked)}
          />
        ))}
      </fieldset>
      <SelectField
        id={`${id}-default-language`}
        label={t('instanceSettings.defaultLanguage')}
        hint={t('instanceSettings.defaultLanguageHint')}
        value={defaultLanguage}
        error={form.errors.defaultLanguage}
        selectRef={form.fieldRef('defaultLanguage')}
        onChange={(event) => {
          const chosen = LANGUAGES.find((language) => language === event.target.value);
          if (chosen !== undefined) form.setValues({ defaultLanguage: chosen });
        }}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`languageNames.${language}`)}
          </option>
        ))}
      </SelectField>
      <fieldset
        className="field"
        ref={tilesField.inputRef}
        tabIndex={-1}
        aria-describedby={tilesField.error === undefined ? `${id}-tiles-hint` : `${id}-tiles-hint ${id}-tiles-error`}
      >
        <legend className="field__label">{t('instanceSettings.backgroundMap')}</legend>
        <p id={`${id}-tiles-hint`} className="field__hint">
          {t('instanceSettings.backgroundMapHint')}
        </p>
        <FieldError id={`${id}-tiles-error`} error={tilesField.error} />
        <div className="tile-choices">
          <button type="button" className="button" onClick={() => setTiles(TILE_CHOICES.osm)}>
            {t('instanceSettings.useOsm')}
          </button>
          <button type="button" className="button" onClick={() => setTiles(TILE_CHOICES.pdok)}>
            {t('instanceSettings.usePdok')}
          </button>
        </div>
        <TextField
          id={`${id}-tile-url`}
          label={t('instanceSettings.tileUrl')}
          hint={t('instanceSettings.tileUrlHint')}
          type="url"
          value={tiles.url}
          onChange={(event) => setTiles({ url: event.target.value })}
        />
        <TextField
          id={`${id}-tile-attribution`}
          label={t('instanceSettings.attribution')}
          value={tiles.attribution}
          maxLength={200}
          onChange={(event) => setTiles({ attribution: event.target.value })}
        />
        <TextField
          id={`${id}-tile-max-zoom`}
          label={t('instanceSettings.maxZoom')}
          type="number"
          min={1}
          max={22}
          value={tiles.maxZoom}
          onChange={(event) => setTiles({ maxZoom: Number(event.target.value) })}
        />
      </fieldset>
    </FormFrame>
  );
}
