import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getBlocks, unblockAccount, type BlockedAccount } from '../api-client.ts';
import { formatDate } from '../account/format.ts';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { useApiData } from '../use-api-data.ts';

/** "Blocked": the accounts I blocked, each with Unblock. They were never told, and are not told now. */
export function BlockedSection() {
  const { t, i18n } = useTranslation();
  const { state, retry, replace } = useApiData(getBlocks, []);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function unblock(account: BlockedAccount, rest: BlockedAccount[]): Promise<void> {
    setProblem(null);
    try {
      await unblockAccount(account.id);
    } catch {
      setProblem(t('blocks.failed'));
      return;
    }
    replace(rest);
    setAnnouncement(t('blocks.unblocked', { name: account.name }));
    // Its button is gone: the keyboard goes back to the section's heading.
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  function content() {
    if (state.status === 'loading') {
      return (
        <p className="page-status" role="status">
          {t('form.loading')}
        </p>
      );
    }
    if (state.status === 'error') return <LoadProblem onRetry={retry} />;
    if (state.data.length === 0) return <p>{t('blocks.empty')}</p>;
    const blocks = state.data;
    return (
      <ul className="sessions" aria-labelledby="blocks-heading">
        {blocks.map((account) => (
          <li key={account.id} className="session">
            <span className="session__device">{account.name}</span>
            <span className="session__times">{t('blocks.since', { date: formatDate(account.createdAt, i18n.language) })}</span>
            <button type="button" className="button" onClick={() => void unblock(account, blocks.filter((other) => other.id !== account.id))}>
              {t('blocks.unblock')}
              <span className="visually-hidden"> ({account.name})</span>
            </button>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section className="section" aria-labelledby="blocks-heading">
      <h2 id="blocks-heading" ref={headingRef} tabIndex={-1}>
        {t('blocks.heading')}
      </h2>
      <p>{t('blocks.intro')}</p>
      <p className="form-status" role="status">
        {announcement}
      </p>
      {problem !== null && (
        <p className="form-alert" role="alert">
          {problem}
        </p>
      )}
      {content()}
    </section>
  );
}
