// One referral: what is referred and for whom, its clock, who works on it and its state. The
// matching team takes it, moves it on or withdraws it, reads who the person cannot live with (a
// logged read) and works the proposals and the offer survey below. Its caseworker reads it too.
import { REFERRAL_STATES } from '@tildel/domain/matching/vocabulary';
import { useState, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { legalBasisName } from '@tildel/domain/matching/legal-basis';
import { ApiError } from '../../../lib/api';
import { useAuth, useMe } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { useLanguageName } from '../../../lib/language-name';
import { municipalityLabel } from '../../../lib/municipality-name';
import { useTargetGroupLabel } from '../../../lib/target-groups';
import { isLocale, PERMISSIONS } from '../../../lib/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useCatalogueFilters } from '../catalogue/api';
import { ProposalsPanel } from '../proposals/ProposalsPanel';
import { SendSurveyButton } from '../survey/SendSurveyButton';
import { SurveyPanel } from '../survey/SurveyPanel';
import { EvidencePackLinks } from '../survey-documents/EvidencePackLinks';
import {
  useChangeReferral,
  useReadCannotLiveWith,
  useReferral,
  type ReferralDetail,
  type ReferralState,
} from './api';
import { ReferralClock, ReferralStateBadge } from './ReferralBadges';

/** The state after this one in the order referrals move, if it is still open. */
function nextState(state: ReferralState): ReferralState | null {
  const next = REFERRAL_STATES[REFERRAL_STATES.indexOf(state) + 1];
  return next === undefined || next === 'withdrawn' || state === 'withdrawn' ? null : next;
}

const isOpen = (state: ReferralState) => state !== 'ordered' && state !== 'withdrawn';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}

export function ReferralPage() {
  const { t } = useTranslation();
  const { referralId = '' } = useParams();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const referral = useReferral(orgId, referralId);

  if (referral.isPending) return <Loading />;
  if (referral.isError)
    return <ErrorAlert error={referral.error} onRetry={() => void referral.refetch()} />;
  const r = referral.data;
  const manages = hasPermission(PERMISSIONS.matchingManage);
  return (
    <Page
      title={t('referrals.detail.title', { reference: r.caseReference })}
      description={`${t(`referrals.kinds.${r.kind}`)} · ${t(`referrals.serviceKinds.${r.serviceKind}`)}`}
    >
      <ReferralSummary referral={r} />
      {manages && isOpen(r.state) && <ReferralActions orgId={orgId} referral={r} />}
      <ReferralFacts orgId={orgId} referral={r} />
      {manages && <CannotLiveWith orgId={orgId} referral={r} />}
      {manages && (
        <>
          <ProposalsPanel
            orgId={orgId}
            referralId={r.id}
            renderActions={(ids) => (
              <SendSurveyButton orgId={orgId} referralId={r.id} establishmentIds={ids} />
            )}
          />
          <SurveyPanel orgId={orgId} referralId={r.id} />
          <EvidencePackLinks orgId={orgId} referralId={r.id} />
        </>
      )}
    </Page>
  );
}

function ReferralSummary({ referral: r }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Fact label={t('referrals.fields.state')}>
          <ReferralStateBadge state={r.state} />
        </Fact>
        <Fact label={t('referrals.fields.urgency')}>{t(`referrals.urgencies.${r.urgency}`)}</Fact>
        <Fact label={t('referrals.fields.dueAt')}>
          <ReferralClock referral={r} />
        </Fact>
        <Fact label={t('referrals.fields.sentAt')}>{f.dateTime(r.sentAt)}</Fact>
        <Fact label={t('referrals.fields.sentBy')}>{r.sentBy.name}</Fact>
        <Fact label={t('referrals.fields.assignee')}>
          {r.assignee?.name ?? t('referrals.fields.nobody')}
        </Fact>
      </SimpleGrid>
      {r.withdrawalReason ? (
        <Text mt="md">
          <strong>{t('referrals.detail.withdrawalReason')}:</strong> {r.withdrawalReason}
        </Text>
      ) : null}
    </Paper>
  );
}

function ReferralActions({ orgId, referral: r }: { orgId: string; referral: ReferralDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const change = useChangeReferral(orgId);
  const withdraw = useChangeReferral(orgId);
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const next = nextState(r.state);
  const mine = r.assignee?.id === me.user.id;
  const patch = (assigneeId: string | null) =>
    change.mutate({ referralId: r.id, version: r.version, change: { assigneeId } });
  return (
    <Stack gap="xs">
      <Group gap="sm">
        {mine ? (
          <Button variant="default" loading={change.isPending} onClick={() => patch(null)}>
            {t('referrals.detail.release')}
          </Button>
        ) : (
          <Button loading={change.isPending} onClick={() => patch(me.user.id)}>
            {t('referrals.detail.take')}
          </Button>
        )}
        {next && (
          <Button
            variant="light"
            loading={change.isPending}
            onClick={() =>
              change.mutate({ referralId: r.id, version: r.version, change: { state: next } })
            }
          >
            {t('referrals.detail.moveTo', { state: t(`referrals.states.${next}`) })}
          </Button>
        )}
        <Button variant="outline" color="red.9" onClick={() => setWithdrawing(true)}>
          {t('referrals.detail.withdraw')}
        </Button>
      </Group>
      <ErrorAlert error={change.error} />
      {withdrawing && (
        <ConfirmDialog
          title={t('referrals.detail.withdrawTitle')}
          question={t('referrals.detail.withdrawQuestion')}
          confirmLabel={t('referrals.detail.withdraw')}
          pending={withdraw.isPending}
          error={withdraw.error}
          shownFields={['reason']}
          onClose={() => setWithdrawing(false)}
          onConfirm={() =>
            withdraw.mutate(
              { referralId: r.id, version: r.version, change: { state: 'withdrawn', reason } },
              { onSuccess: () => setWithdrawing(false) },
            )
          }
        >
          <Textarea
            label={t('referrals.detail.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            data-autofocus
            autosize
            minRows={2}
            error={
              withdraw.error instanceof ApiError ? withdraw.error.fieldError('reason') : undefined
            }
          />
        </ConfirmDialog>
      )}
    </Stack>
  );
}

function ReferralFacts({ orgId, referral: r }: { orgId: string; referral: ReferralDetail }) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const { activeMembership } = useAuth();
  const country = activeMembership!.organisation.country;
  const filters = useCatalogueFilters(orgId);
  const targetGroupLabel = useTargetGroupLabel(filters.data?.targetGroups);
  const languageName = useLanguageName();
  const person = r.person;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="sm">
        <Fact label={t('referrals.fields.legalBasis')}>
          {legalBasisName(r.legalBasis, isLocale(i18n.language) ? i18n.language : 'en')}
        </Fact>
        <Fact label={t('referrals.fields.purpose')}>{r.purpose}</Fact>
        <Fact label={t('referrals.fields.startOn')}>{f.date(r.startOn)}</Fact>
        <Fact label={t('referrals.fields.expectedDurationDays')}>
          {t('referrals.detail.days', { count: r.expectedDurationDays })}
        </Fact>
        <Fact label={t('referrals.fields.intensity')}>
          {r.intensity.kind === 'place'
            ? t('referrals.intensities.place')
            : t('referrals.detail.hours', { hours: f.number(r.intensity.hoursPerWeek) })}
        </Fact>
        {r.orderId ? (
          <Fact label={t('referrals.detail.order')}>{r.orderReference ?? r.orderId}</Fact>
        ) : null}
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('referrals.detail.person')}
        </Title>
        <Fact label={t('referrals.fields.age')}>
          {t('referrals.detail.years', { count: person.age })} ·{' '}
          {t(`referrals.genders.${person.gender}`)}
        </Fact>
        <Fact label={t('referrals.fields.targetGroups')}>
          {person.targetGroups.map(targetGroupLabel).join(', ')}
        </Fact>
        <Fact label={t('referrals.fields.needs')}>{person.needs}</Fact>
        <Fact label={t('referrals.fields.languages')}>
          {person.languages.map(languageName).join(', ')}
        </Fact>
        <Fact label={t('referrals.fields.homeMunicipality')}>
          {municipalityLabel(country, person.homeMunicipalityCode)}
        </Fact>
        <Fact label={t('referrals.detail.siblings')}>
          {person.siblingCaseReferences.length > 0 ? (
            <List size="sm">
              {person.siblingCaseReferences.map((s) => (
                <List.Item key={s}>{s}</List.Item>
              ))}
            </List>
          ) : (
            t('referrals.detail.none')
          )}
        </Fact>
      </Stack>
    </SimpleGrid>
  );
}

/** The sensitive text, fetched only when asked for: each read is logged on the server. */
function CannotLiveWith({ orgId, referral: r }: { orgId: string; referral: ReferralDetail }) {
  const { t } = useTranslation();
  const read = useReadCannotLiveWith(orgId, r.id);
  return (
    <section aria-labelledby="cannot-live-with">
      <Title order={2} size="h4" id="cannot-live-with" mb="xs">
        {t('referrals.detail.cannotLiveWith')}
      </Title>
      {!r.hasCannotLiveWith ? (
        <Text>{t('referrals.detail.noCannotLiveWith')}</Text>
      ) : read.data ? (
        <Alert variant="light" color="gray">
          <Text style={{ whiteSpace: 'pre-wrap' }}>{read.data.cannotLiveWith}</Text>
        </Alert>
      ) : (
        <Stack gap="xs" align="flex-start">
          <Button variant="default" loading={read.isPending} onClick={() => read.mutate()}>
            {t('referrals.detail.showCannotLiveWith')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('referrals.detail.cannotLiveWithLogged')}
          </Text>
          <ErrorAlert error={read.error} />
        </Stack>
      )}
    </section>
  );
}
