// The order document (avropsavtal / kontrakt / call-off order) in the reader's language: the
// parties, what is delivered, the price and the expected total (exact, from minor units), the
// period, and every extension and adjustment so far in a table.
import { localDate } from '@tildel/domain/calendar';
import { longDate } from '../../../platform/formats.ts';
import { t, type Locale } from '../../../platform/i18n.ts';
import { formatInstant, type Country } from '../../../platform/notify.ts';
import { renderPdf } from '../../../platform/pdf.ts';
import { expectedTotalMinor, formatMinor, formatVolume, unitName } from './amounts.ts';
import { ORDER_MESSAGES } from './messages.ts';
import type { AdjustmentRow, OrderRow, Viewer } from './repo.ts';

/** One changed field, "before → after", in the reader's terms. */
function changeText(
  field: string,
  value: { before: string | null; after: string | null },
  order: OrderRow,
  locale: Locale,
): string {
  const show = (v: string | null) => {
    if (v === null) return '–';
    if (field === 'endDate') return longDate(locale, v);
    if (field === 'unitPriceMinor') return formatMinor(v, order.currency, locale);
    if (field === 'expectedVolume') return formatVolume(v, locale);
    if (field === 'status') return v === 'ended' ? t(locale, 'order.kind.ended') : v;
    return v;
  };
  const key = `order.field.${field}`;
  const label = key in ORDER_MESSAGES ? t(locale, key as keyof typeof ORDER_MESSAGES) : field;
  return `${label}: ${show(value.before)} → ${show(value.after)}`;
}

export function orderDocument(
  order: OrderRow,
  adjustments: AdjustmentRow[],
  side: Viewer['side'],
  locale: Locale,
  now: Date,
): Promise<Buffer> {
  const country = order.municipalityCountry as Country;
  const unit = unitName(order.unit, locale);
  const service = order.serviceSv
    ? { sv: order.serviceSv, da: order.serviceDa, en: order.serviceEn }[locale]
    : null;
  const total = expectedTotalMinor(order.unitPriceMinor, order.expectedVolume, order.currency);
  return renderPdf(
    {
      language: locale,
      issuer: order.municipalityName,
      title: t(locale, 'order.pdf.title'),
      subject: order.reference,
      date: localDate(now, country),
      reference: order.reference,
      createdAt: now,
    },
    (page) => {
      page.fields([
        [t(locale, 'order.pdf.buyer'), order.municipalityName],
        [t(locale, 'order.pdf.supplier'), order.supplierName],
        [t(locale, 'order.pdf.calloff'), order.calloffTitle],
        [t(locale, 'order.pdf.service'), service],
        [t(locale, 'order.pdf.consultant'), order.consultantName],
        [t(locale, 'order.pdf.establishment'), order.establishmentName],
        [
          t(locale, 'order.pdf.unit_price'),
          t(locale, 'order.pdf.per_unit', {
            price: formatMinor(order.unitPriceMinor, order.currency, locale),
            unit,
          }),
        ],
        [
          t(locale, 'order.pdf.period'),
          `${longDate(locale, order.startDate)} – ${
            order.endDate ? longDate(locale, order.endDate) : t(locale, 'order.pdf.open_ended')
          }`,
        ],
        [t(locale, 'order.pdf.volume'), `${formatVolume(order.expectedVolume, locale)} ${unit}`],
        [t(locale, 'order.pdf.total'), formatMinor(total, order.currency, locale)],
        [t(locale, 'order.pdf.cost_centre'), side === 'buyer' && order.costCentre],
      ]);
      if (order.status === 'ended') page.paragraph(t(locale, 'order.pdf.status_ended'));
      page.heading(t(locale, 'order.pdf.adjustments'));
      if (adjustments.length === 0) page.paragraph(t(locale, 'order.pdf.no_adjustments'));
      else
        page.table(
          [
            { header: t(locale, 'order.pdf.adjustment.date'), width: 1.6 },
            { header: t(locale, 'order.pdf.adjustment.kind'), width: 1.8 },
            { header: t(locale, 'order.pdf.adjustment.reason'), width: 2 },
            { header: t(locale, 'order.pdf.adjustment.changes'), width: 2.8 },
          ],
          adjustments.map((a) => [
            formatInstant(locale, country, a.madeAt),
            `${t(locale, `order.kind.${a.kind}`)}\n${a.madeByName}`,
            a.reason,
            Object.entries(a.changes)
              .map(([field, value]) => changeText(field, value, order, locale))
              .join('\n'),
          ]),
        );
    },
  );
}
