import { useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaSource } from '../api/areas.ts';
import { DEFAULT_TILES, useInstance } from '../instance/instance-settings.ts';
import { useAreaSources } from '../map/instance-area.ts';
import './about.css';

const CC_BY_4_URL = 'https://creativecommons.org/licenses/by/4.0/';
const OSM_COPYRIGHT_URL = 'https://www.openstreetmap.org/copyright';

/** One source of boundaries or figures: who, what and when, what it gives the map, its licence and a link. */
function SourceItem({ source }: { source: AreaSource }) {
  const { t, i18n } = useTranslation();
  const gives = [
    source.buurten > 0 ? t('about.sourceBuurten', { count: source.buurten }) : null,
    source.wijken > 0 ? t('about.sourceWijken', { count: source.wijken }) : null,
    source.keyFigures > 0 ? t('about.sourceFigures', { count: source.keyFigures }) : null,
  ].filter((part): part is string => part !== null);
  const licence = t('about.sourceLicence', { licence: source.licence });
  return (
    <li>
      <h3>{t('about.sourceTitle', { publisher: source.publisher, title: source.title, year: source.year })}</h3>
      <p>
        {t('about.sourceGives', { what: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(gives) })}
      </p>
      <p>
        {source.licence === 'CC BY 4.0' ? (
          <a href={CC_BY_4_URL} rel="license">
            {licence}
          </a>
        ) : (
          licence
        )}
        {source.url !== null && (
          <>
            {' · '}
            <a href={source.url}>{t('about.sourceLink')}</a>
          </>
        )}
      </p>
    </li>
  );
}

/** The "about the data" button and the dialog it opens, naming every source the map draws from. */
export function AboutData() {
  const { t } = useTranslation();
  const sources = useAreaSources();
  const dialogRef = useRef<HTMLDialogElement>(null);

  function openDialog(): void {
    dialogRef.current?.showModal();
  }

  function closeDialog(): void {
    dialogRef.current?.close();
  }

  // A click on the backdrop lands on the dialog element itself.
  function closeOnBackdrop(event: MouseEvent<HTMLDialogElement>): void {
    if (event.target === dialogRef.current) closeDialog();
  }

  return (
    <>
      <button type="button" className="header-button" aria-haspopup="dialog" onClick={openDialog}>
        {t('about.open')}
      </button>
      <dialog ref={dialogRef} className="about-dialog" aria-labelledby="about-dialog-heading" onClick={closeOnBackdrop}>
        <div className="about-dialog__body">
          <h2 id="about-dialog-heading">{t('about.heading')}</h2>
          <p>{t('about.intro')}</p>
          <ul className="source-list">
            {sources.map((source) => (
              <SourceItem key={source.key} source={source} />
            ))}
            <BackgroundMapItem />
          </ul>
          <button type="button" onClick={closeDialog}>
            {t('about.close')}
          </button>
        </div>
      </dialog>
    </>
  );
}

/** The background map the instance draws on: OpenStreetMap's credit and licence, or the chosen map's attribution. */
function BackgroundMapItem() {
  const { t } = useTranslation();
  const instance = useInstance();
  const tiles = instance === null || instance === 'unknown' ? DEFAULT_TILES : instance.tiles;
  if (tiles.url === DEFAULT_TILES.url) {
    return (
      <li>
        <h3>{t('about.osmTitle')}</h3>
        <p>{t('about.osmText')}</p>
        <p>
          <a href={OSM_COPYRIGHT_URL}>{t('about.osmLicence')}</a>
        </p>
      </li>
    );
  }
  return (
    <li>
      <h3>{t('about.backgroundTitle')}</h3>
      <p>{tiles.attribution}</p>
    </li>
  );
}
