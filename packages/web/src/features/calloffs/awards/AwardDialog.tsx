// The award: the buyer chooses a ranked bid (rank 1 unless there is a reason not to), states the
// reasons every bidder will read, and chooses whether a 10-day standstill runs before the order.
import { Alert, Checkbox, Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { GlossaryLinks } from '../../../components/GlossaryLink';
import { useAward, type Evaluation } from './api';

interface Props {
  orgId: string;
  calloffId: string;
  version: number;
  evaluation: Evaluation;
  onClose: () => void;
}

export function AwardDialog({ orgId, calloffId, version, evaluation, onClose }: Props) {
  const { t } = useTranslation();
  const ranked = evaluation.bids.filter((b) => b.rank !== null);
  const form = useForm({
    initialValues: { bidId: ranked[0]?.bidId ?? '', reasons: '', standstill: true },
    validate: {
      reasons: (value) => (value.trim() === '' ? t('awards.reasonRequired') : null),
    },
  });
  const mutation = useAward(orgId, calloffId);
  const chosen = ranked.find((b) => b.bidId === form.getValues().bidId);
  return (
    <FormDialog
      title={t('awards.award.title')}
      size="lg"
      form={form}
      mutation={mutation}
      toVariables={(values) => ({ ...values, version, reasons: values.reasons.trim() })}
      onSaved={onClose}
      onClose={onClose}
      submitLabel={t('awards.award.confirm')}
    >
      <Radio.Group label={t('awards.award.bid')} {...form.getInputProps('bidId')} required>
        <Stack gap="xs" mt="xs">
          {ranked.map((b) => (
            <Radio
              key={b.bidId}
              value={b.bidId}
              label={t('awards.award.option', { rank: b.rank, supplier: b.supplierName })}
            />
          ))}
        </Stack>
      </Radio.Group>
      {chosen && chosen.rank !== 1 && (
        <Alert color="orange" variant="light" title={t('awards.award.notFirstTitle')}>
          {t('awards.award.notFirst')}
        </Alert>
      )}
      <Textarea
        label={t('awards.award.reasons')}
        description={t('awards.award.reasonsHelp')}
        required
        autosize
        minRows={3}
        maxLength={4000}
        {...form.getInputProps('reasons')}
      />
      <Checkbox
        label={t('awards.award.standstill')}
        description={t('awards.award.standstillHelp')}
        {...form.getInputProps('standstill', { type: 'checkbox' })}
      />
      <GlossaryLinks terms={['tilldelningsbeslut', 'avtalsspar']} />
    </FormDialog>
  );
}
