import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  List,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { minimumText } from './minimum';
import { ApiError } from '../../../lib/api';
import { useFormatters } from '../../../lib/format';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { useChangeValidity, useCloseDps, useOpenDps } from './api';
import type { DpsDetail, Requirement, ValidityChange } from './types';

export function RequirementList({ requirements }: { requirements: Requirement[] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <List size="sm" spacing={4}>
      {requirements.map((r) => (
        <List.Item key={r.id}>
          <Text span size="sm" fw={600}>
            {t(`dps.requirementKind.${r.kind}`)}:
          </Text>{' '}
          {r.text}
          {r.minimum !== null && ` (${minimumText(t, f, r)})`}
        </List.Item>
      ))}
    </List>
  );
}

export function ValidityChanges({ changes }: { changes: ValidityChange[] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  if (changes.length === 0) return <Text size="sm">{t('dps.overview.noChanges')}</Text>;
  return (
    <Table>
      <Table.Caption>
        <VisuallyHidden>{t('dps.overview.changes')}</VisuallyHidden>
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('dps.overview.changedAt')}</Table.Th>
          <Table.Th scope="col">{t('dps.overview.previousValidTo')}</Table.Th>
          <Table.Th scope="col">{t('dps.overview.newValidTo')}</Table.Th>
          <Table.Th scope="col">{t('dps.overview.changeReason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((c) => (
          <Table.Tr key={c.at}>
            <Table.Td>{f.dateTime(c.at)}</Table.Td>
            <Table.Td>{f.date(c.previousValidTo)}</Table.Td>
            <Table.Td>{f.date(c.newValidTo)}</Table.Td>
            <Table.Td>{c.reason}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ValidityModal({
  orgId,
  dps,
  onClose,
}: {
  orgId: string;
  dps: DpsDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useChangeValidity(orgId, dps.id);
  const form = useForm({ initialValues: { validTo: dps.validTo, reason: '' } });
  return (
    <FormDialog
      title={t('dps.validity.title')}
      form={form}
      mutation={mutation}
      toVariables={(values) => ({ ...values, version: dps.version })}
      onSaved={onClose}
      onClose={onClose}
      submitLabel={t('dps.validity.submit')}
    >
      <TextInput
        type="date"
        label={t('dps.fields.validTo')}
        {...form.getInputProps('validTo')}
        required
        data-autofocus
      />
      <Textarea
        label={t('dps.validity.reason')}
        description={t('dps.validity.reasonHelp')}
        {...form.getInputProps('reason')}
        required
      />
    </FormDialog>
  );
}

/** Closing is final: the owner confirms it here and gives the reason suppliers are shown. */
function CloseModal({
  orgId,
  dps,
  onClose,
}: {
  orgId: string;
  dps: DpsDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useCloseDps(orgId, dps.id);
  const [reason, setReason] = useState('');
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  return (
    <ConfirmDialog
      title={t('dps.close.title')}
      question={t('dps.close.question', { dps: dps.title })}
      confirmLabel={t('dps.close.submit')}
      pending={mutation.isPending}
      error={mutation.error}
      shownFields={['reason']}
      onConfirm={() => mutation.mutate({ reason, version: dps.version }, { onSuccess: onClose })}
      onClose={onClose}
    >
      <Textarea
        label={t('dps.close.reason')}
        description={t('dps.close.reasonHelp')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={apiError?.fieldError('reason')}
        required
        data-autofocus
      />
    </ConfirmDialog>
  );
}

/** Terms of the DPS, the rule on the first call-off, and the owner's set-up actions. */
export function DpsOverview({ orgId, dps }: { orgId: string; dps: DpsDetail }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const open = useOpenDps(orgId, dps.id);
  const [changing, setChanging] = useState(false);
  const [closing, setClosing] = useState(false);
  const callOffs = dps.callOffs.mayStart
    ? t('dps.overview.callOffsMayStart')
    : dps.callOffs.reason === 'initial_period_running'
      ? t('dps.overview.initialPeriodRunning', { date: f.date(dps.initialPeriodEndsOn) })
      : t('dps.overview.undecided', { count: dps.callOffs.undecided });
  return (
    <Stack gap="lg">
      {dps.closedAt && (
        <Alert color="gray" variant="light" title={t('dps.close.closedTitle')}>
          {t('dps.close.closedOn', { date: f.dateTime(dps.closedAt), reason: dps.closedReason })}
        </Alert>
      )}
      <Alert
        color={dps.callOffs.mayStart ? 'teal' : 'yellow'}
        variant="light"
        title={t('dps.overview.callOffsTitle')}
      >
        {callOffs}
      </Alert>
      <dl>
        <Text component="dt" fw={600} size="sm">
          {t('dps.fields.validity')}
        </Text>
        <Text component="dd" size="sm" ml={0} mb="xs">
          {f.date(dps.validFrom)} – {f.date(dps.validTo)}
        </Text>
        <Text component="dt" fw={600} size="sm">
          {t('dps.fields.initialPeriodEndsOn')}
        </Text>
        <Text component="dd" size="sm" ml={0} mb="xs">
          {f.date(dps.initialPeriodEndsOn)}
        </Text>
        <Text component="dt" fw={600} size="sm">
          {t('dps.fields.country')}
        </Text>
        <Text component="dd" size="sm" ml={0} mb="xs">
          {t(`dps.country.${dps.country}`)}
        </Text>
        <Text component="dt" fw={600} size="sm">
          {t('dps.fields.agreedTenderPeriodDays')}
        </Text>
        <Text component="dd" size="sm" ml={0} mb="xs">
          {dps.agreedTenderPeriodDays === null
            ? t('dps.overview.noShorterPeriod')
            : t('dps.overview.days', { count: dps.agreedTenderPeriodDays })}
          {dps.ownerIsCentralPurchasingBody && ` (${t('dps.fields.centralPurchasingBody')})`}
        </Text>
        <Text component="dt" fw={600} size="sm">
          {t('dps.fields.municipalities')}
        </Text>
        <Text component="dd" size="sm" ml={0} mb="xs">
          {dps.municipalities.map((m) => m.name).join(', ') || '–'}
        </Text>
      </dl>
      {dps.isOwner && dps.status !== 'closed' && (
        <Group gap="sm">
          {dps.status === 'draft' && (
            <Button loading={open.isPending} onClick={() => open.mutate(dps.version)}>
              {t('dps.overview.open')}
            </Button>
          )}
          <Button variant="default" onClick={() => setChanging(true)}>
            {t('dps.validity.open')}
          </Button>
          <Button variant="outline" color="red.9" onClick={() => setClosing(true)}>
            {t('dps.close.open')}
          </Button>
        </Group>
      )}
      {open.isError && <ErrorAlert error={open.error} />}
      <section aria-labelledby="dps-changes">
        <Title order={2} size="h4" id="dps-changes" mb="xs">
          {t('dps.overview.changes')}
        </Title>
        <ValidityChanges changes={dps.validityChanges} />
      </section>
      <section aria-labelledby="dps-categories">
        <Title order={2} size="h4" id="dps-categories" mb="xs">
          {t('dps.fields.categories')}
        </Title>
        <List size="sm">
          {dps.categories.map((c) => (
            <List.Item key={c.id}>{c.name}</List.Item>
          ))}
        </List>
      </section>
      <section aria-labelledby="dps-requirements">
        <Title order={2} size="h4" id="dps-requirements" mb="xs">
          {t('dps.fields.requirements')}
        </Title>
        <RequirementList requirements={dps.requirements} />
      </section>
      {changing && <ValidityModal orgId={orgId} dps={dps} onClose={() => setChanging(false)} />}
      {closing && <CloseModal orgId={orgId} dps={dps} onClose={() => setClosing(false)} />}
    </Stack>
  );
}
