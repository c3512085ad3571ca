import { Link } from 'react-router';
import type { Asset } from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { INVENTORY_STEPS, paramOf, STEP_PARAM, stepIndexOfKind, type WizardPosition } from './steps.ts';

interface WizardProgressProps {
  position: WizardPosition;
  items: readonly Asset[];
  needsBuurt: boolean;
}

/** "Stap 3 van 9", and every step as a link with the number of items it holds, so one can jump back to any of them. */
export function WizardProgress({ position, items, needsBuurt }: WizardProgressProps) {
  const { t } = useContributeTranslation();
  const total = INVENTORY_STEPS.length;
  let where: string;
  if (position.at === 'buurt') where = t('progress.buurt');
  else if (position.at === 'summary') where = t('progress.summary');
  else
    where = t('progress.step', {
      number: position.index + 1,
      total,
      name: t(`steps.${INVENTORY_STEPS[position.index]!.key}.short`),
    });

  const counts = INVENTORY_STEPS.map((_, index) => items.filter((item) => stepIndexOfKind(item.kind) === index).length);
  const links: { position: WizardPosition; number: string; name: string; count: number | null }[] = [
    ...(needsBuurt
      ? [{ position: { at: 'buurt' } as const, number: '•', name: t('progress.buurtShort'), count: null }]
      : []),
    ...INVENTORY_STEPS.map((step, index) => ({
      position: { at: 'step', index } as const,
      number: String(index + 1),
      name: t(`steps.${step.key}.short`),
      count: counts[index]!,
    })),
    { position: { at: 'summary' } as const, number: '✓', name: t('progress.summaryShort'), count: null },
  ];

  return (
    <nav className="wizard-progress" aria-label={t('progress.label')}>
      <p className="wizard-progress__where">{where}</p>
      <ol className="wizard-progress__steps">
        {links.map((link) => {
          const current = paramOf(link.position) === paramOf(position);
          return (
            <li
              key={paramOf(link.position)}
              className="wizard-progress__step"
              data-filled={link.count ? '' : undefined}
            >
              <Link
                to={{ search: `?${STEP_PARAM}=${paramOf(link.position)}` }}
                aria-current={current ? 'step' : undefined}
              >
                <span className="wizard-progress__number" aria-hidden="true">
                  {link.number}
                </span>
                <span className="wizard-progress__name">{link.name}</span>
                {link.count !== null && link.count > 0 && (
                  <span className="wizard-progress__count">{t('progress.itemCount', { count: link.count })}</span>
                )}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
