import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useLocation, useParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import type { KnowledgeItem } from '../../api/types';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { FormAlert, StatusMessage } from '../../ui/FormAlert';
import { Markdown } from '../../ui/Markdown';
import { Loading, Page } from '../../ui/Page';
import { NotFoundPage } from '../errors/ErrorPages';
import { KnowledgeBreadcrumb } from './KnowledgeBreadcrumb';
import { knowledgeKeys, noRetryOn4xx } from './knowledgeModel';
import { RatingBox } from './Rating';
import './knowledge.css';

/** What the form page tells the item page after a save (router state). */
export interface SavedState {
  saved?: 'created' | 'saved' | 'unchanged';
  /** The revision the save made (or found). */
  revision?: number;
}

/** `/knowledge/:id`: a knowledge item with its place in the hierarchy, its text, rating and revisions. */
export function KnowledgeItemPage() {
  const { id = '' } = useParams();
  const t = useT();
  const item = useKnowledgeItem(id);
  if (item.isPending) return <Loading />;
  if (item.isError) {
    if (item.error instanceof ApiError && (item.error.status === 404 || item.error.status === 400)) return <NotFoundPage />;
    return (
      <Page title={t('knowledge.title')}>
        <FormAlert error={item.error} />
      </Page>
    );
  }
  return <Item key={item.data.id} item={item.data} />;
}

export function useKnowledgeItem(id: string) {
  return useQuery({
    queryKey: knowledgeKeys.item(id),
    queryFn: () => unwrap(api.GET('/api/knowledge/{id}', { params: { path: { id } } })),
    enabled: id !== '',
    retry: noRetryOn4xx,
  });
}

/** The kind's badge and the tags (each a link to the knowledge base filtered by it). */
export function KindAndTags({ item }: { item: Pick<KnowledgeItem, 'kind' | 'tags'> & { community: { slug: string } } }) {
  const t = useT();
  return (
    <>
      <span className={`badge knowledge-kind knowledge-kind-${item.kind}`}>{t(`knowledge.kind.${item.kind}`)}</span>
      {item.tags.length > 0 ? (
        <ul className="knowledge-tag-list" aria-label={t('knowledge.tags')}>
          {item.tags.map((tag) => (
            <li key={tag}>
              <Link className="knowledge-tag" to={routePaths.communityKnowledge(item.community.slug, { tag })}>
                <bdi>{tag}</bdi>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function Item({ item }: { item: KnowledgeItem }) {
  const t = useT();
  const ids = useId();
  const location = useLocation();
  const queryClient = useQueryClient();
  const { locale, arCalendar } = useLocale();
  const savedState = location.state as SavedState | null;
  const latest = item.revision;
  const [shown, setShown] = useState<number | null>(null);
  const [reverted, setReverted] = useState<number | null>(null);
  const viewing = shown !== null && shown !== latest ? shown : null;
  const revision = useQuery({
    queryKey: knowledgeKeys.revision(item.id, viewing ?? 0),
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
  const dissolved = item.community.state === 'dissolved';

  return (
    <Page
      title={item.title}
      heading={<bdi dir="auto">{item.title}</bdi>}
      before={<KnowledgeBreadcrumb community={item.community} ancestors={item.ancestors} />}
    >
      {savedState?.saved && reverted === null ? <StatusMessage>{t(`knowledge.saved.${savedState.saved}`, { n: savedState.revision ?? item.revision })}</StatusMessage> : null}
      {reverted !== null ? <StatusMessage>{t('knowledge.revert.done', { from: reverted, n: item.revision })}</StatusMessage> : null}
      {dissolved ? <p className="alert alert-warning">{t('knowledge.dissolved')}</p> : null}

      <div className="knowledge-meta">
        <KindAndTags item={item} />
        <span className="small muted">
          <Msg id="knowledge.updatedAt" values={{ date: <time dateTime={item.updatedAt}>{when(item.updatedAt)}</time> }} />
        </span>
        {item.sourceMeetingId ? (
          <Link to={routePaths.meeting(item.sourceMeetingId)} className="small">
            {t('knowledge.sourceMeeting')}
          </Link>
        ) : null}
      </div>
      {item.permissions.edit ? (
        <p className="knowledge-actions">
          <Link className="button button-primary" to={routePaths.editKnowledgeItem(item.id)}>
            {t('knowledge.edit')}
          </Link>
          <Link className="button button-secondary" to={routePaths.newKnowledgeItem(item.community.slug, item.id)}>
            {t('knowledge.newChild')}
          </Link>
        </p>
      ) : item.kind === 'meeting_minutes' && item.sourceMeetingId && item.permissions.rate ? (
        <p className="small muted">{t('knowledge.minutesEditedInMeeting')}</p>
      ) : null}

      <div className="knowledge-layout">
        <article className="card knowledge-body" aria-labelledby="knowledge-text-title">
          <h2 id="knowledge-text-title" ref={textRef} tabIndex={-1}>
            {viewing === null ? t('knowledge.currentText') : t('knowledge.revisionText', { n: viewing })}
          </h2>
          {viewing === null ? (
            item.body.trim() ? (
              <Markdown source={item.body} />
            ) : (
              <p className="muted">{t('knowledge.emptyBody')}</p>
            )
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

        <div className="knowledge-side">
          <RatingBox item={item} />
          <section className="card knowledge-children" aria-labelledby={`${ids}-children`}>
            <h2 id={`${ids}-children`}>{t('knowledge.children.title')}</h2>
            {item.children.length === 0 ? (
              <p className="small muted">{t('knowledge.children.none')}</p>
            ) : (
              <ul>
                {item.children.map((c) => (
                  <li key={c.id}>
                    <Link to={routePaths.knowledgeItem(c.id)}>
                      <bdi dir="auto">{c.title}</bdi>
                    </Link>{' '}
                    {c.kind !== 'page' ? <span className="small muted">({t(`knowledge.kind.${c.kind}`)})</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>

      <Revisions
        key={item.revision}
        item={item}
        viewing={viewing}
        onShow={(n) => setShown(n === latest ? null : n)}
        onReverted={(updated, from) => {
          queryClient.setQueryData(knowledgeKeys.item(item.id), updated);
          void queryClient.invalidateQueries({ queryKey: ['knowledge', 'community', item.community.slug] });
          setShown(null);
          setReverted(from);
        }}
      />
    </Page>
  );
}

/**
 * The revision list: two radio columns (from, to) to pick the revisions to compare, a button to
 * show each one's text, and for editors a revert on every older revision.
 */
function Revisions({
  item,
  viewing,
  onShow,
  onReverted,
}: {
  item: KnowledgeItem;
  viewing: number | null;
  onShow: (n: number) => void;
  onReverted: (item: KnowledgeItem, from: number) => void;
}) {
  const t = useT();
  const ids = useId();
  const queryClient = useQueryClient();
  const { locale, arCalendar } = useLocale();
  const latest = item.revision;
  const [from, setFrom] = useState(() => Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  const when = (iso: string) => formatDateTime(iso, locale, { arCalendar });
  const several = item.revisions.length > 1;

  return (
    <section className="card knowledge-revisions" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('knowledge.revisions')}</h2>
      {several ? <p className="small muted">{t('knowledge.compare.help')}</p> : null}
      {several ? (
        <p className="knowledge-revision-columns" aria-hidden="true">
          <span>{t('knowledge.compare.from')}</span>
          <span>{t('knowledge.compare.to')}</span>
        </p>
      ) : null}
      <ol className="knowledge-revision-list" reversed>
        {[...item.revisions].reverse().map((r) => {
          const current = r.number === latest;
          const selected = current ? viewing === null : viewing === r.number;
          return (
            <li key={r.number} className={selected ? 'knowledge-revision knowledge-revision-selected' : 'knowledge-revision'}>
              {several ? (
                <span className="knowledge-revision-pick">
                  <input type="radio" name={`${ids}-from`} checked={from === r.number} onChange={() => setFrom(r.number)} aria-label={t('knowledge.compare.fromRevision', { n: r.number })} />
                  <input type="radio" name={`${ids}-to`} checked={to === r.number} onChange={() => setTo(r.number)} aria-label={t('knowledge.compare.toRevision', { n: r.number })} />
                </span>
              ) : null}
              <div className="knowledge-revision-info">
                <p className="knowledge-revision-head">
                  <strong>{t('knowledge.revisionNumber', { n: r.number })}</strong>
                  {current ? <span className="badge">{t('knowledge.current')}</span> : null}
                  <span className="small muted">
                    <Msg id="knowledge.revisionBy" values={{ name: <UserText>{r.author.name}</UserText>, date: <time dateTime={r.createdAt}>{when(r.createdAt)}</time> }} />
                  </span>
                </p>
                {r.note.trim() ? (
                  <p className="small knowledge-revision-note" dir="auto">
                    {r.note}
                  </p>
                ) : null}
                <div className="knowledge-revision-buttons">
                  <Button className="button button-secondary button-compact" aria-pressed={selected} onPress={() => onShow(r.number)}>
                    {t('knowledge.showRevision', { n: r.number })}
                  </Button>
                  {item.permissions.edit && !current ? (
                    <ConfirmAction
                      label={t('knowledge.revert.button', { n: r.number })}
                      title={t('knowledge.revert.title', { n: r.number })}
                      body={t('knowledge.revert.body', { n: r.number, next: latest + 1 })}
                      confirm={t('knowledge.revert.confirm')}
                      cancel={t('knowledge.revert.cancel')}
                      action={async () => {
                        try {
                          return await unwrap(api.POST('/api/knowledge/{id}/revert', { params: { path: { id: item.id } }, body: { revision: r.number, baseRevision: latest } }));
                        } catch (e) {
                          // Someone saved meanwhile: show their revision in the list behind the dialog.
                          if (e instanceof ApiError && e.status === 409) void queryClient.invalidateQueries({ queryKey: knowledgeKeys.item(item.id) });
                          throw e;
                        }
                      }}
                      onDone={(updated) => onReverted(updated, r.number)}
                    />
                  ) : null}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      {several ? (
        from === to ? (
          <p className="small muted">{t('knowledge.compare.same')}</p>
        ) : (
          <p>
            <Link className="button button-primary" to={routePaths.knowledgeDiff(item.id, from, to)}>
              {t('knowledge.compare.button', { from, to })}
            </Link>
          </p>
        )
      ) : null}
    </section>
  );
}
