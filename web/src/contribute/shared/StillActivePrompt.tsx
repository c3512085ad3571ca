import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureMessage } from '../../forms/messages.ts';
import { type Asset, confirmAsset, deleteAsset } from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { ErrorLine } from '../../forms/fields.tsx';

interface StillActivePromptProps {
  asset: Asset;
  onConfirmed: (asset: Asset) => void;
  onDeleted: (asset: Asset) => void;
}

/** For an item not confirmed for a year: is it still true? Yes keeps it; remove deletes it. */
export function StillActivePrompt({ asset, onConfirmed, onDeleted }: StillActivePromptProps) {
  const { t } = useContributeTranslation();
  const { t: tApp } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function run(action: () => Promise<void>): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(failureMessage(tApp, error));
      setBusy(false);
    }
  }

  return (
    <div className="still-active" role="group" aria-label={t('stillActive.question')}>
      <p className="still-active__question">
        <strong>{t('stillActive.question')}</strong> {t('stillActive.why')}
      </p>
      <div className="item-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void run(async () => onConfirmed(await confirmAsset(asset.id)))}
        >
          {t('stillActive.yes')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await deleteAsset(asset.id);
              onDeleted(asset);
            })
          }
        >
          {t('stillActive.remove')}
        </button>
      </div>
      <ErrorLine problem={problem} />
    </div>
  );
}
