import { useT } from '../i18n/useT';
import { SubmitButton } from './SubmitButton';

/** The "show more" button under a paginated list (a react-query infinite query). */
export function LoadMore({ query }: { query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> } }) {
  const t = useT();
  if (!query.hasNextPage) return null;
  return (
    <div className="form-actions">
      <SubmitButton type="button" variant="secondary" isPending={query.isFetchingNextPage} onPress={() => void query.fetchNextPage()}>
        {t('common.loadMore')}
      </SubmitButton>
    </div>
  );
}
