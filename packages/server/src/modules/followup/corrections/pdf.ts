// The letter of a request for correction (anmodan om rättelse / påbud om berigtigelse), by
// default in the supplier's language: who asks whom, under which agreement, which requirements,
// what was found, by when and how to answer.
import { longDate } from '../../../platform/formats.ts';
import { renderPdf } from '../../../platform/pdf.ts';
import { t, type Locale } from '../../../platform/i18n.ts';
import type { DetailView } from './views.ts';

/** The supplier's language: its country's. */
export function supplierLocale(country: string): Locale {
  return country === 'DK' ? 'da' : 'sv';
}

export function renderLetter(request: DetailView, locale: Locale, answerLink: string) {
  return renderPdf(
    {
      language: locale,
      issuer: request.body.name,
      title: t(locale, 'correction.letter.title'),
      subject: request.supplier.name,
      date: request.sentOn,
      reference: request.agreement.reference,
      createdAt: request.createdAt,
    },
    (page) => {
      page.fields([
        [t(locale, 'correction.letter.from'), request.body.name],
        [t(locale, 'correction.letter.to'), request.supplier.name],
        [
          t(locale, 'correction.letter.agreement'),
          `${request.agreement.reference} ${request.agreement.title}`,
        ],
        [t(locale, 'correction.letter.establishment'), request.establishment?.name],
      ]);
      page.paragraph(t(locale, 'correction.letter.intro'));
      page.heading(t(locale, 'correction.letter.requirements'));
      page.list(request.requirements.map((r) => r.text));
      page.heading(t(locale, 'correction.letter.description'));
      page.paragraph(request.description);
      page.paragraph(
        t(locale, 'correction.letter.deadline', { deadline: longDate(locale, request.deadline) }),
        { bold: true },
      );
      page.paragraph(t(locale, 'correction.letter.how_to_answer', { link: answerLink }));
      page.paragraph(t(locale, 'correction.letter.consequence'));
    },
  );
}
