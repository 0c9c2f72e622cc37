// One survey request as its supplier reads it: the pseudonymised referral and its own answer, with
// the reply window. No case reference, no sensitive text, nothing of another supplier's.
import { useState, type ReactNode } from 'react';
import { Button, Stack, Table, Text, Title } from '@mantine/core';
import type { Currency } from '@tildel/domain/money';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { StatusBadge } from '../../../components/StatusBadge';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { useMoney } from '../../../lib/money';
import { PERMISSIONS } from '../../../lib/types';
import { AnswerDialog } from './AnswerDialog';
import { useOfferRequest } from './api';
import { RequestState } from './RequestState';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="30%">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

export function OfferRequestPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = useMoney();
  const { requestId = '' } = useParams();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const canAnswer = hasPermission(PERMISSIONS.tendersRespond);
  const request = useOfferRequest(orgId, requestId);
  const [answering, setAnswering] = useState(false);
  const [saved, setSaved] = useState(false);

  if (request.isPending) return <Loading />;
  if (request.error) return <ErrorAlert error={request.error} onRetry={() => request.refetch()} />;
  const r = request.data;
  const { referral, answer } = r;
  return (
    <Page
      title={t('survey.request.title', { municipality: r.municipality.name })}
      description={`${r.offer.name} · ${t('survey.fields.replyBy')}: ${f.dateTime(r.replyBy)}`}
      actions={
        canAnswer && r.open ? (
          <Button onClick={() => setAnswering(true)}>{t('survey.answer.submit')}</Button>
        ) : null
      }
    >
      {saved && (
        <SuccessNotice message={t('survey.answer.saved')} onClose={() => setSaved(false)} />
      )}
      <Stack gap={4}>
        <div>
          <RequestState state={r.state} />{' '}
          {r.acute && <StatusBadge tone="negative">{t('survey.acuteBadge')}</StatusBadge>}
        </div>
        {!r.open && r.state !== 'withdrawn' && <Text>{t('survey.request.closed')}</Text>}
      </Stack>
      <section aria-labelledby="referral-title">
        <Title order={2} size="h3" id="referral-title" mb="sm">
          {t('survey.request.referral')}
        </Title>
        <Table>
          <Table.Tbody>
            <Row label={t('survey.request.kind')}>{t(`survey.request.kinds.${referral.kind}`)}</Row>
            <Row label={t('survey.request.legalBasis')}>{referral.legalBasis}</Row>
            <Row label={t('survey.request.purpose')}>{referral.purpose}</Row>
            <Row label={t('survey.request.start')}>{f.date(referral.startOn)}</Row>
            <Row label={t('survey.request.duration')}>
              {t('survey.request.days', { count: referral.expectedDurationDays })}
            </Row>
            <Row label={t('survey.request.intensity')}>
              {referral.intensity.kind === 'place'
                ? t('survey.request.place')
                : t('survey.request.hoursPerWeek', {
                    hours: f.number(referral.intensity.hoursPerWeek ?? 0),
                  })}
            </Row>
            <Row label={t('survey.request.age')}>{referral.person.age}</Row>
            <Row label={t('survey.request.gender')}>
              {t(`survey.request.genders.${referral.person.gender}`, referral.person.gender)}
            </Row>
            <Row label={t('survey.request.targetGroups')}>
              {referral.person.targetGroups.join(', ')}
            </Row>
            <Row label={t('survey.request.needs')}>{referral.person.needs}</Row>
            <Row label={t('survey.request.languages')}>{referral.person.languages.join(', ')}</Row>
          </Table.Tbody>
        </Table>
      </section>
      {answer && (
        <section aria-labelledby="answer-title">
          <Title order={2} size="h3" id="answer-title" mb="sm">
            {t('survey.answer.title')}
          </Title>
          <Table>
            <Table.Tbody>
              <Row label={t('survey.fields.answer')}>
                {answer.available ? t('survey.available') : t('survey.notAvailable')}
              </Row>
              {answer.earliestStart && (
                <Row label={t('survey.answer.earliestStart')}>{f.date(answer.earliestStart)}</Row>
              )}
              {answer.priceMinor !== null && answer.currency && (
                <Row label={t('survey.answer.price', { currency: answer.currency })}>
                  {`${money(answer.priceMinor, answer.currency as Currency)} ${t(`survey.per.${answer.priceUnit ?? 'hour'}`)}`}
                </Row>
              )}
              {answer.placeHeldUntil && (
                <Row label={t('survey.answer.holdPlace')}>
                  {t('survey.heldUntil', { time: f.dateTime(answer.placeHeldUntil) })}
                </Row>
              )}
              {answer.questions && (
                <Row label={t('survey.answer.questions')}>{answer.questions}</Row>
              )}
            </Table.Tbody>
          </Table>
        </section>
      )}
      {answering && (
        <AnswerDialog
          orgId={orgId}
          request={r}
          onClose={() => setAnswering(false)}
          onSaved={() => (setAnswering(false), setSaved(true))}
        />
      )}
    </Page>
  );
}
