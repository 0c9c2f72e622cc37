// The bid receipt as a PDF for the bidder to keep: which call-off, to whom, when Tildel received
// the bid (to the second, with the time zone), who or what it offers, at what price, and the
// receipt's checksum that the opening is checked against. Only the bid's author gets one.
import { localDate, type Country } from '@tildel/domain/calendar';
import { formatMoney, money, type Currency } from '@tildel/domain/money';
import { instantWithZone, longDate } from '../../../platform/formats.ts';
import { t, type Locale } from '../../../platform/i18n.ts';
import { renderPdf } from '../../../platform/pdf.ts';
import { unitName } from '../orders/amounts.ts';
import type { BidContent } from './content.ts';

export interface ReceiptDocument {
  calloffTitle: string;
  sourceReference: string | null;
  buyerName: string;
  bidderName: string;
  country: Country;
  receiptSha256: string;
  receivedAt: Date;
  firstReceivedAt: Date;
  replacements: number;
  withdrawnAt: Date | null;
  content: BidContent;
  /** The consultant's or establishment's name, as the bidder's registry has it. */
  offeredName: string | null;
}

export function receiptFileName(locale: Locale, sha256: string): string {
  return `${t(locale, 'bid.receipt.file')}-${sha256.slice(0, 12)}.pdf`;
}

export function renderReceipt(locale: Locale, r: ReceiptDocument): Promise<Buffer> {
  const at = (instant: Date) => instantWithZone(locale, r.country, instant);
  const c = r.content;
  return renderPdf(
    {
      language: locale,
      issuer: r.buyerName,
      title: t(locale, 'bid.receipt.title'),
      subject: r.calloffTitle,
      date: localDate(r.receivedAt, r.country),
      reference: r.sourceReference,
      createdAt: r.receivedAt,
    },
    (page) => {
      page.fields([
        [t(locale, 'bid.receipt.calloff'), r.calloffTitle],
        [t(locale, 'bid.receipt.buyer'), r.buyerName],
        [t(locale, 'bid.receipt.bidder'), r.bidderName],
        [t(locale, 'bid.receipt.received'), at(r.receivedAt)],
        [t(locale, 'bid.receipt.first_received'), r.replacements > 0 && at(r.firstReceivedAt)],
        [t(locale, 'bid.receipt.replacements'), r.replacements > 0 && String(r.replacements)],
        [t(locale, 'bid.receipt.withdrawn'), r.withdrawnAt && at(r.withdrawnAt)],
        [t(locale, 'bid.receipt.consultant'), c.consultantId && (r.offeredName ?? '–')],
        [t(locale, 'bid.receipt.establishment'), c.establishmentId && (r.offeredName ?? '–')],
        [
          t(locale, 'bid.receipt.unit_price'),
          t(locale, 'bid.receipt.per_unit', {
            price: formatMoney(money(c.unitPriceMinor, c.currency as Currency), locale),
            unit: unitName(c.unit, locale),
          }),
        ],
        [t(locale, 'bid.receipt.earliest_start'), longDate(locale, c.earliestStart)],
        [t(locale, 'bid.receipt.valid_until'), longDate(locale, c.validUntil)],
      ]);
      page.heading(t(locale, 'bid.receipt.hash'));
      page.paragraph(r.receiptSha256, { small: true });
      page.paragraph(t(locale, 'bid.receipt.explain'));
    },
  );
}
