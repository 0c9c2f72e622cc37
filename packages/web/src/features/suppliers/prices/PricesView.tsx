import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Currency } from '@tildel/domain/money';
import { Loading } from '../../../components/Loading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { usePageState } from '../../../lib/paging';
import { PRICE_SORTS, usePrices } from './api';
import { PriceDialog } from './PriceDialog';
import { PriceHistory } from './PriceHistory';

/** Prices with an add button: a proposal on the supplier's own page, an agreed price for officers. */
export function PricesView(props: {
  orgId: string;
  supplierId: string | null;
  canAdd: boolean;
  defaultCurrency: Currency;
}) {
  const { orgId, supplierId, canAdd, defaultCurrency } = props;
  const { t } = useTranslation();
  const page = usePageState(PRICE_SORTS, { sort: 'category', order: 'asc' });
  const prices = usePrices(orgId, supplierId, page);
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  if (prices.isPending) return <Loading />;
  if (prices.isError)
    return <ErrorAlert error={prices.error} onRetry={() => void prices.refetch()} />;
  const addable = canAdd && prices.data.categories.length > 0;
  return (
    <Stack gap="md">
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      {addable && (
        <Group>
          <Button onClick={() => setOpen(true)}>
            {supplierId ? t('prices.agree') : t('prices.propose')}
          </Button>
        </Group>
      )}
      <Text size="sm">{t('prices.historyHelp')}</Text>
      <PriceHistory list={prices} page={page} />
      {open && (
        <PriceDialog
          orgId={orgId}
          supplierId={supplierId}
          list={prices.data}
          defaultCurrency={defaultCurrency}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            setNotice(supplierId ? t('prices.agreed') : t('prices.proposed'));
          }}
        />
      )}
    </Stack>
  );
}
