import { useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './about.css';

const CC_BY_4_URL = 'https://creativecommons.org/licenses/by/4.0/';
const OSM_COPYRIGHT_URL = 'https://www.openstreetmap.org/copyright';

/** The "about the data" button and the dialog it opens, naming every source the map draws from. */
export function AboutData() {
  const { t } = useTranslation();
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
            <li>
              <h3>{t('about.municipalTitle')}</h3>
              <p>{t('about.municipalText')}</p>
            </li>
            <li>
              <h3>{t('about.cbsTitle')}</h3>
              <p>{t('about.cbsText')}</p>
              <p>
                <a href={CC_BY_4_URL} rel="license">
                  {t('about.cbsLicence')}
                </a>
              </p>
            </li>
            <li>
              <h3>{t('about.osmTitle')}</h3>
              <p>{t('about.osmText')}</p>
              <p>
                <a href={OSM_COPYRIGHT_URL}>{t('about.osmLicence')}</a>
              </p>
            </li>
          </ul>
          <button type="button" onClick={closeDialog}>
            {t('about.close')}
          </button>
        </div>
      </dialog>
    </>
  );
}
