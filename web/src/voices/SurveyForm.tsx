import { useId, useState, type FormEvent } from 'react';
import { answerSurvey, type SurveyGradeKey, type SurveyTrend } from '../api/surveys.ts';
import { ChoiceFieldset } from '../forms/ChoiceFieldset.tsx';
import { Options } from '../forms/fields.tsx';
import { ProblemList } from '../forms/ProblemList.tsx';
import { GRADE_KEYS, problemsOf, type T } from './voices.ts';
import { VoicesField } from './VoicesField.tsx';

const TRENDS: readonly SurveyTrend[] = ['better', 'same', 'worse'];
const GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

interface SurveyFormProps {
  roundId: string;
  roundTitle: string;
  onAnswered: () => void;
  t: T;
}

export function SurveyForm({ roundId, roundTitle, onAnswered, t }: SurveyFormProps) {
  const id = useId();
  const [grades, setGrades] = useState<Partial<Record<SurveyGradeKey, number>>>({});
  const [trend, setTrend] = useState<SurveyTrend | null>(null);
  const [comment, setComment] = useState('');
  const [status, setStatus] = useState<'idle' | 'sending' | 'done'>('idle');
  const [problems, setProblems] = useState<string[]>([]);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const missing = [
      ...GRADE_KEYS.filter((key) => grades[key] === undefined).map((key) => t(`voices.grade-${key}`)),
      ...(trend === null ? [t('voices.trendLegend')] : []),
    ];
    if (missing.length > 0) {
      setProblems(missing.map((name) => t('voices.missing', { name })));
      return;
    }
    setStatus('sending');
    setProblems([]);
    try {
      await answerSurvey(roundId, {
        physical: grades.physical!,
        social: grades.social!,
        nuisance: grades.nuisance!,
        safety: grades.safety!,
        overall: grades.overall!,
        trend: trend!,
        ...(comment.trim() === '' ? {} : { comment: comment.trim() }),
      });
      setStatus('done');
      onAnswered();
    } catch (error) {
      setStatus('idle');
      setProblems(problemsOf(t, error));
    }
  }

  if (status === 'done') {
    return (
      <p className="voices__thanks" role="status">
        {t('voices.thanks')}
      </p>
    );
  }

  return (
    <form className="voices-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('voices.formHeading', { title: roundTitle })}</h3>
      <p className="voices__note">{t('voices.formIntro')}</p>
      <div className="voices-form__grades">
        {GRADE_KEYS.map((key) => (
          <VoicesField key={key} label={t(`voices.question-${key}`)}>
            <select
              value={grades[key] ?? ''}
              onChange={(event) =>
                setGrades({ ...grades, [key]: event.target.value === '' ? undefined : Number(event.target.value) })
              }
            >
              <Options
                none={t('voices.choose')}
                options={GRADES.map((grade) => ({ value: grade, label: String(grade) }))}
              />
            </select>
          </VoicesField>
        ))}
      </div>
      <ChoiceFieldset
        legend={t('voices.trendLegend')}
        name={`${id}-trend`}
        values={TRENDS}
        chosen={trend}
        onChoose={setTrend}
        look="voices"
        labelOf={(value) => t(`voices.trend-${value}`)}
      />
      <VoicesField label={t('voices.comment')}>
        <textarea value={comment} maxLength={2000} rows={3} onChange={(event) => setComment(event.target.value)} />
      </VoicesField>
      <ProblemList problems={problems} />
      <button type="submit" className="button button--primary" disabled={status === 'sending'}>
        {status === 'sending' ? t('voices.sending') : t('voices.submitAnswer')}
      </button>
    </form>
  );
}
