import type { Static } from '@sinclair/typebox';
import type { Pool } from 'pg';
import { invitationMessage } from '../auth/messages.ts';
import { normaliseEmail } from '../auth/auth.service.ts';
import { badRequest, conflict, forbidden, notFound, orNotFound } from '../shared/http-error.ts';
import type { Mailer } from '../shared/mailer.ts';
import { hashToken, newToken } from '../shared/tokens.ts';
import { inTransaction } from '../shared/transaction.ts';
import { organisationsRepository as repository } from './organisations.repository.ts';
import type { CreateOrganisationBodySchema, UpdateOrganisationBodySchema } from './organisations.schemas.ts';

type CreateOrganisationBody = Static<typeof CreateOrganisationBodySchema>;
type UpdateOrganisationBody = Static<typeof UpdateOrganisationBodySchema>;

export interface OrganisationsServiceDeps {
  pool: Pool;
  mailer: Mailer;
  /** Where links in e-mails point, e.g. http://localhost:3000 */
  publicUrl: string;
}

/** Organisations, their members and invitations; every write is one transaction. */
export function organisationsService({ pool, mailer, publicUrl }: OrganisationsServiceDeps) {
  const find = async (id: string) => (await repository.find(pool, id))!;

  return {
    async read(id: string) {
      return orNotFound(await repository.find(pool, id), 'There is no organisation with this id.');
    },

    members: (id: string) => repository.listMembers(pool, id),

    async create(body: CreateOrganisationBody, userId: string) {
      return find(await inTransaction(pool, (client) => repository.create(client, body, userId)));
    },

    async update(id: string, body: UpdateOrganisationBody) {
      await inTransaction(pool, (client) => repository.updateProfile(client, id, body));
      return find(id);
    },

    /** Stores the invitation (its token hashed) and writes the e-mail with the link, in one transaction. */
    invite: (organisationId: string, address: string, inviterId: string) =>
      inTransaction(pool, async (client) => {
        const email = normaliseEmail(address);
        const organisation = await repository.find(client, organisationId);
        const inviter = await repository.findUser(client, inviterId);
        const token = newToken();
        const created = await repository.insertInvitation(client, organisationId, email, hashToken(token), inviterId);
        const url = `${publicUrl}/uitnodiging?token=${encodeURIComponent(token)}`;
        const text = invitationMessage(organisation!.name, inviter!.displayName, url);
        // Both languages in one mail (see invitationMessage); it expires with its link.
        await mailer.send(
          {
            to: email,
            userId: null,
            kind: 'organisation_invitation',
            language: 'nl',
            expiresAt: new Date(created.expiresAt),
            ...text,
          },
          client,
        );
        return created;
      }),

    async acceptInvitation(token: string, userId: string) {
      const organisationId = await inTransaction(pool, async (client) => {
        const invitation = await repository.acceptInvitation(client, hashToken(token), userId);
        if (!invitation)
          throw badRequest('body/token', 'valid', 'is not valid: it was used already, has expired or is mistyped');
        const me = await repository.findUser(client, userId);
        // Throwing here rolls the acceptance back: the invitation stays open for the person it was meant for.
        if (me?.email !== invitation.email) throw forbidden('This invitation is for another e-mail address.');
        await repository.addMember(client, invitation.organisationId, userId);
        return invitation.organisationId;
      });
      return find(organisationId);
    },

    async removeMember(organisationId: string, userId: string): Promise<void> {
      const removed = await inTransaction(pool, async (client) => {
        if (!(await repository.isMember(client, organisationId, userId))) return null;
        return repository.removeMember(client, organisationId, userId);
      });
      if (removed === null) throw notFound('This person is not a member of the organisation.');
      if (!removed)
        throw conflict('is the last owner, who cannot be removed', { field: 'params/userId', rule: 'not-last-owner' });
    },
  };
}
