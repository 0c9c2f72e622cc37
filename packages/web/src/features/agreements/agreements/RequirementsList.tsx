import { Button, Group, List, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { useRemoveRequirement } from './api';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { Requirement } from './types';

/** A requirement in words, e.g. "At least 1.2 full-time staff per placed resident, on every shift". */
function useRequirementText() {
  const { t } = useTranslation();
  const f = useFormatters();
  return (r: Requirement) => {
    const p = r.parameters;
    const codes = Array.isArray(p.educationCodes) ? p.educationCodes.join(', ') : '';
    const { lot } = r;
    return [
      t(`agreements.requirements.${r.kind}`, {
        value: f.number(Number(p.minStaffPerResident)),
        awake: p.minAwake ?? 1,
        percent: p.minSharePercent,
        count: p.minYears,
        codes,
        authority: p.authority ?? t('agreements.requirements.anyAuthority'),
      }),
      p.perShift === true ? `, ${t('agreements.requirements.perShift')}` : '',
      lot ? ` (${t('agreements.lotLabel', { number: lot.number, name: lot.name })})` : '',
      r.description ? ` – ${r.description}` : '',
    ].join('');
  };
}

/** The agreement's contract requirements; while drafting, each can be removed (after a confirmation). */
export function RequirementsList({
  orgId,
  agreementId,
  requirements,
  canEdit,
}: {
  orgId: string;
  agreementId: string;
  requirements: Requirement[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const textOf = useRequirementText();
  const remove = useRemoveRequirement(orgId, agreementId);
  const [leaving, setLeaving] = useState<{ id: string; text: string } | null>(null);
  if (requirements.length === 0) return <Text>{t('agreements.requirements.none')}</Text>;
  return (
    <>
      <List spacing="xs">
        {requirements.map((r) => {
          const text = textOf(r);
          return (
            <List.Item key={r.id}>
              <Group gap="sm" wrap="nowrap">
                <span>{text}</span>
                {canEdit && (
                  <Button
                    size="compact-xs"
                    variant="default"
                    onClick={() => {
                      remove.reset();
                      setLeaving({ id: r.id, text });
                    }}
                  >
                    {t('agreements.requirements.remove')}
                    <VisuallyHidden>: {text}</VisuallyHidden>
                  </Button>
                )}
              </Group>
            </List.Item>
          );
        })}
      </List>
      {leaving && (
        <ConfirmDialog
          title={t('agreements.requirements.removeConfirm.title')}
          question={t('agreements.requirements.removeConfirm.question', { text: leaving.text })}
          confirmLabel={t('agreements.requirements.removeConfirm.submit')}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(leaving.id, { onSuccess: () => setLeaving(null) })}
          onClose={() => setLeaving(null)}
        />
      )}
    </>
  );
}
