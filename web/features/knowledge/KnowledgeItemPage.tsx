import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import type { KnowledgeItem } from '../../api/types';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Markdown } from '../../ui/Markdown';
import { Loading, Page } from '../../ui/Page';
import { NotFoundPage } from '../errors/ErrorPages';
import { minutesKeys } from '../meetings/minutesModel';
import './knowledge.css';

const noRetryOn4xx = (count: number, error: unknown) => count < 2 && !(error instanceof ApiError && error.status > 0 && error.status < 500);

/** `/knowledge/:id`: a knowledge item (e.g. published minutes), its text and its revisions. */
export function KnowledgeItemPage() {
  const { id = '' } = useParams();
  const t = useT();
  const item = useQuery({
    queryKey: minutesKeys.knowledge(id),
    queryFn: () => unwrap(api.GET('/api/knowledge/{id}', { params: { path: { id } } })),
    enabled: id !== '',
    retry: noRetryOn4xx,
  });
  if (item.isPending) return <Loading />;
  if (item.isError) {
    if (item.error instanceof ApiError && (item.error.status === 404 || item.error.status === 400)) return <NotFoundPage />;
    return (
      <Page title={t('knowledge.title')}>
        <FormAlert error={item.error} />
      </Page>
    );
  }
  return <Item item={item.data} />;
}

function Item({ item }: { item: KnowledgeItem }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const latest = item.revisions.at(-1)?.number ?? null;
  const [shown, setShown] = useState<number | null>(null);
  const viewing = shown !== null && shown !== latest ? shown : null;
  const revision = useQuery({
    queryKey: minutesKeys.revision(item.id, viewing ?? 0),
    queryFn: () => unwrap(api.GET('/api/knowledge/{id}/revisions/{number}', { params: { path: { id: item.id, number: viewing! } } })),
    enabled: viewing !== null,
    retry: noRetryOn4xx,
  });
  const textRef = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    textRef.current?.focus();
  }, [shown]);
  const when = (iso: string) => formatDateTime(iso, locale, { arCalendar });

  return (
    <Page
      title={item.title}
      heading={<bdi dir="auto">{item.title}</bdi>}
      before={
        <nav aria-label={t('knowledge.breadcrumb')}>
          <p className="breadcrumb">
            <Link to={routePaths.community(item.community.slug)}>
              <UserText>{item.community.title}</UserText>
            </Link>
          </p>
        </nav>
      }
    >
      <div className="badge-row">
        <span className="badge knowledge-kind">{t(`knowledge.kind.${item.kind}`)}</span>
        <span className="small muted">
          <Msg id="knowledge.updatedAt" values={{ date: <time dateTime={item.updatedAt}>{when(item.updatedAt)}</time> }} />
        </span>
        {item.sourceMeetingId ? (
          <Link to={routePaths.meeting(item.sourceMeetingId)} className="small">
            {t('knowledge.sourceMeeting')}
          </Link>
        ) : null}
      </div>
      {item.tags.length > 0 ? (
        <ul className="tags knowledge-tags" aria-label={t('knowledge.tags')}>
          {item.tags.map((tag) => (
            <li key={tag}>
              <bdi>{tag}</bdi>
            </li>
          ))}
        </ul>
      ) : null}

      <div className="knowledge-layout">
        <article className="card knowledge-body" aria-labelledby="knowledge-text-title">
          <h2 id="knowledge-text-title" ref={textRef} tabIndex={-1}>
            {viewing === null ? t('knowledge.currentText') : t('knowledge.revisionText', { n: formatNumber(viewing, locale) })}
          </h2>
          {viewing === null ? (
            <Markdown source={item.body} />
          ) : revision.isPending ? (
            <Loading />
          ) : revision.isError ? (
            <FormAlert error={revision.error} />
          ) : (
            <>
              <p className="small muted">
                <Msg
                  id="knowledge.revisionBy"
                  values={{ name: <UserText>{revision.data.author.name}</UserText>, date: <time dateTime={revision.data.createdAt}>{when(revision.data.createdAt)}</time> }}
                />
              </p>
              {revision.data.title !== item.title ? (
                <p className="knowledge-revision-title">
                  <Msg id="knowledge.revisionTitle" values={{ title: <bdi dir="auto">{revision.data.title}</bdi> }} />
                </p>
              ) : null}
              <Markdown source={revision.data.body} />
              <p>
                <Button className="button button-secondary" onPress={() => setShown(null)}>
                  {t('knowledge.backToCurrent')}
                </Button>
              </p>
            </>
          )}
        </article>

        <section className="card knowledge-revisions" aria-labelledby="knowledge-revisions-title">
          <h2 id="knowledge-revisions-title">{t('knowledge.revisions')}</h2>
          <ol className="knowledge-revision-list" reversed>
            {[...item.revisions].reverse().map((r) => {
              const current = r.number === latest;
              const selected = current ? viewing === null : viewing === r.number;
              return (
                <li key={r.number} className={selected ? 'knowledge-revision knowledge-revision-selected' : 'knowledge-revision'}>
                  <p className="knowledge-revision-head">
                    <strong>{t('knowledge.revisionNumber', { n: formatNumber(r.number, locale) })}</strong>
                    {current ? <span className="badge">{t('knowledge.current')}</span> : null}
                  </p>
                  <p className="small muted">
                    <Msg id="knowledge.revisionBy" values={{ name: <UserText>{r.author.name}</UserText>, date: <time dateTime={r.createdAt}>{when(r.createdAt)}</time> }} />
                  </p>
                  {r.note.trim() ? (
                    <p className="small knowledge-revision-note" dir="auto">
                      {r.note}
                    </p>
                  ) : null}
                  <Button className="button button-secondary button-compact" aria-pressed={selected} onPress={() => setShown(current ? null : r.number)}>
                    {t('knowledge.showRevision', { n: formatNumber(r.number, locale) })}
                  </Button>
                </li>
              );
            })}
          </ol>
        </section>
      </div>
    </Page>
  );
}
