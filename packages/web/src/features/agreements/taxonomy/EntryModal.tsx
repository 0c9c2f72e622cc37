import { Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  PRICE_UNITS,
  SERVICE_KINDS,
  type PriceUnit,
  type ServiceKind,
} from '@tildel/domain/taxonomy';
import { FormDialog } from '../../../components/FormDialog';
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
  const form = useForm({
    initialValues: {
      code: '',
      serviceKind: 'hvb' as ServiceKind,
      defaultUnit: 'day' as PriceUnit,
      names: entry?.names ?? ({ sv: '', da: '', en: '' } as Names),
    },
  });
  const create = useCreateEntry(orgId, kind);
  const rename = useRenameEntry(orgId, kind);
  const isCategory = kind === 'categories';
  const prefix = isCategory ? 'taxonomy.category' : 'taxonomy.targetGroup';
  // Adding and renaming are two requests; the dialog sends the one it is for.
  const { isPending, error } = entry ? rename : create;
  const save = {
    isPending,
    error,
    mutateAsync: ({ code, serviceKind, defaultUnit, names }: typeof form.values) =>
      entry
        ? rename.mutateAsync({ id: entry.id, names })
        : create.mutateAsync(
            isCategory ? { code, names, serviceKind, defaultUnit } : { code, names },
          ),
  };

  return (
    <FormDialog
      title={t(entry ? `${prefix}.renameTitle` : `${prefix}.addTitle`)}
      size="lg"
      form={form}
      mutation={save}
      toVariables={(values) => values}
      onSaved={(_, { names }) => onSaved(names.en || names.sv)}
      onClose={onClose}
      submitLabel={t('taxonomy.save')}
    >
      {!entry && (
        <TextInput
          label={t('taxonomy.code')}
          description={t('taxonomy.codeHelp')}
          {...form.getInputProps('code')}
          required
          data-autofocus
        />
      )}
      {!entry && isCategory && (
        <Group grow>
          <Select
            label={t('taxonomy.serviceKind')}
            data={SERVICE_KINDS.map((k) => ({ value: k, label: t(`taxonomy.kinds.${k}`) }))}
            {...form.getInputProps('serviceKind')}
            allowDeselect={false}
          />
          <Select
            label={t('taxonomy.unit')}
            data={PRICE_UNITS.map((u) => ({ value: u, label: t(`taxonomy.units.${u}`) }))}
            {...form.getInputProps('defaultUnit')}
            allowDeselect={false}
          />
        </Group>
      )}
      {LANGUAGES.map((lang) => (
        <TextInput
          key={lang}
          label={t(`taxonomy.nameIn.${lang}`)}
          {...form.getInputProps(`names.${lang}`)}
          required
          lang={lang}
          data-autofocus={entry && lang === 'sv' ? true : undefined}
        />
      ))}
    </FormDialog>
  );
}
