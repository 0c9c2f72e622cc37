// The buyer starts the offer of a draft ranking call-off: the request, the cost centre, the
// response window, and any supplier skipped up front (each with a listed reason and own words).
import { useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import { useFailuresText } from '../../../lib/constraint-failures';
import type { CalloffDetail } from '../calloffs/api';
import { SupplierSignals } from '../../../components/SupplierSignals';
import {
  SKIP_REASON_CODES,
  WINDOW_UNITS,
  useStartCascade,
  type CascadeView,
  type SkipReasonCode,
  type WindowUnit,
} from './api';
import { SupplierStatusBadge } from './SupplierStatusBadge';
import { GlossaryLinks } from '../../../components/GlossaryLink';

interface SkipChoice {
  code: SkipReasonCode;
  text: string;
}

export function StartForm({
  orgId,
  calloff,
  view,
}: {
  orgId: string;
  calloff: CalloffDetail;
  view: CascadeView;
}) {
  const { t } = useTranslation();
  const start = useStartCascade(orgId, calloff.id);
  const [requestText, setRequestText] = useState(calloff.requestText);
  const [costCentre, setCostCentre] = useState(calloff.costCentre ?? '');
  const [unit, setUnit] = useState<WindowUnit>('hours');
  const [amount, setAmount] = useState<number | string>(24);
  const [skips, setSkips] = useState<Record<string, SkipChoice>>({});
  const [confirming, setConfirming] = useState(false);
  const error = start.error instanceof ApiError ? start.error : null;
  // Matching's finding per supplier that meets no must requirement of the need (issue 12).
  // Worded in the reader's language; the step keeps the codes for every later reader.
  const failuresText = useFailuresText();
  const suggestions = new Map(
    view.mustRequirementSkips.map((m) => [m.supplierId, failuresText(m.failures)]),
  );

  // The order the skips are sent in, so the server's field names point back to a supplier.
  const skipped = view.suppliers.filter((s) => skips[s.supplierId]);
  const skipError = (supplierId: string, leaf: 'code' | 'text' | 'supplierId') => {
    const index = skipped.findIndex((s) => s.supplierId === supplierId);
    return index < 0 ? undefined : error?.fieldError(`skips.${index}.${leaf}`);
  };
  const setSkip = (supplierId: string, choice: SkipChoice | null) =>
    setSkips(({ [supplierId]: _old, ...rest }) =>
      choice ? { ...rest, [supplierId]: choice } : rest,
    );

  const submit = () =>
    start.mutate(
      {
        version: calloff.version,
        requestText,
        costCentre: costCentre.trim() === '' ? null : costCentre,
        window: { unit, amount: typeof amount === 'number' ? amount : Number(amount) },
        skips: skipped.map((s) => ({ supplierId: s.supplierId, ...skips[s.supplierId]! })),
      },
      { onSettled: () => setConfirming(false) },
    );

  return (
    <Stack gap="md">
      <GlossaryLinks terms={['rangordning', 'avrop']} />
      <Textarea
        label={t('cascade.start.requestText')}
        description={t('cascade.start.requestTextHint')}
        autosize
        minRows={3}
        maxLength={10000}
        value={requestText}
        onChange={(e) => setRequestText(e.currentTarget.value)}
        error={error?.fieldError('requestText')}
      />
      <Group align="flex-start" grow>
        <TextInput
          label={t('cascade.start.costCentre')}
          maxLength={100}
          value={costCentre}
          onChange={(e) => setCostCentre(e.currentTarget.value)}
          error={error?.fieldError('costCentre')}
        />
        <NumberInput
          label={t('cascade.start.windowAmount')}
          required
          min={1}
          allowDecimal={false}
          value={amount}
          onChange={setAmount}
          error={error?.fieldError('window.amount')}
        />
        <NativeSelect
          label={t('cascade.start.windowUnit')}
          value={unit}
          onChange={(e) => setUnit(e.currentTarget.value as WindowUnit)}
          data={WINDOW_UNITS.map((u) => ({ value: u, label: t(`cascade.start.units.${u}`) }))}
        />
      </Group>
      {view.suppliers.length === 0 ? (
        <Text>{t('cascade.start.noSuppliers')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Caption>{t('cascade.start.suppliersCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cascade.start.rank')}</Table.Th>
                <Table.Th scope="col">{t('cascade.start.supplier')}</Table.Th>
                <Table.Th scope="col">{t('cascade.start.status')}</Table.Th>
                <Table.Th scope="col">{t('cascade.start.skip')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.suppliers.map((s) => {
                const choice = skips[s.supplierId];
                const suggested = suggestions.get(s.supplierId);
                return (
                  <Table.Tr key={s.supplierId}>
                    <Table.Td>{s.rank}</Table.Td>
                    <Table.Th scope="row">
                      {s.name}
                      <SupplierSignals
                        orgId={orgId}
                        supplierId={s.supplierId}
                        batch={view.suppliers.map((x) => x.supplierId)}
                      />
                    </Table.Th>
                    <Table.Td>
                      <SupplierStatusBadge status={s.status} />
                    </Table.Td>
                    <Table.Td>
                      <Stack gap="xs">
                        <Checkbox
                          label={t('cascade.start.skipSupplier', { name: s.name })}
                          checked={choice !== undefined}
                          disabled={s.status !== 'active'}
                          onChange={(e) =>
                            setSkip(
                              s.supplierId,
                              e.currentTarget.checked
                                ? { code: 'continuity_for_person', text: '' }
                                : null,
                            )
                          }
                          error={skipError(s.supplierId, 'supplierId')}
                        />
                        {suggested !== undefined && !choice && (
                          <Stack gap={4} align="flex-start">
                            <Text size="sm">{suggested}</Text>
                            <Button
                              size="xs"
                              variant="light"
                              onClick={() =>
                                setSkip(s.supplierId, {
                                  code: 'cannot_meet_must_requirement',
                                  text: suggested,
                                })
                              }
                            >
                              {t('cascade.start.useMatchingSkip', { name: s.name })}
                            </Button>
                          </Stack>
                        )}
                        {choice && (
                          <>
                            <NativeSelect
                              label={t('cascade.start.skipCode', { name: s.name })}
                              value={choice.code}
                              onChange={(e) =>
                                setSkip(s.supplierId, {
                                  ...choice,
                                  code: e.currentTarget.value as SkipReasonCode,
                                })
                              }
                              data={SKIP_REASON_CODES.map((c) => ({
                                value: c,
                                label: t(`cascade.reasons.${c}`),
                              }))}
                              error={skipError(s.supplierId, 'code')}
                            />
                            <Textarea
                              label={t('cascade.start.skipText', { name: s.name })}
                              required
                              maxLength={2000}
                              value={choice.text}
                              onChange={(e) =>
                                setSkip(s.supplierId, { ...choice, text: e.currentTarget.value })
                              }
                              error={skipError(s.supplierId, 'text')}
                            />
                          </>
                        )}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ErrorAlert
        error={start.error}
        shownFields={['requestText', 'costCentre', 'window.amount', 'skips']}
      />
      <Group>
        <Button onClick={() => setConfirming(true)}>{t('cascade.start.submit')}</Button>
      </Group>
      {confirming && (
        <ConfirmDialog
          title={t('cascade.start.confirmTitle')}
          question={t('cascade.start.confirmQuestion')}
          confirmLabel={t('cascade.start.confirm')}
          pending={start.isPending}
          error={null}
          onConfirm={submit}
          onClose={() => setConfirming(false)}
        />
      )}
    </Stack>
  );
}
