import { Link } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { useT } from '../../i18n/useT';

/**
 * Communities › community › knowledge base (› the page's ancestors, top first › the page): the
 * trail above the knowledge pages, which is also the page's hierarchical title.
 */
export function KnowledgeBreadcrumb({
  community,
  base = true,
  ancestors = [],
  item,
}: {
  community: { slug: string; title: string };
  /** Link to the knowledge base too. */
  base?: boolean;
  ancestors?: readonly { id: string; title: string }[];
  /** The page itself, for pages under it (diff, edit). */
  item?: { id: string; title: string };
}) {
  const t = useT();
  return (
    <nav aria-label={t('knowledge.breadcrumb')}>
      <p className="breadcrumb">
        <Link to={routePaths.communities}>{t('directory.title')}</Link>{' '}
        <Link to={routePaths.community(community.slug)}>
          <bdi>{community.title}</bdi>
        </Link>
        {base ? (
          <>
            {' '}
            <Link to={routePaths.communityKnowledge(community.slug)}>{t('knowledge.base.title')}</Link>
          </>
        ) : null}
        {[...ancestors, ...(item ? [item] : [])].map((a) => (
          <span key={a.id}>
            {' '}
            <Link to={routePaths.knowledgeItem(a.id)}>
              <bdi dir="auto">{a.title}</bdi>
            </Link>
          </span>
        ))}
      </p>
    </nav>
  );
}
