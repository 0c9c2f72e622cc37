// The offer survey of a referral on its page: every request with its state, reply clock and
// answer, the negotiation rounds, and the choice with its reason. Props are the seam with the
// referral page (features/matching/referrals/ReferralPage.tsx).
import { useState } from 'react';
import { Anchor, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { Currency } from '@tildel/domain/money';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormatters } from '../../../lib/format';
import { useMoney } from '../../../lib/money';
import { useSurvey, type SurveyRequest } from './api';
import { ChoiceDialog } from './ChoiceDialog';
import { NegotiationDialog } from './NegotiationDialog';
import { RequestState } from './RequestState';

function AnswerCell({ request }: { request: SurveyRequest }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = useMoney();
  const { answer } = request;
  if (!answer) return null;
  if (!answer.available) return <Text size="sm">{t('survey.notAvailable')}</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm">
        {answer.priceMinor !== null && answer.currency
          ? `${money(answer.priceMinor, answer.currency as Currency)} ${t(`survey.per.${answer.priceUnit ?? 'hour'}`)}`
          : t('survey.available')}
        {answer.earliestStart
          ? `, ${t('survey.startFrom', { date: f.date(answer.earliestStart) })}`
          : ''}
      </Text>
      {answer.placeHeldUntil && (
        <Text size="sm">{t('survey.heldUntil', { time: f.dateTime(answer.placeHeldUntil) })}</Text>
      )}
      {answer.questions && (
        <Text size="sm">{t('survey.questions', { text: answer.questions })}</Text>
      )}
    </Stack>
  );
}

function RoundsCell({ request }: { request: SurveyRequest }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const money = useMoney();
  if (request.rounds.length === 0) return null;
  return (
    <List size="sm" spacing={2}>
      {request.rounds.map((r) => (
        <List.Item key={r.round}>
          {t('survey.round', {
            round: r.round,
            asked: money(r.priceAskedMinor, r.currency),
            agreed:
              r.priceAgreedMinor === null
                ? t('survey.notYet')
                : money(r.priceAgreedMinor, r.currency),
            name: r.recordedBy.name,
            time: f.dateTime(r.recordedAt),
          })}
        </List.Item>
      ))}
    </List>
  );
}

export function SurveyPanel({ orgId, referralId }: { orgId: string; referralId: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const survey = useSurvey(orgId, referralId);
  const [negotiating, setNegotiating] = useState<SurveyRequest | null>(null);
  const [choosing, setChoosing] = useState<SurveyRequest | null>(null);

  const body = () => {
    if (survey.isPending) return <Loading />;
    if (survey.error) return <ErrorAlert error={survey.error} onRetry={() => survey.refetch()} />;
    const { referral, requests, consideredOffers, consideredLeftOut } = survey.data;
    const open = referral.state !== 'ordered' && referral.state !== 'withdrawn';
    if (requests.length === 0) return <Text>{t('survey.empty')}</Text>;
    return (
      <Stack gap="sm">
        <Text size="sm">
          {t('survey.considered', { count: consideredOffers })}
          {consideredLeftOut > 0 && `, ${t('survey.leftOut', { count: consideredLeftOut })}`}
        </Text>
        {referral.orderId && (
          <Group gap="sm">
            <Anchor component={Link} to={`/orders/${referral.orderId}`}>
              {t('survey.openOrder')}
            </Anchor>
            {referral.choiceReason && (
              <Text size="sm">{t('survey.choiceReason', { reason: referral.choiceReason })}</Text>
            )}
          </Group>
        )}
        <Table.ScrollContainer minWidth={800}>
          <Table>
            <Table.Caption>{t('survey.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('survey.fields.offer')}</Table.Th>
                <Table.Th scope="col">{t('survey.fields.state')}</Table.Th>
                <Table.Th scope="col">{t('survey.fields.replyBy')}</Table.Th>
                <Table.Th scope="col">{t('survey.fields.answer')}</Table.Th>
                <Table.Th scope="col">{t('survey.fields.rounds')}</Table.Th>
                <Table.Th scope="col">{t('survey.fields.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.map((r) => {
                const usable = r.answer?.available === true && r.answer.priceMinor !== null;
                return (
                  <Table.Tr key={r.id}>
                    <Table.Th scope="row">
                      <Text fw={500} size="sm">
                        {r.offer.name}
                      </Text>
                      <Text size="sm">{r.supplier.name}</Text>
                    </Table.Th>
                    <Table.Td>
                      <Group gap={4}>
                        <RequestState state={r.state} />
                        {r.acute && (
                          <StatusBadge tone="negative">{t('survey.acuteBadge')}</StatusBadge>
                        )}
                        {r.chosen && (
                          <StatusBadge tone="positive">{t('survey.chosen')}</StatusBadge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{f.dateTime(r.replyBy)}</Table.Td>
                    <Table.Td>
                      <AnswerCell request={r} />
                    </Table.Td>
                    <Table.Td>
                      <RoundsCell request={r} />
                    </Table.Td>
                    <Table.Td>
                      {open && usable && (
                        <Group gap="xs">
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setNegotiating(r)}
                            aria-label={`${t('survey.negotiate')}: ${r.offer.name}`}
                          >
                            {t('survey.negotiate')}
                          </Button>
                          <Button
                            size="xs"
                            onClick={() => setChoosing(r)}
                            aria-label={`${t('survey.choose')}: ${r.offer.name}`}
                          >
                            {t('survey.choose')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {negotiating && (
          <NegotiationDialog
            orgId={orgId}
            referralId={referralId}
            request={negotiating}
            onClose={() => setNegotiating(null)}
          />
        )}
        {choosing && (
          <ChoiceDialog
            orgId={orgId}
            referralId={referralId}
            request={choosing}
            acute={referral.urgency === 'today'}
            onClose={() => setChoosing(null)}
          />
        )}
      </Stack>
    );
  };

  return (
    <section aria-labelledby="survey-title">
      <Stack gap="sm">
        <Title order={2} id="survey-title">
          {t('survey.title')}
        </Title>
        <Text size="sm">{t('survey.intro')}</Text>
        {body()}
      </Stack>
    </section>
  );
}
