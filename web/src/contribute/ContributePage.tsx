import { Link } from 'react-router';
import { useContributeTranslation, type ContributeKey } from './i18n.ts';
import { CONTRIBUTE_PATHS } from './paths.ts';
import { ContributePageLayout } from './shared/ContributePageLayout.tsx';

const CHOICES: readonly { path: string; title: ContributeKey; text: ContributeKey }[] = [
  { path: CONTRIBUTE_PATHS.inventory, title: 'start.inventoryTitle', text: 'start.inventoryText' },
  { path: CONTRIBUTE_PATHS.organisation, title: 'start.organisationTitle', text: 'start.organisationText' },
  { path: CONTRIBUTE_PATHS.place, title: 'start.placeTitle', text: 'start.placeText' },
  { path: CONTRIBUTE_PATHS.thing, title: 'start.thingTitle', text: 'start.thingText' },
  { path: CONTRIBUTE_PATHS.story, title: 'start.storyTitle', text: 'start.storyText' },
];

/** The way in: what one can add to the map of the buurt's strengths. */
export function ContributePage() {
  const { t } = useContributeTranslation();
  return (
    <ContributePageLayout title={t('start.title')} backLink={false}>
      {() => (
        <>
          <p className="page-intro">{t('start.intro')}</p>
          <ul className="choice-list">
            {CHOICES.map((choice) => (
              <li key={choice.path} className="choice-card">
                <Link to={choice.path} className="choice-card__link">
                  {t(choice.title)}
                </Link>
                <p className="choice-card__text">{t(choice.text)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </ContributePageLayout>
  );
}
