import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../account/session.tsx';
import { followBuurt, getFollows, unfollowBuurt, type FollowedBuurt } from '../api/follows.ts';
import { ActionOutcome } from '../forms/fields.tsx';
import { useApiData } from '../use-api-data.ts';
import './follows.css';

interface FollowBuurtProps {
  code: string;
  name: string;
}

/** "Follow this buurt" on its summary, for logged-in accounts: a weekly e-mail with what is new there. */
export function FollowBuurt(props: FollowBuurtProps) {
  const { user } = useSession();
  if (user === null) return null;
  return <FollowToggle {...props} userId={user.id} />;
}

function FollowToggle({ code, name, userId }: FollowBuurtProps & { userId: string }) {
  const { t } = useTranslation();
  const hintId = useId();
  const { state, replace } = useApiData(getFollows, [userId]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  // Until the list is known the button would say the wrong thing; a failed load leaves the summary as it was.
  if (state.status !== 'ready') return null;
  const follows = state.data;
  const following = follows.some((buurt) => buurt.code === code);

  async function toggle(): Promise<void> {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    setStatus('');
    try {
      if (following) {
        await unfollowBuurt(code);
        replace(follows.filter((buurt) => buurt.code !== code));
        setStatus(t('follow.unfollowed', { buurt: name }));
      } else {
        await followBuurt(code);
        const now = new Date().toISOString();
        const added: FollowedBuurt = { code, name, since: now, lastDigestAt: now };
        replace([...follows, added]);
        setStatus(t('follow.following', { buurt: name }));
      }
    } catch {
      setProblem(t('follow.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="follow-buurt">
      <button
        type="button"
        className={following ? 'button follow-buurt__button' : 'button button--primary follow-buurt__button'}
        aria-describedby={following ? undefined : hintId}
        // Not disabled while busy: a disabled button would lose the keyboard's focus.
        aria-disabled={busy || undefined}
        onClick={() => void toggle()}
      >
        {following ? t('follow.unfollow') : t('follow.follow')}
      </button>
      {!following && (
        <p id={hintId} className="follow-buurt__hint">
          {t('follow.explain')}
        </p>
      )}
      <ActionOutcome
        status={status}
        problem={problem}
        statusClassName="follow-buurt__status"
        alertClassName="follow-buurt__problem"
      />
    </div>
  );
}
