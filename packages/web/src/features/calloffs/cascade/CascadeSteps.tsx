// Every step of the offer down the ranking, oldest first, with who, when and why.
import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFailuresText } from '../../../lib/constraint-failures';
import { useFormatters } from '../../../lib/format';
import type { CascadeStepView } from './api';

export function CascadeSteps({ steps }: { steps: CascadeStepView[] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const failuresText = useFailuresText();
  /** Matching's finding in the reader's words; the buyer's own words after it when they differ. */
  const skipNote = (step: CascadeStepView) => {
    const found = failuresText(step.reasonFailures);
    const own = step.reasonText ?? '';
    return own === '' || own === found ? found : `${found} (${own})`;
  };
  const note = (step: CascadeStepView) => {
    if (step.kind === 'offered' && step.deadline)
      return t('cascade.steps.deadline', { deadline: f.dateTime(step.deadline) });
    if (step.kind === 'passed_over' && step.standing)
      return t('cascade.steps.standing', {
        status: t(`cascade.supplierStatus.${step.standing}`),
      });
    if (step.kind === 'skipped' && step.reasonCode)
      return `${t(`cascade.reasons.${step.reasonCode}`)}: ${
        step.reasonFailures.length > 0 ? skipNote(step) : (step.reasonText ?? '')
      }`;
    return step.reasonText ?? '';
  };
  return (
    <>
      <Title order={3} size="h4">
        {t('cascade.steps.title')}
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table>
          <Table.Caption>{t('cascade.steps.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('cascade.steps.number')}</Table.Th>
              <Table.Th scope="col">{t('cascade.steps.event')}</Table.Th>
              <Table.Th scope="col">{t('cascade.steps.supplier')}</Table.Th>
              <Table.Th scope="col">{t('cascade.steps.rank')}</Table.Th>
              <Table.Th scope="col">{t('cascade.steps.time')}</Table.Th>
              <Table.Th scope="col">{t('cascade.steps.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {steps.map((step, i) => (
              <Table.Tr key={`${step.kind}-${step.supplierId ?? ''}-${i}`}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>{t(`cascade.steps.kinds.${step.kind}`)}</Table.Td>
                <Table.Td>{step.supplierName ?? ''}</Table.Td>
                <Table.Td>{step.rank ?? ''}</Table.Td>
                <Table.Td>{f.dateTime(step.at)}</Table.Td>
                <Table.Td>{note(step)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
