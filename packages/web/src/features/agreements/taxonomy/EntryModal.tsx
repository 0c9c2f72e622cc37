import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  PRICE_UNITS,
  SERVICE_KINDS,
  type PriceUnit,
  type ServiceKind,
} from '@tildel/domain/taxonomy';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../lib/api';
import {
  useCreateEntry,
  useRenameEntry,
  type Category,
  type EntryKind,
  type Names,
  type TargetGroup,
} from './api';

const LANGUAGES = ['sv', 'da', 'en'] as const;

interface Props {
  orgId: string;
  kind: EntryKind;
  /** The entry to rename; none to add a new one. */
  entry: TargetGroup | Category | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/** Add a category or target group, or rename one (the code and kind stay). */
export function EntryModal({ orgId, kind, entry, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [serviceKind, setServiceKind] = useState<ServiceKind>('hvb');
  const [unit, setUnit] = useState<PriceUnit>('day');
  const [names, setNames] = useState<Names>(entry?.names ?? { sv: '', da: '', en: '' });
  const create = useCreateEntry(orgId, kind);
  const rename = useRenameEntry(orgId, kind);
  const mutation = entry ? rename : create;
  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const isCategory = kind === 'categories';
  const prefix = isCategory ? 'taxonomy.category' : 'taxonomy.targetGroup';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const done = () => onSaved(names.en || names.sv);
    if (entry) rename.mutate({ id: entry.id, names }, { onSuccess: done });
    else
      create.mutate(
        isCategory ? { code, names, serviceKind, defaultUnit: unit } : { code, names },
        { onSuccess: done },
      );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(entry ? `${prefix}.renameTitle` : `${prefix}.addTitle`)}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {mutation.isError && (
            <ErrorAlert
              error={mutation.error}
              shownFields={['code', 'serviceKind', 'defaultUnit', 'names']}
            />
          )}
          {!entry && (
            <TextInput
              label={t('taxonomy.code')}
              description={t('taxonomy.codeHelp')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={apiError?.fieldError('code')}
              required
              data-autofocus
            />
          )}
          {!entry && isCategory && (
            <Group grow>
              <Select
                label={t('taxonomy.serviceKind')}
                data={SERVICE_KINDS.map((k) => ({ value: k, label: t(`taxonomy.kinds.${k}`) }))}
                value={serviceKind}
                onChange={(value) => value && setServiceKind(value as ServiceKind)}
                allowDeselect={false}
                error={apiError?.fieldError('serviceKind')}
              />
              <Select
                label={t('taxonomy.unit')}
                data={PRICE_UNITS.map((u) => ({ value: u, label: t(`taxonomy.units.${u}`) }))}
                value={unit}
                onChange={(value) => value && setUnit(value as PriceUnit)}
                allowDeselect={false}
                error={apiError?.fieldError('defaultUnit')}
              />
            </Group>
          )}
          {LANGUAGES.map((lang) => (
            <TextInput
              key={lang}
              label={t(`taxonomy.nameIn.${lang}`)}
              value={names[lang]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setNames((n) => ({ ...n, [lang]: value }));
              }}
              error={apiError?.fieldError(`names.${lang}`)}
              required
              lang={lang}
              data-autofocus={entry && lang === 'sv' ? true : undefined}
            />
          ))}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('taxonomy.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
