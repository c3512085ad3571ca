import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addAgendaParty, removeAgendaParty, type AgendaParty, type AgendaRole } from '../api/agendas.ts';
import { getMapPage } from '../api/assets.ts';
import { Options } from '../forms/fields.tsx';
import { ProblemList } from '../forms/ProblemList.tsx';
import { useApiData } from '../use-api-data.ts';
import {
  AgendaForm,
  AgendaInput,
  AgendaList,
  AgendaSection,
  AgendaSelect,
  RemoveButton,
  ToggleForm,
} from './AgendaParts.tsx';
import { useAgenda } from './agenda-context.ts';
import { useAgendaChange } from './agenda-text.ts';

const ROLES: readonly AgendaRole[] = ['resident', 'professional', 'municipality'];

/** Building block 3: who sits at the table, by role. */
export function PartiesSection() {
  const { t } = useTranslation();
  const { agenda, me } = useAgenda();
  const { busy, problems, change } = useAgendaChange();
  const seated = agenda.parties.some((party) => party.kind === 'resident' && party.mine);

  function remove(party: AgendaParty): void {
    void change(() => removeAgendaParty(agenda.id, party.id), t('agenda.partyRemoved', { name: party.name }));
  }

  return (
    <AgendaSection id="agenda-parties" heading={t('agenda.partiesHeading')}>
      <div className="agenda-roles">
        {ROLES.map((role) => {
          const parties = agenda.parties.filter((party) => party.role === role);
          return (
            <div key={role} className="agenda-role">
              <h3>{t(`agenda.role-${role}`)}</h3>
              <AgendaList items={parties} empty={t('agenda.partiesEmpty')}>
                {(party) => (
                  <>
                    {party.name}
                    {(agenda.you.mayEdit || party.mine) && (
                      <RemoveButton name={party.name} disabled={busy} onClick={() => remove(party)} />
                    )}
                  </>
                )}
              </AgendaList>
            </div>
          );
        })}
      </div>
      <ProblemList problems={problems} />
      {me !== null && !seated && (
        <button
          type="button"
          className="button agenda-edit"
          disabled={busy}
          onClick={() =>
            void change(() => addAgendaParty(agenda.id, { role: 'resident', me: true }), t('agenda.joined'))
          }
        >
          {t('agenda.joinAsResident')}
        </button>
      )}
      {me !== null && (agenda.you.mayEdit || me.organisations.length > 0) && (
        <ToggleForm openLabel={t('agenda.partyAdd')}>{(close) => <PartyForm onDone={close} />}</ToggleForm>
      )}
    </AgendaSection>
  );
}

/** An organisation at the table (editors: any in the area; members: their own), or, for editors, a named party. */
function PartyForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { agenda, me } = useAgenda();
  const id = useId();
  const mayEdit = agenda.you.mayEdit;
  const area = useApiData(
    async (signal) =>
      mayEdit
        ? (await getMapPage({ types: 'organisation', [agenda.area.type]: agenda.area.code, limit: 200 }, null, signal))
            .features
        : [],
    [mayEdit, agenda.area.code],
  );
  const [role, setRole] = useState<AgendaRole>('professional');
  const [organisationId, setOrganisationId] = useState('');
  const [name, setName] = useState('');
  const { change, ...action } = useAgendaChange();

  const options = new Map<string, string>();
  for (const organisation of me?.organisations ?? []) options.set(organisation.id, organisation.name);
  if (area.state.status === 'ready')
    for (const feature of area.state.data) options.set(String(feature.id), feature.properties.title ?? '');

  return (
    <AgendaForm
      label={t('agenda.partyAdd')}
      action={action}
      submitLabel={t('agenda.partySubmit')}
      submit={() =>
        change(
          () =>
            addAgendaParty(agenda.id, organisationId !== '' ? { role, organisationId } : { role, name: name.trim() }),
          t('agenda.partyAdded'),
        )
      }
      onDone={onDone}
    >
      <AgendaSelect
        id={`${id}-role`}
        label={t('agenda.partyRole')}
        value={role}
        onChange={(value) => setRole(value as AgendaRole)}
      >
        <Options options={ROLES.map((value) => ({ value, label: t(`agenda.role-${value}`) }))} />
      </AgendaSelect>
      <AgendaSelect
        id={`${id}-organisation`}
        label={t('agenda.partyOrganisation')}
        value={organisationId}
        onChange={setOrganisationId}
      >
        <Options
          none={mayEdit ? t('agenda.partyNoOrganisation') : t('agenda.choose')}
          options={[...options].map(([value, label]) => ({ value, label }))}
        />
      </AgendaSelect>
      {mayEdit && organisationId === '' && (
        <AgendaInput
          id={`${id}-name`}
          label={t('agenda.partyName')}
          hint={t('agenda.partyNameHint')}
          maxLength={200}
          value={name}
          onChange={setName}
        />
      )}
    </AgendaForm>
  );
}
