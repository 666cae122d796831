import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import type { KnowledgeItem } from '../../api/types';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { NotFoundPage } from '../errors/ErrorPages';
import { DiffLegend, DiffLines, DiffSegments } from './DiffView';
import { diffInline, diffTexts } from './diffModel';
import { KnowledgeBreadcrumb } from './KnowledgeBreadcrumb';
import { useKnowledgeItem } from './KnowledgeItemPage';
import { knowledgeKeys, noRetryOn4xx } from './knowledgeModel';
import './knowledge.css';

/** `/knowledge/:id/diff?from=N&to=M`: what changed between two revisions, word by word. */
export function KnowledgeDiffPage() {
  const { id = '' } = useParams();
  const t = useT();
  const item = useKnowledgeItem(id);
  if (item.isPending) return <Loading />;
  if (item.isError) {
    if (item.error instanceof ApiError && (item.error.status === 404 || item.error.status === 400)) return <NotFoundPage />;
    return (
      <Page title={t('knowledge.diff.title')}>
        <FormAlert error={item.error} />
      </Page>
    );
  }
  return <Diff item={item.data} />;
}

const revisionParam = (value: string | null, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : null;
};

function useRevision(id: string, n: number) {
  return useQuery({
    queryKey: knowledgeKeys.revision(id, n),
    queryFn: () => unwrap(api.GET('/api/knowledge/{id}/revisions/{number}', { params: { path: { id, number: n } } })),
    retry: noRetryOn4xx,
    staleTime: Infinity,
  });
}

function Diff({ item }: { item: KnowledgeItem }) {
  const t = useT();
  const ids = useId();
  const { locale, arCalendar } = useLocale();
  const [params, setParams] = useSearchParams();
  const latest = item.revision;
  const from = revisionParam(params.get('from'), latest) ?? Math.max(1, latest - 1);
  const to = revisionParam(params.get('to'), latest) ?? latest;
  const [changedOnly, setChangedOnly] = useState(false);
  const before = useRevision(item.id, from);
  const after = useRevision(item.id, to);
  const when = (iso: string) => formatDateTime(iso, locale, { arCalendar });
  const options = [...item.revisions].reverse().map((r) => ({ id: String(r.number), label: t('knowledge.diff.option', { n: r.number, name: r.author.name, date: when(r.createdAt) }) }));
  const pick = (which: 'from' | 'to', n: string) => {
    const next = new URLSearchParams(params);
    next.set('from', which === 'from' ? n : String(from));
    next.set('to', which === 'to' ? n : String(to));
    setParams(next, { replace: true });
  };
  const result = useMemo(
    () => (before.data && after.data ? { body: diffTexts(before.data.body, after.data.body, locale), title: diffInline(before.data.title, after.data.title, locale) } : null),
    [before.data, after.data, locale],
  );
  const lines = result ? (changedOnly ? result.body.lines.filter((l) => l.some((s) => s.kind !== 'same')) : result.body.lines) : [];

  return (
    <Page
      title={t('knowledge.diff.titleOf', { title: item.title, from, to })}
      heading={t('knowledge.diff.title')}
      lead={<Msg id="knowledge.diff.lead" values={{ title: <bdi dir="auto">{item.title}</bdi>, from, to }} />}
      before={<KnowledgeBreadcrumb community={item.community} ancestors={item.ancestors} item={item} />}
    >
      <form className="card knowledge-diff-pick" aria-label={t('knowledge.diff.pick')} onSubmit={(e) => e.preventDefault()}>
        <SelectField name="from" label={t('knowledge.diff.from')} value={String(from)} options={options} onChange={(v) => pick('from', v)} />
        <SelectField name="to" label={t('knowledge.diff.to')} value={String(to)} options={options} onChange={(v) => pick('to', v)} />
      </form>

      {before.isError || after.isError ? (
        <FormAlert error={before.error ?? after.error} />
      ) : !result || !before.data || !after.data ? (
        <Loading />
      ) : (
        <>
          <div className="knowledge-diff-heads">
            {[before.data, after.data].map((r, i) => (
              <p key={i} className="small">
                <strong>{t(i === 0 ? 'knowledge.diff.fromRevision' : 'knowledge.diff.toRevision', { n: r.number })}</strong>{' '}
                <Msg id="knowledge.revisionBy" values={{ name: <UserText>{r.author.name}</UserText>, date: <time dateTime={r.createdAt}>{when(r.createdAt)}</time> }} />
                {r.note.trim() ? (
                  <>
                    {' — '}
                    <bdi dir="auto">{r.note}</bdi>
                  </>
                ) : null}
              </p>
            ))}
          </div>
          <DiffLegend added={result.body.added} removed={result.body.removed} />
          {result.body.byLine ? <p className="small muted">{t('knowledge.diff.byLine')}</p> : null}

          <section className="card knowledge-diff-card" aria-labelledby={`${ids}-title`}>
            <h2 id={`${ids}-title`}>{t('knowledge.diff.titleSection')}</h2>
            {before.data.title === after.data.title ? (
              <p dir="auto">
                <span className="muted">{t('knowledge.diff.titleSame')}</span> <bdi dir="auto">{after.data.title}</bdi>
              </p>
            ) : (
              <p dir="auto" className="knowledge-diff-title">
                <DiffSegments segments={result.title} />
              </p>
            )}
          </section>

          <section className="card knowledge-diff-card" aria-labelledby={`${ids}-body`}>
            <div className="knowledge-diff-card-head">
              <h2 id={`${ids}-body`}>{t('knowledge.diff.bodySection')}</h2>
              <label className="knowledge-check">
                <input type="checkbox" checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)} /> {t('knowledge.diff.changedOnly')}
              </label>
            </div>
            <DiffLines lines={lines} emptyText={changedOnly ? t('knowledge.diff.noChange') : t('knowledge.emptyBody')} />
          </section>
        </>
      )}
      <p>
        <Link to={routePaths.knowledgeItem(item.id)}>{t('knowledge.diff.back')}</Link>
      </p>
    </Page>
  );
}
