import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getConnectorAreas } from '../api/connector.ts';
import { PageLoadStatus } from '../forms/PageLoadStatus.tsx';
import { PageLayout } from '../layout/PageLayout.tsx';
import { connectorAreaPath } from '../paths.ts';
import { useApiData } from '../use-api-data.ts';
import { ConnectorGate } from './ConnectorGate.tsx';

/** "My neighbourhood": the buurten and wijken I am connector for, each a link to its page. */
export function ConnectorAreasPage() {
  const { t } = useTranslation();
  return (
    <PageLayout title={t('connector.title')}>
      <ConnectorGate>{() => <AreaList />}</ConnectorGate>
    </PageLayout>
  );
}

function AreaList() {
  const { t } = useTranslation();
  const { state, retry } = useApiData(getConnectorAreas, []);

  if (state.status !== 'ready')
    return <PageLoadStatus state={state} onRetry={retry} loading={t('connector.areasLoading')} />;
  if (state.data.length === 0) return <p>{t('connector.areasEmpty')}</p>;

  return (
    <>
      <p className="page-intro">{t('connector.areasIntro')}</p>
      <ul className="connector-areas" aria-label={t('connector.areasLabel')}>
        {state.data.map((area) => (
          <li key={area.id}>
            <Link className="connector-areas__link" to={connectorAreaPath(area.code)}>
              {area.name}
            </Link>{' '}
            <span className="facts__note">
              (
              {area.type === 'wijk'
                ? t('connector.areaKind-wijk', { count: area.buurtCount })
                : t('connector.areaKind-buurt')}
              )
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
