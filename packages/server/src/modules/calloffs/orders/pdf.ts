// The order document (avropsavtal / kontrakt / call-off order) in the reader's language: the
// parties, what is delivered, the price and the expected total (exact, from minor units), the
// period, and every extension and adjustment so far.
import { t, type Locale } from '../../../platform/i18n.ts';
import { formatInstant, type Country } from '../../../platform/notify.ts';
import { renderPdf } from '../../../platform/pdf.ts';
import { expectedTotalMinor, formatMinor, formatVolume } from './amounts.ts';
import { ORDER_MESSAGES } from './messages.ts';
import type { AdjustmentRow, OrderRow, Viewer } from './repo.ts';

const TAG: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

/** A calendar date 'YYYY-MM-DD' in the reader's language; no time zone can move it. */
function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(TAG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

function unitName(unit: string, locale: Locale): string {
  const key = `order.unit.${unit}`;
  return key in ORDER_MESSAGES ? ORDER_MESSAGES[key as keyof typeof ORDER_MESSAGES][locale] : unit;
}

/** One changed field, "before → after", in the reader's terms. */
function changeText(
  field: string,
  value: { before: string | null; after: string | null },
  order: OrderRow,
  locale: Locale,
): string {
  const show = (v: string | null) => {
    if (v === null) return '–';
    if (field === 'endDate') return formatDate(v, locale);
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
  const title = t(locale, 'order.pdf.title');
  const unit = unitName(order.unit, locale);
  const service = order.serviceSv
    ? { sv: order.serviceSv, da: order.serviceDa, en: order.serviceEn }[locale]
    : null;
  return renderPdf(
    {
      title: `${title} ${order.reference}`,
      author: order.municipalityName,
      language: locale,
      createdAt: now,
    },
    (doc) => {
      doc.font('Helvetica-Bold').fontSize(18).text(title);
      doc.font('Helvetica').fontSize(11).moveDown(0.5);
      doc.text(`${t(locale, 'order.pdf.reference')}: ${order.reference}`);
      doc.moveDown();
      doc.text(`${t(locale, 'order.pdf.buyer')}: ${order.municipalityName}`);
      doc.text(`${t(locale, 'order.pdf.supplier')}: ${order.supplierName}`);
      doc.moveDown();
      doc.text(`${t(locale, 'order.pdf.calloff')}: ${order.calloffTitle}`);
      if (service) doc.text(`${t(locale, 'order.pdf.service')}: ${service}`);
      if (order.consultantName)
        doc.text(`${t(locale, 'order.pdf.consultant')}: ${order.consultantName}`);
      if (order.establishmentName)
        doc.text(`${t(locale, 'order.pdf.establishment')}: ${order.establishmentName}`);
      doc.moveDown();
      doc.text(
        t(locale, 'order.pdf.unit_price', {
          price: formatMinor(order.unitPriceMinor, order.currency, locale),
          unit,
        }),
      );
      doc.text(
        t(locale, 'order.pdf.period', {
          start: formatDate(order.startDate, locale),
          end: order.endDate
            ? formatDate(order.endDate, locale)
            : t(locale, 'order.pdf.open_ended'),
        }),
      );
      doc.text(
        t(locale, 'order.pdf.volume', { volume: formatVolume(order.expectedVolume, locale), unit }),
      );
      doc.text(
        t(locale, 'order.pdf.total', {
          total: formatMinor(
            expectedTotalMinor(order.unitPriceMinor, order.expectedVolume),
            order.currency,
            locale,
          ),
        }),
      );
      if (side === 'buyer' && order.costCentre)
        doc.text(t(locale, 'order.pdf.cost_centre', { costCentre: order.costCentre }));
      if (order.status === 'ended') doc.text(t(locale, 'order.pdf.status_ended'));
      doc.moveDown();
      doc.font('Helvetica-Bold').fontSize(13).text(t(locale, 'order.pdf.adjustments'));
      doc.font('Helvetica').fontSize(11);
      if (adjustments.length === 0) doc.text(t(locale, 'order.pdf.no_adjustments'));
      for (const a of adjustments) {
        doc.moveDown(0.5);
        doc.text(
          t(locale, 'order.pdf.adjustment', {
            date: formatInstant(locale, country, a.madeAt),
            kind: t(locale, `order.kind.${a.kind}`),
            who: a.madeByName,
            reason: a.reason,
          }),
        );
        for (const [field, value] of Object.entries(a.changes))
          doc.text(`  ${changeText(field, value, order, locale)}`);
      }
      doc.moveDown();
      doc.text(t(locale, 'order.pdf.date', { date: formatInstant(locale, country, now) }));
    },
  );
}
