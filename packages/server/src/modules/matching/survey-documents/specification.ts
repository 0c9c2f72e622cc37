// The service specification (ydelsesspecifikation), the contract's annex: purpose, goals and
// needs, the pseudonymised person, face-to-face hours a week or the place, duration, the follow-up
// dates (packages/domain/src/matching/follow-up.ts) and who to contact on each side.
import { localDate } from '@tildel/domain/calendar';
import { followUpDates } from '@tildel/domain/matching/follow-up';
import { dayNumber } from '@tildel/domain/plain-date';
import { longDate } from '../../../platform/formats.ts';
import { t, type Locale } from '../../../platform/i18n.ts';
import { renderPdf } from '../../../platform/pdf.ts';
import {
  intensityText,
  legalBasisName,
  named,
  periodText,
  personOf,
  printable,
} from './document-parts.ts';
import type { ReferralOrderRow, Viewer } from './repo.ts';

export interface SupplierContact {
  name: string;
  email: string;
  phone: string | null;
}

export function specificationDocument(
  order: ReferralOrderRow,
  contacts: readonly SupplierContact[],
  side: Viewer['side'],
  locale: Locale,
  now: Date,
): Promise<Buffer> {
  const person = personOf(order.person);
  const followUps = followUpDates(order.startDate, order.endDate);
  const durationDays = order.endDate
    ? dayNumber(order.endDate) - dayNumber(order.startDate) + 1
    : order.expectedDurationDays;
  const contact = (name: string | null, email: string | null) =>
    name ? (email ? `${name}, ${email}` : name) : null;
  return renderPdf(
    {
      language: locale,
      issuer: order.municipalityName,
      title: t(locale, 'surveyDocs.spec.title'),
      subject: order.reference,
      date: localDate(now, order.municipalityCountry),
      reference: order.reference,
      createdAt: now,
    },
    (page) => {
      page.paragraph(t(locale, 'surveyDocs.spec.annex', { reference: order.reference }));
      page.fields([
        [t(locale, 'surveyDocs.contract.supplier'), order.supplierName],
        [
          t(locale, 'surveyDocs.contract.service'),
          named('surveyDocs.service', order.serviceKind, locale),
        ],
        [t(locale, 'surveyDocs.contract.legal_basis'), legalBasisName(order.legalBasis, locale)],
        [t(locale, 'surveyDocs.contract.case'), side === 'buyer' && order.caseReference],
      ]);

      page.heading(t(locale, 'surveyDocs.spec.purpose'));
      page.paragraph(printable(order.purpose));
      page.heading(t(locale, 'surveyDocs.spec.goals'));
      page.paragraph(person.needs || t(locale, 'surveyDocs.none'));
      page.heading(t(locale, 'surveyDocs.spec.person'));
      page.fields([
        [
          t(locale, 'surveyDocs.spec.person'),
          person.age === null ? null : t(locale, 'surveyDocs.spec.age', { age: person.age }),
        ],
        [t(locale, 'surveyDocs.spec.languages'), person.languages.join(', ')],
      ]);

      page.heading(t(locale, 'surveyDocs.spec.delivery'));
      page.fields([
        [
          t(locale, 'surveyDocs.contract.intensity'),
          intensityText(order.intensityKind, order.hoursPerWeek, order.establishmentName, locale),
        ],
        [
          t(locale, 'surveyDocs.contract.period'),
          periodText(order.startDate, order.endDate, locale),
        ],
        [
          t(locale, 'surveyDocs.spec.duration'),
          t(locale, 'surveyDocs.days', { days: durationDays }),
        ],
      ]);

      page.heading(t(locale, 'surveyDocs.spec.follow_up'));
      page.paragraph(t(locale, 'surveyDocs.spec.follow_up_rule'));
      if (followUps.length === 0) page.paragraph(t(locale, 'surveyDocs.spec.follow_up_none'));
      else page.list(followUps.map((date) => longDate(locale, date)));

      page.heading(t(locale, 'surveyDocs.spec.contacts'));
      page.fields([
        [
          t(locale, 'surveyDocs.spec.caseworker'),
          contact(order.caseworkerName, order.caseworkerEmail),
        ],
        [t(locale, 'surveyDocs.spec.matching'), contact(order.decidedByName, order.decidedByEmail)],
        ...contacts.map((c): [string, string] => [
          t(locale, 'surveyDocs.spec.supplier_contact'),
          [c.name, c.email, c.phone].filter(Boolean).join(', '),
        ]),
      ]);
    },
  );
}
