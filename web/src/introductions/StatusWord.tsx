import { useTranslation } from 'react-i18next';
import type { Introduction } from '../api/introductions.ts';

interface StatusWordProps {
  status: Introduction['status'];
  /** Strong where the status is what its line is about. */
  strong?: boolean;
  /** Reads "Status" before the word, where the line does not say it. */
  labelled?: boolean;
}

/** An introduction's status in words, coloured by its status. */
export function StatusWord({ status, strong = false, labelled = false }: StatusWordProps) {
  const { t } = useTranslation();
  const Word = strong ? 'strong' : 'span';
  return (
    <Word className="status-word" data-status={status}>
      {labelled && <span className="visually-hidden">{t('introductions.statusLabel')} </span>}
      {t(`introductions.status-${status}`)}
    </Word>
  );
}
