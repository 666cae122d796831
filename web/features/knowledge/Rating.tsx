import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { KnowledgeItem } from '../../api/types';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { FormAlert } from '../../ui/FormAlert';
import { knowledgeKeys } from './knowledgeModel';

const STARS = [1, 2, 3, 4, 5] as const;

/** An average such as 4.5 in the reader's digits, one decimal at most. */
export function useAverage() {
  const { intlLocale } = useLocale();
  const format = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 });
  return (n: number) => format.format(n);
}

/** "★ ۴٫۵ (۲)": an item's usefulness in a list, with the full sentence for screen readers. */
export function RatingBadge({ rating }: { rating: { average: number | null; count: number } }) {
  const t = useT();
  const average = useAverage();
  if (rating.average === null) return null;
  const label = t('knowledge.rating.summary', { average: average(rating.average), count: rating.count });
  return (
    <span className="knowledge-rating-badge" role="img" aria-label={label} title={label}>
      <span aria-hidden="true">★ {average(rating.average)}</span>
    </span>
  );
}

/**
 * The usefulness box of an item: the average and how many rated it, and for members a group of
 * five radio buttons (1–5 stars; arrow keys move, the choice is saved at once).
 */
export function RatingBox({ item }: { item: KnowledgeItem }) {
  const t = useT();
  const ids = useId();
  const average = useAverage();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const rate = useMutation({
    mutationFn: (stars: number) => unwrap(api.PUT('/api/knowledge/{id}/rating', { params: { path: { id: item.id } }, body: { stars } })),
    onSuccess: (rating) => {
      queryClient.setQueryData<KnowledgeItem>(knowledgeKeys.item(item.id), (old) => (old ? { ...old, rating } : old));
      void queryClient.invalidateQueries({ queryKey: ['knowledge', 'community', item.community.slug] });
      setSaved(true);
    },
  });
  const { rating } = item;
  const mine = rate.isPending ? (rate.variables ?? rating.mine) : rating.mine;

  return (
    <section className="card knowledge-rating" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('knowledge.rating.title')}</h2>
      <p className="knowledge-rating-average">
        {rating.average === null ? (
          t('knowledge.rating.none')
        ) : (
          <>
            <span className="knowledge-stars-static" aria-hidden="true">
              {STARS.map((n) => (
                <span key={n} className={n <= Math.round(rating.average!) ? 'knowledge-star-on' : 'knowledge-star-off'}>
                  ★
                </span>
              ))}
            </span>{' '}
            {t('knowledge.rating.summary', { average: average(rating.average), count: rating.count })}
          </>
        )}
      </p>
      {item.permissions.rate ? (
        <fieldset className="knowledge-stars">
          <legend>{t('knowledge.rating.yours')}</legend>
          <div className="knowledge-stars-row">
            {STARS.map((n) => (
              <label key={n} className={`knowledge-star ${mine !== null && n <= mine ? 'knowledge-star-on' : 'knowledge-star-off'}`}>
                <input
                  type="radio"
                  name={`${ids}-stars`}
                  value={n}
                  checked={mine === n}
                  disabled={rate.isPending}
                  onChange={() => {
                    setSaved(false);
                    rate.mutate(n);
                  }}
                />
                <span aria-hidden="true">★</span>
                <span className="visually-hidden">{t('knowledge.rating.stars', { n })}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <p className="visually-hidden" role="status">
        {saved && rating.mine !== null ? t('knowledge.rating.saved', { n: rating.mine }) : ''}
      </p>
      {saved && rating.mine !== null ? (
        <p className="small muted" aria-hidden="true">
          {t('knowledge.rating.saved', { n: rating.mine })}
        </p>
      ) : null}
      {rate.isError ? <FormAlert error={rate.error} /> : null}
    </section>
  );
}
