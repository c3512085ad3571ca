import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS } from '../paths.ts';
import { PageLayout } from './PageLayout.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <PageLayout title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to={PATHS.map}>{t('notFound.toMap')}</Link>
      </p>
    </PageLayout>
  );
}
