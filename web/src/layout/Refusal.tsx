import { useTranslation } from 'react-i18next';
import { Link, type To } from 'react-router';
import { PATHS } from '../paths.ts';

interface RefusalProps {
  /** Why the page is not shown. */
  message: string;
  /** The way on; the map unless said otherwise. */
  to?: To;
  linkText?: string;
}

/** What someone sees instead of a page that is not for them: why not, and a link to go on with. */
export function Refusal({ message, to = PATHS.map, linkText }: RefusalProps) {
  const { t } = useTranslation();
  return (
    <div className="refusal">
      <p>{message}</p>
      <p>
        <Link to={to}>{linkText ?? t('notFound.toMap')}</Link>
      </p>
    </div>
  );
}
