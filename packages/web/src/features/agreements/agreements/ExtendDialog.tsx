import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addMonths } from '@tildel/domain/agreement-period';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormatters } from '../../../lib/format';
import { useUseExtension } from './api';
import type { AgreementDetail } from './types';

/** Confirms using the next extension option, saying how far the end date moves. */
export function ExtendDialog({
  orgId,
  agreement,
  onClose,
  onExtended,
}: {
  orgId: string;
  agreement: AgreementDetail;
  onClose: () => void;
  onExtended: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const mutation = useUseExtension(orgId, agreement.id);
  const months = agreement.extensionOptions[agreement.extensionsUsed] ?? 0;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('agreements.extend.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        {mutation.isError && <ErrorAlert error={mutation.error} />}
        <Text>
          {t('agreements.extend.explain', {
            number: agreement.extensionsUsed + 1,
            total: agreement.extensionOptions.length,
            count: months,
            from: f.date(agreement.currentEndsOn),
            to: f.date(addMonths(agreement.currentEndsOn, months)),
          })}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={mutation.isPending}
            onClick={() => mutation.mutate(agreement.version, { onSuccess: onExtended })}
            data-autofocus
          >
            {t('agreements.extend.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
