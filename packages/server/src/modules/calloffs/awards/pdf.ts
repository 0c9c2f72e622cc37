// The award decision (tilldelningsbeslut / tildelingsbeslutning) as a PDF in the reader's
// language: who decided what, why, the evaluation of every bid in a ranking table (bidders are
// named, as a decision is; amounts in the reader's money format), the standstill and the date.
import { localDate, type Country } from '@tildel/domain/calendar';
import { formatMoney, money, type Currency } from '@tildel/domain/money';
import { formatInstant } from '../../../platform/notify.ts';
import { LANGUAGE_TAGS, longDate } from '../../../platform/formats.ts';
import { renderPdf, type PdfLayout } from '../../../platform/pdf.ts';
import { t, type Locale, type MessageKey } from '../../../platform/i18n.ts';
import { setAsideText } from './decision.ts';
import type { BidView, ReportView } from './report.ts';

export interface DecisionDocument {
  calloffId: string;
  calloffTitle: string;
  sourceReference: string | null;
  procedure: string;
  buyerName: string;
  country: Country;
  winnerName: string;
  reasons: string;
  report: ReportView;
  decidedAt: Date;
  decidedByName: string;
  standstillUntil: Date | null;
}

export function decisionFileName(locale: Locale, calloffTitle: string): string {
  const safe = calloffTitle
    .replace(/[\\/:*?"<>|\n\r\t]+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${t(locale, 'award.pdf.title')} - ${safe}.pdf`;
}

/** The value that ranked the bid, as the evaluation model measures it. */
function comparisonText(locale: Locale, currency: Currency, bid: BidView): string {
  const value = bid.comparisonValue;
  if (!value) return '–';
  const amount = (minor: number | null) =>
    minor === null ? '–' : formatMoney(money(minor, currency), locale);
  switch (value.kind) {
    case 'price':
    case 'comparison_price':
      return amount(value.amountMinor);
    case 'price_per_quality_point':
      return value.amountMinor === null
        ? '–'
        : t(locale, 'award.pdf.per_point', { value: amount(value.amountMinor) });
    case 'no_quality_points':
      return t(locale, 'award.pdf.no_quality_points');
    case 'weighted_score': {
      const score = new Intl.NumberFormat(LANGUAGE_TAGS[locale], {
        minimumFractionDigits: 2,
      }).format((value.decimal ?? '0') as Intl.StringNumericLiteral);
      return t(locale, 'award.pdf.score', { value: score });
    }
  }
}

function ranking(page: PdfLayout, locale: Locale, report: ReportView): void {
  const rows = report.bids.map((bid) => [
    bid.rank === null ? '–' : String(bid.rank),
    [bid.supplierName, bid.consultant?.name ?? bid.establishment?.name].filter(Boolean).join('\n'),
    formatMoney(money(bid.unitPriceMinor, report.currency), locale),
    bid.rank === null
      ? t(locale, 'award.pdf.set_aside')
      : comparisonText(locale, report.currency, bid),
  ]);
  page.table(
    [
      { header: t(locale, 'award.pdf.table.rank'), width: 0.9, align: 'right' },
      { header: t(locale, 'award.pdf.table.supplier'), width: 3.4 },
      { header: t(locale, 'award.pdf.table.unit_price'), width: 1.7, align: 'right' },
      { header: t(locale, 'award.pdf.table.value'), width: 2.2, align: 'right' },
    ],
    rows,
  );
  const setAside = report.bids.filter((bid) => bid.rank === null);
  if (setAside.length > 0)
    page.list(
      setAside.map(
        (bid) =>
          `${t(locale, 'award.pdf.set_aside')}: ${bid.supplierName} (${setAsideText(locale, bid)})`,
      ),
    );
}

export function renderDecisionPdf(locale: Locale, d: DecisionDocument): Promise<Buffer> {
  const reference = [d.sourceReference, d.calloffId].filter(Boolean).join(' · ');
  return renderPdf(
    {
      language: locale,
      issuer: d.buyerName,
      title: t(locale, 'award.pdf.title'),
      subject: d.calloffTitle,
      date: localDate(d.decidedAt, d.country),
      reference: d.sourceReference,
      createdAt: d.decidedAt,
    },
    (page) => {
      const label = (key: MessageKey) => t(locale, key);
      page.fields([
        [label('award.pdf.buyer'), d.buyerName],
        [label('award.pdf.calloff'), d.calloffTitle],
        [label('award.pdf.reference'), reference],
        [label('award.pdf.procedure'), label(`award.pdf.procedure.${d.procedure}` as MessageKey)],
        [label('award.pdf.winner'), d.winnerName],
        [label('award.pdf.date'), formatInstant(locale, d.country, d.decidedAt)],
        [label('award.pdf.decided_by'), d.decidedByName],
        [
          label('award.pdf.standstill'),
          d.standstillUntil
            ? longDate(locale, localDate(d.standstillUntil, d.country))
            : label('award.no_standstill'),
        ],
      ]);
      page.heading(label('award.pdf.reasons'));
      page.paragraph(d.reasons);
      page.heading(label('award.pdf.summary'));
      ranking(page, locale, d.report);
    },
  );
}
