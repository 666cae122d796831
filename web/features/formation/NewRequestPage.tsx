import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { routePaths } from '../../app/routePaths';
import { api, unwrap } from '../../api/client';
import { CORE_MAX, CORE_MIN } from '../../api/types';
import { useT } from '../../i18n/useT';
import { FormAlert } from '../../ui/FormAlert';
import { Page } from '../../ui/Page';
import { SubmitButton } from '../../ui/SubmitButton';
import { myRequestsKey, requestKey } from './model';
import './formation.css';

/**
 * `/formation-requests/new`: what the form asks for, then a draft is started only when the user
 * presses Start (never on render), and the request page replaces this one in the history.
 */
export function NewRequestPage() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/formation-requests', { body: {} })),
    onSuccess: async (created) => {
      queryClient.setQueryData(requestKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: myRequestsKey });
      await navigate(routePaths.request(created.id), { replace: true });
    },
  });

  return (
    <Page title={t('formation.new.title')} lead={t('formation.new.lead')}>
      <section className="card formation-intro" aria-labelledby="new-how">
        <h2 id="new-how">{t('formation.new.howTitle')}</h2>
        <ul className="formation-points">
          <li>{t('formation.new.point.core', { min: CORE_MIN, max: CORE_MAX })}</li>
          <li>{t('formation.new.point.prefill')}</li>
          <li>{t('formation.new.point.draft')}</li>
          <li>{t('formation.new.point.review')}</li>
        </ul>
        {create.isError ? <FormAlert error={create.error} /> : null}
        <div className="form-actions">
          <SubmitButton type="button" isPending={create.isPending || create.isSuccess} onPress={() => (create.isIdle || create.isError ? create.mutate() : undefined)}>
            {t('formation.new.start')}
          </SubmitButton>
          <Link to={routePaths.myRequests}>{t('formation.new.cancel')}</Link>
        </div>
      </section>
    </Page>
  );
}
