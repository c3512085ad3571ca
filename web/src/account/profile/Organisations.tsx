import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/me.ts';

type MyOrganisation = Me['organisations'][number];

interface OrganisationListProps {
  headingId: string;
  heading: string;
  organisations: Me['organisations'];
  /** "Owner" or "member", in words. */
  roleLabel: (role: MyOrganisation['role']) => string;
  /** The organisation's name as shown: plain text, or a link to where it is edited. */
  name?: (organisation: MyOrganisation) => ReactNode;
}

/** The organisations of my account, each with my role in it. */
export function OrganisationList({
  headingId,
  heading,
  organisations,
  roleLabel,
  name = (organisation) => organisation.name,
}: OrganisationListProps) {
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul className="plain-list">
        {organisations.map((organisation) => (
          <li key={organisation.id}>
            {name(organisation)} <span className="facts__note">({roleLabel(organisation.role)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Organisations({ organisations }: { organisations: Me['organisations'] }) {
  const { t } = useTranslation();
  return (
    <OrganisationList
      headingId="organisations-heading"
      heading={t('profile.organisationsHeading')}
      organisations={organisations}
      roleLabel={(role) => (role === 'owner' ? t('profile.roleOwner') : t('profile.roleMember'))}
    />
  );
}
