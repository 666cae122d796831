import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { ApiError, api, unwrap } from '../../api/client';
import type { KnowledgeList, KnowledgeListItem } from '../../api/types';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { Msg, useT } from '../../i18n/useT';
import { UserText } from '../../ui/Bidi';
import { FormAlert } from '../../ui/FormAlert';
import { Loading, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { NotFoundPage } from '../errors/ErrorPages';
import { KnowledgeBreadcrumb } from './KnowledgeBreadcrumb';
import { buildTree, isKind, KINDS, knowledgeKeys, noRetryOn4xx, tagKey, type TreeNode } from './knowledgeModel';
import { RatingBadge } from './Rating';
import './knowledge.css';

const ALL = 'all';

/** `/communities/:slug/knowledge`: the community's knowledge base as a tree of pages, with filters by kind, tag and words. */
export function KnowledgeBasePage() {
  const { slug = '' } = useParams();
  const t = useT();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const filter = { kind: isKind(kindParam) ? kindParam : undefined, tag: params.get('tag') || undefined, q: params.get('q') || undefined };
  const list = useQuery({
    queryKey: knowledgeKeys.list(slug, filter),
    queryFn: () => unwrap(api.GET('/api/communities/{slug}/knowledge', { params: { path: { slug }, query: filter } })),
    placeholderData: (previous) => previous,
    retry: noRetryOn4xx,
  });
  const setFilter = (next: { kind?: string; tag?: string; q?: string }) => {
    const merged = { kind: filter.kind, tag: filter.tag, q: filter.q, ...next };
    const out = new URLSearchParams();
    for (const [k, v] of Object.entries(merged)) if (v) out.set(k, v);
    setParams(out, { replace: true });
  };

  if (list.isPending) return <Loading />;
  if (list.isError) {
    if (list.error instanceof ApiError && list.error.status === 404) return <NotFoundPage />;
    return (
      <Page title={t('knowledge.base.title')}>
        <FormAlert error={list.error} />
      </Page>
    );
  }
  const data = list.data;
  const filtered = Boolean(filter.kind || filter.tag || filter.q);
  return (
    <Page
      title={t('knowledge.base.titleOf', { community: data.community.title })}
      heading={t('knowledge.base.title')}
      lead={<Msg id="knowledge.base.lead" values={{ community: <UserText>{data.community.title}</UserText> }} />}
      before={<KnowledgeBreadcrumb community={data.community} base={false} />}
    >
      {data.community.state === 'dissolved' ? <p className="alert alert-warning">{t('knowledge.dissolved')}</p> : null}
      {data.canCreate ? (
        <p className="knowledge-actions">
          <Link className="button button-primary" to={routePaths.newKnowledgeItem(slug)}>
            {t('knowledge.new')}
          </Link>
        </p>
      ) : null}
      <Filters key={filter.q ?? ''} slug={slug} filter={filter} onChange={setFilter} />
      <Results data={data} filtered={filtered} onClear={() => setParams(new URLSearchParams(), { replace: true })} busy={list.isFetching} />
    </Page>
  );
}

function Filters({ slug, filter, onChange }: { slug: string; filter: { kind?: string; tag?: string; q?: string }; onChange: (f: { kind?: string; tag?: string; q?: string }) => void }) {
  const t = useT();
  const ids = useId();
  const [q, setQ] = useState(filter.q ?? '');
  const tags = useQuery({
    queryKey: knowledgeKeys.tags(slug),
    queryFn: () => unwrap(api.GET('/api/communities/{slug}/knowledge/tags', { params: { path: { slug } } })),
    retry: noRetryOn4xx,
  });
  const tagOptions = [{ id: ALL, label: t('knowledge.filter.allTags') }, ...(tags.data?.items ?? []).map((x) => ({ id: x.tag, label: t('knowledge.filter.tagOption', { tag: x.tag, count: x.count }) }))];
  // The tag asked for, as the list spells it («انرژي» is «انرژی»); one no item carries still shows as chosen.
  const chosenTag = filter.tag ? (tagOptions.find((o) => o.id !== ALL && tagKey(o.id) === tagKey(filter.tag!))?.id ?? filter.tag) : ALL;
  if (!tagOptions.some((o) => o.id === chosenTag)) tagOptions.push({ id: chosenTag, label: chosenTag });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: q.trim() || undefined });
  };
  return (
    <form className="card knowledge-filters" role="search" aria-labelledby={`${ids}-title`} onSubmit={submit}>
      <h2 id={`${ids}-title`} className="visually-hidden">
        {t('knowledge.filter.title')}
      </h2>
      <SelectField
        name="kind"
        label={t('knowledge.filter.kind')}
        value={filter.kind ?? ALL}
        options={[{ id: ALL, label: t('knowledge.filter.allKinds') }, ...KINDS.map((k) => ({ id: k, label: t(`knowledge.kind.${k}`) }))]}
        onChange={(v) => onChange({ kind: v === ALL ? undefined : v })}
      />
      <SelectField name="tag" label={t('knowledge.filter.tag')} value={chosenTag} options={tagOptions} onChange={(v) => onChange({ tag: v === ALL ? undefined : v })} />
      <div className="field knowledge-filter-words">
        <label className="field-label" htmlFor={`${ids}-q`}>
          {t('knowledge.filter.words')}
        </label>
        <span className="knowledge-filter-row">
          <input id={`${ids}-q`} className="field-input" type="search" dir="auto" value={q} onChange={(e) => setQ(e.target.value)} />
          <button type="submit" className="button button-secondary">
            {t('knowledge.filter.apply')}
          </button>
        </span>
      </div>
    </form>
  );
}

function Results({ data, filtered, onClear, busy }: { data: KnowledgeList; filtered: boolean; onClear: () => void; busy: boolean }) {
  const t = useT();
  const tree = buildTree(data.items);
  return (
    <section className="knowledge-results" aria-labelledby="knowledge-results-title" aria-busy={busy}>
      <h2 id="knowledge-results-title" className="knowledge-results-title">
        {filtered ? t('knowledge.base.found', { count: data.items.length }) : t('knowledge.base.count', { count: data.items.length })}
      </h2>
      {filtered ? (
        <p>
          <button type="button" className="button button-secondary button-compact" onClick={onClear}>
            {t('knowledge.filter.clear')}
          </button>
        </p>
      ) : null}
      {data.items.length === 0 ? (
        <p className="muted">{filtered ? t('knowledge.base.noneFound') : data.canCreate ? t('knowledge.base.emptyWriter') : t('knowledge.base.empty')}</p>
      ) : (
        <ul className="knowledge-tree">
          {tree.map((n) => (
            <Node key={n.item.id} node={n} slug={data.community.slug} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One item of the tree with the items under it, nested. */
function Node({ node, slug }: { node: TreeNode<KnowledgeListItem>; slug: string }) {
  const t = useT();
  const { locale, arCalendar } = useLocale();
  const { item } = node;
  return (
    <li>
      <div className="knowledge-node">
        <Link className="knowledge-node-title" to={routePaths.knowledgeItem(item.id)}>
          <bdi dir="auto">{item.title}</bdi>
        </Link>
        <span className="knowledge-node-meta">
          <span className={`badge knowledge-kind knowledge-kind-${item.kind}`}>{t(`knowledge.kind.${item.kind}`)}</span>
          <RatingBadge rating={item.rating} />
          {item.tags.map((tag) => (
            <Link key={tag} className="knowledge-tag" to={routePaths.communityKnowledge(slug, { tag })}>
              <bdi>{tag}</bdi>
            </Link>
          ))}
          <span className="small muted">
            <time dateTime={item.updatedAt}>{formatDate(item.updatedAt, locale, { arCalendar })}</time>
          </span>
        </span>
      </div>
      {node.children.length > 0 ? (
        <ul>
          {node.children.map((c) => (
            <Node key={c.item.id} node={c} slug={slug} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
