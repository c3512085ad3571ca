import { useTranslation } from 'react-i18next';
import { formatDate } from '../account/format.ts';
import { getBlocks, unblockAccount, type BlockedAccount } from '../api/introductions.ts';
import { RemovableList } from '../forms/RemovableList.tsx';

/** "Blocked": the accounts I blocked, each with Unblock. They were never told, and are not told now. */
export function BlockedSection() {
  const { t, i18n } = useTranslation();
  return (
    <RemovableList<BlockedAccount>
      headingId="blocks-heading"
      heading={t('blocks.heading')}
      intro={t('blocks.intro')}
      load={getBlocks}
      remove={(account) => unblockAccount(account.id)}
      keyOf={(account) => account.id}
      nameOf={(account) => account.name}
      label={(account) => <span className="session__device">{account.name}</span>}
      detail={(account) => t('blocks.since', { date: formatDate(account.createdAt, i18n.language) })}
      texts={{
        empty: t('blocks.empty'),
        remove: t('blocks.unblock'),
        failed: t('blocks.failed'),
        removed: (account) => t('blocks.unblocked', { name: account.name }),
      }}
    />
  );
}
