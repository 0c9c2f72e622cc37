// "Ways to call off": each lot and DPS category that fits the need, the procedure Tildel derives
// for it and why in words — or why it cannot be used now. Read-only; the call-off comes later.
import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { NoWayToCallOff } from './NoWayToCallOff';
import { useFormatters } from '../../../lib/format';
import { isLocale } from '../../../lib/types';
import { useCallOffOptions, type CallOffOption, type VolumeUnit } from './api';
import { callOffRows, type OtherAreas } from './calloff-rows';

export function CallOffOptionsSection({ orgId, needId }: { orgId: string; needId: string }) {
  const { t } = useTranslation();
  const options = useCallOffOptions(orgId, needId);
  const quantity = useQuantity();

  return (
    <Stack gap="sm" component="section" aria-labelledby="calloff-options-title">
      <Title order={2} size="h3" id="calloff-options-title">
        {t('needs.calloff.title')}
      </Title>
      {options.isPending ? (
        <Loading />
      ) : options.isError ? (
        <ErrorAlert error={options.error} onRetry={() => void options.refetch()} />
      ) : (
        <>
          <Text size="sm">
            {t('needs.calloff.expectedVolume', {
              volume: quantity(
                options.data.expectedVolume.quantity,
                options.data.expectedVolume.unit,
              ),
            })}
          </Text>
          {!options.data.options.some((o) => o.procedure !== null) && (
            <NoWayToCallOff
              anyOption={options.data.options.length + options.data.otherAreas.length > 0}
            />
          )}
          {options.data.options.length + options.data.otherAreas.length > 0 && (
            <Table.ScrollContainer minWidth={640}>
              <Table withTableBorder striped>
                <Table.Caption>{t('needs.calloff.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('needs.calloff.source')}</Table.Th>
                    <Table.Th scope="col">{t('needs.calloff.lotOrCategory')}</Table.Th>
                    <Table.Th scope="col">{t('needs.calloff.procedure')}</Table.Th>
                    <Table.Th scope="col">{t('needs.calloff.why')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {callOffRows(options.data.options, options.data.otherAreas).map((row) =>
                    row.kind === 'option' ? (
                      <OptionRow key={optionKey(row.option)} option={row.option} />
                    ) : (
                      <OtherAreasRow
                        key={`${row.otherAreas.source.id}:other-areas`}
                        {...row.otherAreas}
                      />
                    ),
                  )}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Stack>
  );
}

const optionKey = (option: CallOffOption) =>
  `${option.source.id}:${option.lot?.id ?? option.category.id}`;

/** A lot or DPS category with its procedure now and why. */
function OptionRow({ option }: { option: CallOffOption }) {
  const { t, i18n } = useTranslation();
  const lang = isLocale(i18n.language) ? i18n.language : 'en';
  const why = useWhy();
  return (
    <Table.Tr>
      <SourceCell kind={option.kind} source={option.source} />
      <Table.Td>
        {option.lot
          ? t('needs.calloff.lot', { number: option.lot.number, name: option.lot.name })
          : option.category[lang]}
      </Table.Td>
      <Table.Td>
        {option.procedure
          ? t(`needs.calloff.procedures.${option.procedure}`)
          : t('needs.calloff.notNow')}
      </Table.Td>
      <Table.Td>{why(option)}</Table.Td>
    </Table.Tr>
  );
}

/** An agreement's lots for other municipalities, one line for all of them. */
function OtherAreasRow({ source, lots }: OtherAreas) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <SourceCell kind="agreement_lot" source={source} />
      <Table.Td>{t('needs.calloff.otherLots', { count: lots })}</Table.Td>
      <Table.Td>{t('needs.calloff.notNow')}</Table.Td>
      <Table.Td>{t('needs.calloff.otherAreas', { count: lots })}</Table.Td>
    </Table.Tr>
  );
}

/** The agreement or DPS of a way to call off: its title, kind and reference. */
function SourceCell({ kind, source }: Pick<CallOffOption, 'kind' | 'source'>) {
  const { t } = useTranslation();
  return (
    <Table.Td>
      <Text size="sm" fw={600}>
        {source.title}
      </Text>
      <Text size="sm">
        {t(`needs.calloff.sourceKind.${kind}`)} {source.reference}
      </Text>
    </Table.Td>
  );
}

/** "120 dygn", "80 timmar": a quantity with its unit in words. */
export function useQuantity() {
  const { t } = useTranslation();
  const f = useFormatters();
  return (count: number, unit: VolumeUnit) =>
    t(`needs.calloff.units.${unit}`, { count, value: f.number(count) });
}

/** The reason or refusal in words, its parameters filled in. */
export function useWhy() {
  const { t } = useTranslation();
  const f = useFormatters();
  const quantity = useQuantity();
  return ({ why }: Pick<CallOffOption, 'why'>) => {
    const p = why.params ?? {};
    const unit = p.unit ?? 'day';
    return t(`needs.calloff.reasons.${why.code}`, {
      volume: p.volume === undefined ? '' : quantity(p.volume, unit),
      threshold: p.threshold === undefined ? '' : quantity(p.threshold, unit),
      unit: t(`needs.calloff.unitNames.${unit}`),
      given: p.given ? t(`needs.calloff.unitNames.${p.given}`) : '',
      validFrom: f.date(p.validFrom),
      validTo: f.date(p.validTo),
      initialPeriodEndsOn: f.date(p.initialPeriodEndsOn),
      undecided: p.undecided ?? 0,
    });
  };
}
