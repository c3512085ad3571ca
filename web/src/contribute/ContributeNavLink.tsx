import { lazy, Suspense } from 'react';
import { useSession } from '../account/session.tsx';

const ContributeNavItem = lazy(() =>
  import('./ContributeNavItem.tsx').then((module) => ({ default: module.ContributeNavItem })),
);

/** "Bijdragen" in the header menu (the link only), for logged-in accounts; its texts load only then, keeping the map's first load small. */
export function ContributeNavLink() {
  const { user } = useSession();
  if (user === null) return null;
  return (
    <Suspense fallback={null}>
      <ContributeNavItem />
    </Suspense>
  );
}
