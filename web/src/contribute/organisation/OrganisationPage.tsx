import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { getBuurten } from '../../api/areas.ts';
import { getMe, type Me } from '../../api/me.ts';
import { LoadProblem } from '../../forms/LoadProblem.tsx';
import { OrganisationSuggestions } from '../../suggestions/OrganisationSuggestions.tsx';
import { useApiData } from '../../use-api-data.ts';
import { getMyAssets, getTaxonomy } from '../../api/assets.ts';
import { getOrganisation } from '../../api/organisations.ts';
import { useContributeTranslation } from '../i18n.ts';
import { CONTRIBUTE_PATHS } from '../paths.ts';
import { ContributePageLayout } from '../shared/ContributePageLayout.tsx';
import { CreateOrganisationForm } from './CreateOrganisationForm.tsx';
import { OrganisationItems } from './OrganisationItems.tsx';
import { OrganisationProfileForm } from './OrganisationProfileForm.tsx';
import { LoadingStatus } from '../../forms/LoadingStatus.tsx';
import { OrganisationList } from '../../account/profile/Organisations.tsx';

const ID_PARAM = 'id';

function organisationEditPath(id: string): string {
  return `${CONTRIBUTE_PATHS.organisation}?${ID_PARAM}=${encodeURIComponent(id)}`;
}

/** Register an organisation, or choose one of mine: its profile with a pin on the map, then its offers and wishes. */
export function OrganisationPage() {
  const { t } = useContributeTranslation();
  const [searchParams] = useSearchParams();
  const id = searchParams.get(ID_PARAM);
  return (
    <ContributePageLayout title={t('organisation.title')}>
      {() => (id === null ? <ChooseOrCreate /> : <OrganisationEditor key={id} id={id} />)}
    </ContributePageLayout>
  );
}

function Loading() {
  return <LoadingStatus />;
}

function ChooseOrCreate() {
  const { t } = useContributeTranslation();
  const navigate = useNavigate();
  const me = useApiData(getMe, []);
  if (me.state.status === 'error') return <LoadProblem onRetry={me.retry} />;
  if (me.state.status === 'loading') return <Loading />;
  const organisations = me.state.data.organisations;

  return (
    <div className="sections">
      <p>{t('organisation.intro')}</p>
      {organisations.length > 0 && (
        <OrganisationList
          headingId="my-organisations-heading"
          heading={t('organisation.mineHeading')}
          organisations={organisations}
          roleLabel={(role) => (role === 'owner' ? t('organisation.roleOwner') : t('organisation.roleMember'))}
          name={(organisation) => <Link to={organisationEditPath(organisation.id)}>{organisation.name}</Link>}
        />
      )}
      <CreateOrganisationForm onCreated={(organisation) => void navigate(organisationEditPath(organisation.id))} />
    </div>
  );
}

function loadEditor(id: string, signal: AbortSignal) {
  return Promise.all([
    getMe(signal),
    getOrganisation(id, signal),
    getMyAssets(signal),
    getTaxonomy(signal),
    getBuurten(signal),
  ]);
}

function roleIn(me: Me, id: string): 'owner' | 'member' | null {
  return me.organisations.find((organisation) => organisation.id === id)?.role ?? null;
}

interface OrganisationEditorProps {
  id: string;
}

function OrganisationEditor({ id }: OrganisationEditorProps) {
  const { t } = useContributeTranslation();
  const data = useApiData((signal) => loadEditor(id, signal), [id]);
  // Every change to the organisation or its items asks for its suggestions again.
  const [changes, setChanges] = useState(0);
  const changedOne = () => setChanges((count) => count + 1);
  if (data.state.status === 'error') return <LoadProblem onRetry={data.retry} />;
  if (data.state.status === 'loading') return <Loading />;
  const [me, organisation, assets, taxonomy, buurten] = data.state.data;
  const role = roleIn(me, id);

  if (role === null) {
    return (
      <div className="sections">
        <p role="alert">{t('organisation.notYours', { name: organisation.name })}</p>
        <p>
          <Link to={CONTRIBUTE_PATHS.organisation}>{t('organisation.backToChoice')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="sections">
      <div>
        <h2 className="organisation-name">{organisation.name}</h2>
        <p className="facts__note">
          {t(`organisationKinds.${organisation.kind}.label`)}
          {organisation.buurt !== null && ` · ${organisation.buurt.name}`}
        </p>
      </div>
      {role === 'owner' ? (
        <OrganisationProfileForm
          organisation={organisation}
          taxonomy={taxonomy}
          buurten={buurten}
          homeBuurtCode={me.homeBuurt?.code ?? null}
          onSaved={(updated) => {
            data.replace([me, updated, assets, taxonomy, buurten]);
            changedOne();
          }}
        />
      ) : (
        <p className="privacy-note">{t('organisation.memberOnly')}</p>
      )}
      <OrganisationItems
        organisation={organisation}
        initialItems={assets.filter(
          (asset) =>
            asset.type === 'organisation-item' && asset.owner?.kind === 'organisation' && asset.owner.id === id,
        )}
        taxonomy={taxonomy}
        onItemsChanged={changedOne}
      />
      <OrganisationSuggestions organisationId={id} organisationName={organisation.name} refreshKey={changes} />
      <p>
        <Link to={CONTRIBUTE_PATHS.organisation}>{t('organisation.backToChoice')}</Link>
      </p>
    </div>
  );
}
