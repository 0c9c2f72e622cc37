// The letter of a request for correction (anmodan om rättelse / påbud om berigtigelse), by
// default in the supplier's language: who asks whom, under which agreement, which requirements,
// what was found, by when and how to answer.
import { renderPdf } from '../../../platform/pdf.ts';
import { t, type Locale } from '../../../platform/i18n.ts';
import type { DetailView } from './views.ts';

const DATE_TAG: Record<Locale, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

export function longDate(locale: Locale, date: string): string {
  return new Intl.DateTimeFormat(DATE_TAG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** The supplier's language: its country's. */
export function supplierLocale(country: string): Locale {
  return country === 'DK' ? 'da' : 'sv';
}

export function renderLetter(request: DetailView, locale: Locale, answerLink: string) {
  const title = t(locale, 'correction.letter.title');
  return renderPdf(
    {
      title,
      author: request.body.name,
      language: locale,
      createdAt: request.createdAt,
    },
    (doc) => {
      doc.font('Helvetica-Bold').fontSize(18).text(title);
      doc.moveDown(0.5).font('Helvetica').fontSize(11);
      doc.text(t(locale, 'correction.letter.from', { body: request.body.name }));
      doc.text(t(locale, 'correction.letter.to', { supplier: request.supplier.name }));
      doc.text(
        t(locale, 'correction.letter.agreement', {
          reference: request.agreement.reference,
          title: request.agreement.title,
        }),
      );
      if (request.establishment)
        doc.text(
          t(locale, 'correction.letter.establishment', {
            establishment: request.establishment.name,
          }),
        );
      doc.text(t(locale, 'correction.letter.sent_on', { date: longDate(locale, request.sentOn) }));
      doc.moveDown().text(t(locale, 'correction.letter.intro'));
      doc.moveDown().font('Helvetica-Bold').text(t(locale, 'correction.letter.requirements'));
      doc.font('Helvetica');
      for (const requirement of request.requirements) doc.text(`– ${requirement.text}`);
      doc.moveDown().font('Helvetica-Bold').text(t(locale, 'correction.letter.description'));
      doc.font('Helvetica').text(request.description);
      doc.moveDown().font('Helvetica-Bold');
      doc.text(
        t(locale, 'correction.letter.deadline', { deadline: longDate(locale, request.deadline) }),
      );
      doc
        .font('Helvetica')
        .text(t(locale, 'correction.letter.how_to_answer', { link: answerLink }));
      doc.moveDown().text(t(locale, 'correction.letter.consequence'));
    },
  );
}
