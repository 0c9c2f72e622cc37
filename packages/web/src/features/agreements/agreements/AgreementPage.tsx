import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Button, Group, List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useAuth } from '../../../lib/auth';
import { useFormatters } from '../../../lib/format';
import { PERMISSIONS } from '../../../lib/types';
import { AddSupplierDialog } from './AddSupplierDialog';
import { DeleteLotDialog } from './DeleteLotDialog';
import { useActivateAgreement, useAgreement, useDraftingChoices } from './api';
import { ExtendDialog } from './ExtendDialog';
import { LotDialog } from './LotDialog';
import { LotSection } from './LotSection';
import { LotsList } from './LotsList';
import { MunicipalitiesDialog } from './MunicipalitiesDialog';
import { RequirementDialog } from './RequirementDialog';
import { RequirementsList } from './RequirementsList';
import { StatusChangeDialog } from './StatusChangeDialog';
import { AgreementStatusBadge } from './StatusBadges';
import { TerminateDialog } from './TerminateDialog';
import { TimelineDialog } from './TimelineDialog';
import type { Lot, LotSupplier } from './types';
import { OcdsLink } from '../../../components/OcdsLink';

type Dialog =
  | { kind: 'none' }
  | { kind: 'status'; lot: Lot; supplier: LotSupplier }
  | { kind: 'timeline'; supplier: LotSupplier }
  | { kind: 'terminate' }
  | { kind: 'municipalities' }
  | { kind: 'lot' }
  | { kind: 'editLot'; lot: Lot }
  | { kind: 'deleteLot'; lot: Lot }
  | { kind: 'supplier'; lot: Lot }
  | { kind: 'requirement' }
  | { kind: 'extend' };

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** The agreement page's sections that other areas fill; app/router.tsx passes them in. */
export interface AgreementPageSlots {
  /** The establishments hidden on the agreement, between the lots and the requirements. */
  establishmentHiding: (props: {
    orgId: string;
    agreementId: string;
    today: string;
    canManage: boolean;
  }) => ReactNode;
}

export function AgreementPage({ establishmentHiding }: AgreementPageSlots) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { agreementId = '' } = useParams();
  const { activeMembership, hasPermission } = useAuth();
  const orgId = activeMembership!.organisation.id;
  const agreement = useAgreement(orgId, agreementId);
  const activate = useActivateAgreement(orgId, agreementId);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const close = () => setDialog({ kind: 'none' });
  const saved = (message: string) => {
    setNotice(message);
    close();
  };
  const drafting =
    agreement.data?.owned === true &&
    agreement.data.status === 'draft' &&
    hasPermission(PERMISSIONS.agreementsManage);
  const choices = useDraftingChoices(orgId, drafting);

  if (agreement.isPending) return <Loading />;
  if (agreement.isError)
    return (
      <Page title={t('agreements.title')}>
        <ErrorAlert error={agreement.error} onRetry={() => void agreement.refetch()} />
      </Page>
    );
  const a = agreement.data;
  const canManage = a.owned && hasPermission(PERMISSIONS.agreementsManage);
  const running = a.status === 'active';
  // A lot's area names the participating municipalities it covers.
  const municipalityNames = new Map(
    a.municipalities.flatMap((m) => (m.municipalityCode ? [[m.municipalityCode, m.name]] : [])),
  );
  // Hiding and termination belong to the body's procurement and quality officers alike.
  const followupManage = a.owned && hasPermission(PERMISSIONS.followupManage);
  const canChangeStatus = running && a.owned && hasPermission(PERMISSIONS.supplierStatusManage);
  // Drafting needs the choices; until they arrive the buttons that open a form wait.
  const ready = drafting && choices.isSuccess;

  return (
    <Page
      title={a.title}
      description={a.reference}
      actions={
        canManage && (
          <>
            {a.status === 'draft' && (
              <Button
                loading={activate.isPending}
                onClick={() =>
                  activate.mutate(a.version, {
                    onSuccess: () => setNotice(t('agreements.activated')),
                  })
                }
              >
                {t('agreements.activate')}
              </Button>
            )}
            {running && a.extensionsUsed < a.extensionOptions.length && (
              <Button variant="light" onClick={() => setDialog({ kind: 'extend' })}>
                {t('agreements.extend.open')}
              </Button>
            )}
            {running && (
              <Button
                color="red.9"
                variant="outline"
                onClick={() => setDialog({ kind: 'terminate' })}
              >
                {t('agreements.terminate.open')}
              </Button>
            )}
          </>
        )
      }
    >
      {notice && <SuccessNotice message={notice} onClose={() => setNotice(null)} />}
      {activate.isError && <ErrorAlert error={activate.error} />}
      {choices.isError && <ErrorAlert error={choices.error} />}
      {!a.owned && <Text>{t('agreements.readOnly', { owner: a.ownerName })}</Text>}
      <Group gap="lg">
        <Anchor component={Link} to={`/agreements/${a.id}/deviations`}>
          {t('cascade.deviations.link')}
        </Anchor>
        {a.status !== 'draft' && <OcdsLink orgId={orgId} subject="agreements" id={a.id} />}
      </Group>
      {a.activationGaps.length > 0 && (
        <Alert color="blue" variant="light" title={t('agreements.gapsTitle')}>
          <List size="sm">
            {a.activationGaps.map((g) => (
              <List.Item key={g}>{t(`agreements.gap.${g}`)}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="agreement-overview">
        <Title order={2} size="h3" id="agreement-overview" mb="sm">
          {t('agreements.overview')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" m={0}>
          <Fact label={t('agreements.statusLabel')}>
            <AgreementStatusBadge status={a.status} />
          </Fact>
          <Fact label={t('agreements.owner')}>{a.ownerName}</Fact>
          <Fact label={t('agreements.period')}>
            {t('agreements.periodValue', { from: f.date(a.startsOn), to: f.date(a.currentEndsOn) })}
          </Fact>
          <Fact label={t('agreements.extensions')}>
            {a.extensionOptions.length > 0
              ? t('agreements.extensionsValue', {
                  months: a.extensionOptions.join(' + '),
                  count: a.extensionOptions.reduce((sum, m) => sum + m, 0),
                  date: f.date(a.latestPossibleEnd),
                })
              : t('agreements.noExtensions')}
            {a.extensionOptions.length > 0 && (
              <Text size="sm">
                {t('agreements.extensionsUsed', {
                  used: a.extensionsUsed,
                  total: a.extensionOptions.length,
                })}
              </Text>
            )}
          </Fact>
          {a.longPeriodReason && (
            <Fact label={t('agreements.longPeriodReason')}>{a.longPeriodReason}</Fact>
          )}
          {a.terminatedOn && (
            <Fact label={t('agreements.terminatedLabel')}>
              {t('agreements.terminatedOn', { date: f.date(a.terminatedOn) })} –{' '}
              {a.terminatedReason}
            </Fact>
          )}
        </SimpleGrid>
        {a.description && <Text mt="sm">{a.description}</Text>}
      </Paper>

      <section aria-labelledby="agreement-municipalities">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h3" id="agreement-municipalities">
            {t('agreements.municipalities', { count: a.municipalities.length })}
          </Title>
          {drafting && (
            <Button
              variant="light"
              disabled={!ready}
              onClick={() => setDialog({ kind: 'municipalities' })}
            >
              {t('agreements.municipalitiesDialog.open')}
            </Button>
          )}
        </Group>
        <Text>
          {a.municipalities.map((m) => m.name).join(', ') || t('agreements.noMunicipalities')}
        </Text>
      </section>

      <section aria-labelledby="agreement-lots">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h3" id="agreement-lots">
            {t('agreements.lots')}
          </Title>
          {drafting && (
            <Button variant="light" disabled={!ready} onClick={() => setDialog({ kind: 'lot' })}>
              {t('agreements.lotDialog.open')}
            </Button>
          )}
        </Group>
        <LotsList
          orgId={orgId}
          agreement={a}
          renderLot={(lot) => (
            <LotSection
              orgId={orgId}
              agreementId={a.id}
              lot={lot}
              today={a.today}
              canDraft={ready}
              canRerank={canManage && (running || a.status === 'draft')}
              canChangeStatus={canChangeStatus}
              onEdit={() => setDialog({ kind: 'editLot', lot })}
              onDelete={() => setDialog({ kind: 'deleteLot', lot })}
              onAddSupplier={() => setDialog({ kind: 'supplier', lot })}
              onChangeStatus={(supplier) => setDialog({ kind: 'status', lot, supplier })}
              onShowTimeline={(supplier) => setDialog({ kind: 'timeline', supplier })}
              municipalityName={(code) => municipalityNames.get(code) ?? code}
            />
          )}
        />
      </section>

      {establishmentHiding({
        orgId,
        agreementId: a.id,
        today: a.today,
        canManage: followupManage && running,
      })}

      <section aria-labelledby="agreement-requirements">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h3" id="agreement-requirements">
            {t('agreements.requirements.title')}
          </Title>
          {drafting && (
            <Button variant="light" onClick={() => setDialog({ kind: 'requirement' })}>
              {t('agreements.requirementDialog.open')}
            </Button>
          )}
        </Group>
        <RequirementsList
          orgId={orgId}
          agreementId={a.id}
          requirements={a.requirements}
          canEdit={drafting}
        />
      </section>

      {dialog.kind === 'status' && (
        <StatusChangeDialog
          orgId={orgId}
          agreementId={a.id}
          lot={dialog.lot}
          supplier={dialog.supplier}
          today={a.today}
          onClose={close}
          onChanged={() => {
            setNotice(t('agreements.statusDialog.done', { name: dialog.supplier.name }));
            setDialog({ kind: 'timeline', supplier: dialog.supplier });
          }}
        />
      )}
      {dialog.kind === 'timeline' && (
        <TimelineDialog
          orgId={orgId}
          agreementId={a.id}
          supplierId={dialog.supplier.supplierId}
          supplierName={dialog.supplier.name}
          onClose={close}
        />
      )}
      {dialog.kind === 'municipalities' && choices.data && (
        <MunicipalitiesDialog
          orgId={orgId}
          agreementId={a.id}
          mandate={choices.data.municipalities}
          chosen={a.municipalities.map((m) => m.id)}
          onClose={close}
          onSaved={() => saved(t('agreements.municipalitiesDialog.done'))}
        />
      )}
      {dialog.kind === 'lot' && choices.data && (
        <LotDialog
          orgId={orgId}
          agreementId={a.id}
          choices={choices.data}
          nextNumber={a.nextLotNumber}
          onClose={close}
          onSaved={() => saved(t('agreements.lotDialog.done'))}
        />
      )}
      {dialog.kind === 'editLot' && choices.data && (
        <LotDialog
          orgId={orgId}
          agreementId={a.id}
          choices={choices.data}
          lot={dialog.lot}
          nextNumber={dialog.lot.number}
          onClose={close}
          onSaved={() => saved(t('agreements.lotDialog.editDone'))}
        />
      )}
      {dialog.kind === 'deleteLot' && (
        <DeleteLotDialog
          orgId={orgId}
          agreementId={a.id}
          lot={dialog.lot}
          onClose={close}
          onDeleted={(lot) => saved(t('agreements.deleteLot.done', { lot }))}
        />
      )}
      {dialog.kind === 'supplier' && choices.data && (
        <AddSupplierDialog
          orgId={orgId}
          agreementId={a.id}
          lot={dialog.lot}
          choices={choices.data}
          onClose={close}
          onSaved={(name) => saved(t('agreements.supplierDialog.done', { name }))}
        />
      )}
      {dialog.kind === 'requirement' && (
        <RequirementDialog
          orgId={orgId}
          agreementId={a.id}
          onClose={close}
          onSaved={() => saved(t('agreements.requirementDialog.done'))}
        />
      )}
      {dialog.kind === 'extend' && (
        <ExtendDialog
          orgId={orgId}
          agreement={a}
          onClose={close}
          onExtended={() => saved(t('agreements.extend.done'))}
        />
      )}
      {dialog.kind === 'terminate' && (
        <TerminateDialog
          orgId={orgId}
          agreementId={a.id}
          version={a.version}
          today={a.today}
          onClose={close}
        />
      )}
    </Page>
  );
}
