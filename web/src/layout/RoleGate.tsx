import type { ReactNode } from 'react';
import { RequireUser } from '../account/RequireUser.tsx';
import type { SessionUser } from '../api/auth.ts';
import { Refusal } from './Refusal.tsx';

interface RoleGateProps {
  /** Whether the logged-in account may see the content. */
  allows: (user: SessionUser) => boolean;
  /** What anyone else who is logged in is told. */
  refusal: string;
  children: () => ReactNode;
}

/** Shows its content to accounts with a role; others are sent to log in, or told why not (with the way to the map). */
export function RoleGate({ allows, refusal, children }: RoleGateProps) {
  return <RequireUser>{(user) => (allows(user) ? children() : <Refusal message={refusal} />)}</RequireUser>;
}
