// The award decision (tilldelningsbeslut / tildelingsbeslutning) as a PDF in the reader's
// language: who decided what, why, the evaluation of every bid (bidders are named, as a decision
// is), the standstill and the date.
import { localDate, type Country } from '@tildel/domain/calendar';
import { formatInstant } from '../../../platform/notify.ts';
import { renderPdf } from '../../../platform/pdf.ts';
import { t, type Locale, type MessageKey } from '../../../platform/i18n.ts';
import { setAsideText } from './decision.ts';
import type { ReportView } from './report.ts';

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

export function renderDecisionPdf(locale: Locale, d: DecisionDocument): Promise<Buffer> {
  const title = t(locale, 'award.pdf.title');
  const reference = [d.sourceReference, d.calloffId].filter(Boolean).join(' · ');
  return renderPdf(
    { title, author: d.buyerName, language: locale, createdAt: d.decidedAt },
    (doc) => {
      const field = (label: MessageKey, value: string) => {
        doc.font('Helvetica-Bold').fontSize(10).text(t(locale, label));
        doc.font('Helvetica').fontSize(11).text(value).moveDown(0.5);
      };
      doc.font('Helvetica-Bold').fontSize(20).text(title).moveDown();
      field('award.pdf.buyer', d.buyerName);
      field('award.pdf.calloff', d.calloffTitle);
      field('award.pdf.reference', reference);
      field('award.pdf.procedure', t(locale, `award.pdf.procedure.${d.procedure}` as MessageKey));
      field('award.pdf.winner', d.winnerName);
      field('award.pdf.reasons', d.reasons);
      doc.font('Helvetica-Bold').fontSize(10).text(t(locale, 'award.pdf.summary'));
      doc.font('Helvetica').fontSize(11);
      for (const bid of d.report.bids) {
        const value = bid.comparisonValue?.decimal ?? '–';
        const line =
          bid.rank !== null
            ? `${t(locale, 'award.pdf.rank', { rank: bid.rank })}: ${bid.supplierName}, ${t(
                locale,
                'award.pdf.value',
                { value },
              )}`
            : `${t(locale, 'award.pdf.set_aside')}: ${bid.supplierName} (${setAsideText(locale, bid)})`;
        doc.text(line);
      }
      doc.moveDown(0.5);
      if (d.standstillUntil) field('award.pdf.standstill', localDate(d.standstillUntil, d.country));
      field('award.pdf.date', formatInstant(locale, d.country, d.decidedAt));
      field('award.pdf.decided_by', d.decidedByName);
    },
  );
}
