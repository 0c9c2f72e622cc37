import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NEED_KINDS } from '@tildel/domain/need';
import type { NeedKind } from './api';

/** The first step of a new need: what kind it is decides the form. */
export function NewNeedModal({
  onClose,
  onChosen,
}: {
  onClose: () => void;
  onChosen: (kind: NeedKind) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<NeedKind>('placement');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChosen(kind);
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('needs.new.chooseTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit}>
        <Stack gap="md">
          <Radio.Group
            label={t('needs.new.chooseKind')}
            value={kind}
            onChange={(v) => setKind(v as NeedKind)}
          >
            <Stack gap="sm" mt="xs">
              {NEED_KINDS.map((k) => (
                <Radio
                  key={k}
                  value={k}
                  label={t(`needs.kind.${k}`)}
                  description={t(`needs.kindHelp.${k}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('needs.new.continue')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
