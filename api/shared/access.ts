import { accessRepository } from './access.repository.ts';

/** The account's role in the organisation ('owner' or 'member'); null: not a member. */
export const organisationRole = accessRepository.organisationRole;
