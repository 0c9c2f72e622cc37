import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import {
  PERMIT_STATUSES,
  useSavePermit,
  type Permit,
  type PermitInput,
  type PermitStatus,
} from './api';

interface PermitDialogProps {
  orgId: string;
  supplierId: string;
  country: 'SE' | 'DK';
  establishments: { id: string; name: string }[];
  permit: Permit | null;
  onClose: () => void;
  onSaved: (permit: Permit) => void;
}

const FIELDS = [
  'establishmentId',
  'authority',
  'reference',
  'scope',
  'status',
  'validFrom',
  'validTo',
  'openCases',
  'decisions',
  'lastCheckedOn',
];

/** Add or edit a permit; saving records the officer as the one who checked it. */
export function PermitDialog(props: PermitDialogProps) {
  const { orgId, supplierId, country, establishments, permit, onClose, onSaved } = props;
  const { t } = useTranslation();
  const authority = country === 'DK' ? 'Socialtilsyn' : 'IVO';
  const [establishmentId, setEstablishmentId] = useState(
    permit?.establishmentId ?? establishments[0]?.id ?? '',
  );
  const [reference, setReference] = useState(permit?.reference ?? '');
  const [scope, setScope] = useState(permit?.scope ?? '');
  const [status, setStatus] = useState<PermitStatus>(permit?.status ?? 'valid');
  const [validFrom, setValidFrom] = useState(permit?.validFrom ?? '');
  const [validTo, setValidTo] = useState(permit?.validTo ?? '');
  const [openCases, setOpenCases] = useState<number>(permit?.openCases ?? 0);
  const [decisions, setDecisions] = useState(permit?.decisions ?? '');
  const [lastCheckedOn, setLastCheckedOn] = useState('');
  const mutation = useSavePermit(orgId, supplierId);
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input: PermitInput = {
      establishmentId,
      authority,
      reference: reference.trim(),
      scope,
      status,
      validFrom: validFrom || null,
      validTo: validTo || null,
      openCases,
      decisions,
      lastCheckedOn: lastCheckedOn || null,
    };
    mutation.mutate(permit ? { id: permit.id, version: permit.version, input } : { input }, {
      onSuccess: onSaved,
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={permit ? t('permits.dialog.editTitle') : t('permits.dialog.addTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && <ErrorAlert error={mutation.error} shownFields={FIELDS} />}
          <Select
            label={t('permits.establishment')}
            data={establishments.map((e) => ({ value: e.id, label: e.name }))}
            value={establishmentId}
            onChange={(v) => setEstablishmentId(v ?? '')}
            allowDeselect={false}
            required
            error={apiError?.fieldError('establishmentId')}
            data-autofocus
          />
          <TextInput
            label={t('permits.authority')}
            value={authority}
            readOnly
            description={t('permits.authorityHelp')}
          />
          <TextInput
            label={t('permits.reference')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            required
            maxLength={100}
            error={apiError?.fieldError('reference')}
          />
          <TextInput
            label={t('permits.scope')}
            value={scope}
            onChange={(e) => setScope(e.currentTarget.value)}
            maxLength={1000}
            error={apiError?.fieldError('scope')}
          />
          <Select
            label={t('permits.statusLabel')}
            data={PERMIT_STATUSES.map((s) => ({ value: s, label: t(`permits.status.${s}`) }))}
            value={status}
            onChange={(v) => setStatus((v as PermitStatus) ?? 'valid')}
            allowDeselect={false}
            required
          />
          <Group grow>
            <TextInput
              type="date"
              label={t('permits.validFrom')}
              value={validFrom}
              onChange={(e) => setValidFrom(e.currentTarget.value)}
              error={apiError?.fieldError('validFrom')}
            />
            <TextInput
              type="date"
              label={t('permits.validTo')}
              value={validTo}
              onChange={(e) => setValidTo(e.currentTarget.value)}
              error={apiError?.fieldError('validTo')}
            />
          </Group>
          <NumberInput
            label={t('permits.openCases')}
            min={0}
            max={100000}
            allowDecimal={false}
            allowNegative={false}
            value={openCases}
            onChange={(v) => setOpenCases(typeof v === 'number' ? v : 0)}
            error={apiError?.fieldError('openCases')}
          />
          <Textarea
            label={t('permits.decisions')}
            value={decisions}
            onChange={(e) => setDecisions(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={5000}
            error={apiError?.fieldError('decisions')}
          />
          <TextInput
            type="date"
            label={t('permits.checkedOn')}
            description={t('permits.checkedOnHelp')}
            value={lastCheckedOn}
            onChange={(e) => setLastCheckedOn(e.currentTarget.value)}
            error={apiError?.fieldError('lastCheckedOn')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('permits.dialog.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
