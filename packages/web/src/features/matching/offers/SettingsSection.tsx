import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_MATCH_WEIGHTS, SCORE_PARTS } from '@tildel/domain/matching/weights';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { ApiError } from '../../../lib/api';
import { useMatchingSettings, useSaveMatchingSettings, type MatchingSettings } from './api';

type Weights = MatchingSettings['weights'];

/** How matching works here: the freshness limit, offers outside agreements, the score weights. */
export function SettingsSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const settings = useMatchingSettings(orgId);
  const save = useSaveMatchingSettings(orgId);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      freshnessLimitDays: 30 as number | string,
      allowOutsideAgreements: false,
      weights: { ...DEFAULT_MATCH_WEIGHTS } as Record<keyof Weights, number | string>,
    },
  });
  const { setValues, resetDirty } = form;
  useEffect(() => {
    if (!settings.data) return;
    setValues({
      freshnessLimitDays: settings.data.freshnessLimitDays,
      allowOutsideAgreements: settings.data.allowOutsideAgreements,
      weights: settings.data.weights,
    });
    resetDirty();
  }, [settings.data]);
  const values = form.getValues();
  const sum = SCORE_PARTS.reduce((total, part) => total + (Number(values.weights[part]) || 0), 0);
  const weightsError = save.error instanceof ApiError ? save.error.fieldError('weights') : null;

  return (
    <section aria-labelledby="settings-heading">
      <Title order={2} size="h3" id="settings-heading" mb="sm">
        {t('offers.settings.heading')}
      </Title>
      {settings.isError && <ErrorAlert error={settings.error} />}
      <form
        onSubmit={form.onSubmit((v) => {
          const weights = Object.fromEntries(
            SCORE_PARTS.map((part) => [part, Number(v.weights[part]) || 0]),
          ) as Weights;
          const isDefault = SCORE_PARTS.every((p) => weights[p] === DEFAULT_MATCH_WEIGHTS[p]);
          save.mutate(
            {
              freshnessLimitDays: Number(v.freshnessLimitDays) || 30,
              allowOutsideAgreements: v.allowOutsideAgreements,
              weights: isDefault ? null : weights,
            },
            { onSuccess: () => setNotice(t('offers.settings.saved')) },
          );
        })}
      >
        <Stack gap="sm" maw={640}>
          {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
          <NumberInput
            label={t('offers.settings.freshnessLimit')}
            description={t('offers.settings.freshnessLimitHelp')}
            min={1}
            max={365}
            allowDecimal={false}
            {...form.getInputProps('freshnessLimitDays')}
          />
          <Checkbox
            label={t('offers.settings.outsideAgreements')}
            description={t('offers.settings.outsideAgreementsHelp')}
            {...form.getInputProps('allowOutsideAgreements', { type: 'checkbox' })}
          />
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend>
              <Text fw={600} size="sm">
                {t('offers.settings.weights')}
              </Text>
            </legend>
            <SimpleGrid cols={{ base: 2, sm: 5 }}>
              {SCORE_PARTS.map((part) => (
                <NumberInput
                  key={part}
                  label={t(`offers.settings.parts.${part}`)}
                  min={0}
                  max={100}
                  allowDecimal={false}
                  {...form.getInputProps(`weights.${part}`)}
                />
              ))}
            </SimpleGrid>
            <Text size="sm" mt="xs" c={sum === 100 ? undefined : 'red'} role="status">
              {t('offers.settings.sum', { sum })}
            </Text>
            {weightsError && (
              <Text size="sm" c="red">
                {weightsError}
              </Text>
            )}
          </fieldset>
          {save.isError && !weightsError && <ErrorAlert error={save.error} />}
          <Group>
            <Button type="submit" loading={save.isPending} disabled={!settings.data}>
              {t('offers.settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
