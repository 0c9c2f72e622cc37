// Start a call-off: pick one of the need's options, see the procedure Tildel derives and why,
// confirm. Options that cannot be used now are shown with the reason, but cannot be picked.
import { useState } from 'react';
import { Alert, Anchor, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useAuth } from '../../../lib/auth';
import { isLocale } from '../../../lib/types';
import { useWhy } from '../needs/CallOffOptionsSection';
import { NoWayToCallOff } from '../needs/NoWayToCallOff';
import { useCallOffOptions, useNeed, type CallOffOption } from '../needs/api';
import { useStartCalloff } from './api';
import { NeedRequirementsProposal, useProposedRequirements } from './NeedRequirementsProposal';
import { GlossaryLinks } from '../../../components/GlossaryLink';

const optionKey = (o: CallOffOption) => `${o.source.id}:${o.lot?.id ?? o.category.id}`;

export function NewCalloffPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const needId = params.get('need') ?? '';
  const { activeMembership } = useAuth();
  const orgId = activeMembership!.organisation.id;
  return (
    <Page title={t('calloffs.new.title')}>
      <Anchor component={Link} to="/calloffs">
        {t('calloffs.back')}
      </Anchor>
      {needId === '' ? (
        <EmptyState title={t('calloffs.new.noNeed')}>
          <Anchor component={Link} to="/needs">
            {t('calloffs.new.toNeeds')}
          </Anchor>
        </EmptyState>
      ) : (
        <ChooseOption orgId={orgId} needId={needId} />
      )}
    </Page>
  );
}

function ChooseOption({ orgId, needId }: { orgId: string; needId: string }) {
  const { t, i18n } = useTranslation();
  const lang = isLocale(i18n.language) ? i18n.language : 'en';
  const navigate = useNavigate();
  const need = useNeed(orgId, needId);
  const options = useCallOffOptions(orgId, needId);
  const start = useStartCalloff(orgId);
  const why = useWhy();
  const [chosen, setChosen] = useState('');
  const [kept, setKept] = useState<boolean[]>([]);
  const proposed = useProposedRequirements(need.data?.need);

  if (need.isPending || options.isPending) return <Loading />;
  if (need.isError) return <ErrorAlert error={need.error} />;
  if (options.isError) return <ErrorAlert error={options.error} />;
  const usable = options.data.options.filter((o) => o.procedure !== null);
  // The only way that can be used now is chosen already.
  const choice = chosen || (usable.length === 1 ? optionKey(usable[0]!) : '');
  const picked = options.data.options.find((o) => optionKey(o) === choice);
  const label = (o: CallOffOption) =>
    `${o.source.title} (${o.source.reference}) – ${
      o.lot ? t('needs.calloff.lot', { number: o.lot.number, name: o.lot.name }) : o.category[lang]
    }`;

  const confirm = () => {
    if (!picked) return;
    const requirements = proposed.filter((_, i) => kept[i] !== false);
    start.mutate(
      picked.lot
        ? { needId, lotId: picked.lot.id, requirements }
        : { needId, dpsId: picked.source.id, categoryId: picked.category.id, requirements },
      { onSuccess: (detail) => void navigate(`/calloffs/${detail.id}`) },
    );
  };

  return (
    <Stack gap="md">
      <Text>
        {t('calloffs.new.need')}: <strong>{need.data.title}</strong>
      </Text>
      <GlossaryLinks terms={['avrop', 'rangordning', 'fornyad-konkurrensutsattning', 'dis']} />
      {need.data.status !== 'submitted' && (
        <Alert color="orange" variant="light">
          {t('calloffs.new.notSubmitted')}
        </Alert>
      )}
      {usable.length === 0 ? (
        <NoWayToCallOff anyOption={options.data.options.length > 0} />
      ) : (
        <Radio.Group label={t('calloffs.new.choose')} value={choice} onChange={setChosen}>
          <Stack gap="sm" mt="xs">
            {options.data.options.map((o) => (
              <Radio
                key={optionKey(o)}
                value={optionKey(o)}
                disabled={o.procedure === null}
                label={label(o)}
                description={`${
                  o.procedure
                    ? t(`needs.calloff.procedures.${o.procedure}`)
                    : t('needs.calloff.notNow')
                }: ${why(o)}`}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {picked?.procedure && (
        <Alert variant="light" title={t('calloffs.new.derived')}>
          <Text fw={600}>{t(`needs.calloff.procedures.${picked.procedure}`)}</Text>
          <Text size="sm">{why(picked)}</Text>
        </Alert>
      )}
      {usable.length > 0 && (
        <NeedRequirementsProposal proposed={proposed} kept={kept} onChange={setKept} />
      )}
      <ErrorAlert error={start.error} />
      {usable.length > 0 && (
        <Group>
          <Button onClick={confirm} disabled={!picked?.procedure} loading={start.isPending}>
            {t('calloffs.new.confirm')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
