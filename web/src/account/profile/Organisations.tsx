import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/me.ts';

interface OrganisationsProps {
  organisations: Me['organisations'];
}

export function Organisations({ organisations }: OrganisationsProps) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="organisations-heading">
      <h2 id="organisations-heading">{t('profile.organisationsHeading')}</h2>
      <ul className="plain-list">
        {organisations.map((organisation) => (
          <li key={organisation.id}>
            {organisation.name}{' '}
            <span className="facts__note">
              ({organisation.role === 'owner' ? t('profile.roleOwner') : t('profile.roleMember')})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
