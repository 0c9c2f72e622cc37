// Sends the survey requests for the offers chosen among the proposals: one click and a confirm.
// For an acute referral ("today") it also offers to ask every matching approved offer at once.
import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useSendAcute, useSendSurvey, useSurvey } from './api';

export function SendSurveyButton({
  orgId,
  referralId,
  establishmentIds,
}: {
  orgId: string;
  referralId: string;
  establishmentIds: string[];
}) {
  const { t } = useTranslation();
  const survey = useSurvey(orgId, referralId);
  const send = useSendSurvey(orgId, referralId);
  const acute = useSendAcute(orgId, referralId);
  const [asking, setAsking] = useState<'chosen' | 'acute' | null>(null);
  const [sent, setSent] = useState(false);
  const state = survey.data?.referral.state;
  const closed = state === 'ordered' || state === 'withdrawn';
  const isAcute = survey.data?.referral.urgency === 'today';
  const mutation = asking === 'acute' ? acute : send;

  return (
    <>
      {sent && <SuccessNotice message={t('survey.send.done')} onClose={() => setSent(false)} />}
      <Group gap="sm">
        <Button
          disabled={establishmentIds.length === 0 || closed}
          onClick={() => {
            send.reset();
            setAsking('chosen');
          }}
        >
          {t('survey.send.label', { count: establishmentIds.length })}
        </Button>
        {isAcute && (
          <Button
            color="red.9"
            disabled={closed}
            onClick={() => {
              acute.reset();
              setAsking('acute');
            }}
          >
            {t('survey.acute.label')}
          </Button>
        )}
      </Group>
      {asking && (
        <ConfirmDialog
          title={asking === 'acute' ? t('survey.acute.label') : t('survey.send.title')}
          question={
            asking === 'acute'
              ? t('survey.acute.question')
              : t('survey.send.question', { count: establishmentIds.length })
          }
          confirmLabel={t('survey.send.confirm')}
          confirmColor={null}
          pending={mutation.isPending}
          error={mutation.error}
          onClose={() => setAsking(null)}
          onConfirm={() => {
            const done = { onSuccess: () => (setAsking(null), setSent(true)) };
            if (asking === 'acute') acute.mutate(undefined, done);
            else send.mutate(establishmentIds, done);
          }}
        />
      )}
    </>
  );
}
