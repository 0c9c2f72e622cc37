import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useConfirmOffers } from './api';

/** One click: the capacity and tariffs of every open offer are still right. */
export function ConfirmOffersButton({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const confirm = useConfirmOffers(orgId);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <Button
        loading={confirm.isPending}
        onClick={() =>
          confirm.mutate(undefined, {
            onSuccess: (done) => setNotice(t('offers.confirm.done', { count: done.confirmed })),
          })
        }
      >
        {t('offers.confirm.all')}
      </Button>
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      {confirm.isError && <ErrorAlert error={confirm.error} />}
    </>
  );
}
