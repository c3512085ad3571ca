import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSession } from '../account/session.tsx';
import { formatDate } from '../account/format.ts';
import {
  type AdminUser,
  getPickableAreas,
  getUsers,
  grantConnectorArea,
  type PickableArea,
  revokeConnectorArea,
  setAdmin,
} from '../api/admin.ts';
import { ApiError } from '../api/client.ts';
import { ActionOutcome, SubmitOrCancel, TextField } from '../forms/fields.tsx';
import { failureMessage } from '../forms/messages.ts';
import { type ApiData, useApiData } from '../use-api-data.ts';
import { AdminLoadStatus, AdminPage } from './AdminGate.tsx';
import { AreaPicker, useAreaName } from './AreaPicker.tsx';
import './admin.css';

/** The list shows this many accounts; a search finds the others. */
const SHOWN_ACCOUNTS = 50;

/** Accounts and their roles: administrator, and connector (buurtverbinder) for buurten and wijken. */
export function AccountsPage() {
  const { t } = useTranslation();
  return <AdminPage title={t('accounts.title')}>{() => <Accounts />}</AdminPage>;
}

function Accounts() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  // One more than shown: when it comes, there are more than the list shows.
  const users = useApiData((signal) => getUsers(query, SHOWN_ACCOUNTS + 1, signal), [query]);
  const areas = useApiData(getPickableAreas, []);

  function search(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setQuery(draft.trim());
  }

  async function reload(): Promise<void> {
    users.replace(await getUsers(query, SHOWN_ACCOUNTS + 1));
  }

  return (
    <>
      <p className="page-intro">{t('accounts.intro')}</p>
      <form className="account-search" role="search" onSubmit={search}>
        <TextField
          id="account-search"
          label={t('accounts.searchLabel')}
          type="search"
          maxLength={100}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="button button--primary">
          {t('accounts.search')}
        </button>
      </form>
      {users.state.status === 'ready' ? (
        <AccountList users={users.state.data} areas={areas.state} onChanged={reload} />
      ) : (
        <AdminLoadStatus state={users.state} onRetry={users.retry} />
      )}
    </>
  );
}

interface AccountListProps {
  users: readonly AdminUser[];
  areas: ApiData<PickableArea[]>;
  onChanged: () => Promise<void>;
}

function AccountList({ users, areas, onChanged }: AccountListProps) {
  const { t } = useTranslation();
  const shown = users.slice(0, SHOWN_ACCOUNTS);
  if (shown.length === 0) return <p role="status">{t('accounts.none')}</p>;
  return (
    <>
      <p role="status">
        {t('accounts.count', { count: shown.length })}{' '}
        {users.length > SHOWN_ACCOUNTS && t('accounts.limited', { count: SHOWN_ACCOUNTS })}
      </p>
      <ul className="account-list" aria-label={t('accounts.resultsLabel')}>
        {shown.map((account) => (
          <AccountCard key={account.id} account={account} areas={areas} onChanged={onChanged} />
        ))}
      </ul>
    </>
  );
}

/** What to say when a change of roles failed: the API's refusals of the administrator role in the page's words. */
function roleProblem(t: TFunction<'translation'>, error: unknown): string {
  const rule = error instanceof ApiError ? error.errors[0]?.rule : undefined;
  if (rule === 'self') return t('accounts.notYourself');
  if (rule === 'last-admin') return t('accounts.lastAdmin');
  return failureMessage(t, error);
}

interface AccountCardProps {
  account: AdminUser;
  areas: ApiData<PickableArea[]>;
  onChanged: () => Promise<void>;
}

function AccountCard({ account, areas, onChanged }: AccountCardProps) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const areaName = useAreaName();
  const [granting, setGranting] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const headingId = useId();
  const formId = useId();
  const isSelf = user?.id === account.id;
  const areasByCode = useMemo(
    () => new Map(areas.status === 'ready' ? areas.data.map((area) => [area.code, area] as const) : []),
    [areas],
  );

  function nameOf(code: string): string {
    const area = areasByCode.get(code);
    return area === undefined ? code : areaName(area);
  }

  /** Makes a change, then shows it in the list and says what it did; `focusStatus` when its button is gone. */
  async function change(action: () => Promise<unknown>, done: string, focusStatus: boolean): Promise<boolean> {
    setProblem(null);
    setAnnouncement('');
    try {
      await action();
      await onChanged();
      setAnnouncement(done);
      if (focusStatus) requestAnimationFrame(() => statusRef.current?.focus());
      return true;
    } catch (error) {
      setProblem(roleProblem(t, error));
      return false;
    }
  }

  const name = account.displayName;
  return (
    <li className="account-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="account-card__name">
        {name} {isSelf && <span className="account-card__you">{t('accounts.you')}</span>}
      </h2>
      <p className="account-card__email">
        {t('accounts.email')} {account.email}
      </p>
      <p className="facts__note">{t('accounts.since', { date: formatDate(account.createdAt, i18n.language) })}</p>
      <p className="account-card__roles-label">{t('accounts.roles')}</p>
      {!account.isAdmin && account.connectorAreas.length === 0 ? (
        <p>{t('accounts.noRoles')}</p>
      ) : (
        <ul className="account-card__roles">
          {account.isAdmin && <li>{t('accounts.admin')}</li>}
          {account.connectorAreas.map((grant) => (
            <li key={grant.id} className="account-card__grant">
              <span>
                {t('accounts.connectorFor')} {nameOf(grant.code)}
              </span>
              <button
                type="button"
                className="button button--quiet"
                onClick={() =>
                  void change(
                    () => revokeConnectorArea(account.id, grant.id),
                    t('accounts.revoked', { name, area: nameOf(grant.code) }),
                    true,
                  )
                }
              >
                {t('accounts.revoke')}
                <span className="visually-hidden">
                  {' '}
                  ({t('accounts.revokeDetail', { area: nameOf(grant.code), name })})
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="account-card__actions">
        {!(isSelf && account.isAdmin) && (
          <button
            type="button"
            className="button"
            onClick={() =>
              void change(
                () => setAdmin(account.id, !account.isAdmin),
                t(account.isAdmin ? 'accounts.unmadeAdmin' : 'accounts.madeAdmin', { name }),
                false,
              )
            }
          >
            {t(account.isAdmin ? 'accounts.unmakeAdmin' : 'accounts.makeAdmin')}
            <span className="visually-hidden"> ({name})</span>
          </button>
        )}
        {!granting && (
          <button type="button" className="button" onClick={() => setGranting(true)}>
            {t('accounts.grant')}
            <span className="visually-hidden"> {t('accounts.grantFor', { name })}</span>
          </button>
        )}
      </div>
      {granting && (
        <GrantForm
          id={formId}
          areas={areas}
          onCancel={() => setGranting(false)}
          onGrant={async (area) => {
            const granted = await change(
              () => grantConnectorArea(account.id, area.code),
              t('accounts.granted', { name, area: areaName(area) }),
              true,
            );
            if (granted) setGranting(false);
          }}
        />
      )}
      <ActionOutcome status={announcement} problem={problem} statusRef={statusRef} />
    </li>
  );
}

interface GrantFormProps {
  id: string;
  areas: ApiData<PickableArea[]>;
  onGrant: (area: PickableArea) => Promise<void>;
  onCancel: () => void;
}

function GrantForm({ id, areas, onGrant, onCancel }: GrantFormProps) {
  const { t } = useTranslation();
  const pickerId = useId();
  const [area, setArea] = useState<PickableArea | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const showMunicipality = useMemo(
    () => areas.status === 'ready' && new Set(areas.data.map((each) => each.municipality.code)).size > 1,
    [areas],
  );

  useEffect(
    // The form opens on request: the keyboard goes to its one field (once the areas are there).
    function focusPicker() {
      inputRef.current?.focus();
    },
    [areas.status],
  );

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (area === null) {
      setError(t('accounts.areaRequired'));
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    setSubmitting(true);
    try {
      await onGrant(area);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form id={id} className="form account-card__grant-form" onSubmit={(event) => void submit(event)} noValidate>
      {areas.status === 'ready' ? (
        <AreaPicker
          id={pickerId}
          label={t('accounts.areaLabel')}
          hint={t('accounts.areaHint')}
          areas={areas.data}
          showMunicipality={showMunicipality}
          value={area}
          onChange={setArea}
          error={error}
          inputRef={inputRef}
        />
      ) : (
        <p role="status">{areas.status === 'loading' ? t('accounts.areasLoading') : t('accounts.areasFailed')}</p>
      )}
      <SubmitOrCancel
        submitLabel={t('accounts.grantSubmit')}
        submitting={submitting}
        cancelLabel={t('accounts.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
