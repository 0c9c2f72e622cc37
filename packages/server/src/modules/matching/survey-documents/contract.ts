// The contract of an order from an offer survey, in the structure of KL's standard contract for
// buying social services: the parties (acting and paying municipality, the supplier with its CVR
// or organisationsnummer and EAN/GLN), the basis, the intervention, price and payment with the
// indexation rate of the latest economy agreement, notice, settlement when a place closes,
// failure to deliver, and the not-approved flag when the order carries it.
import { localDate } from '@tildel/domain/calendar';
import { formatRate, latestIndexation } from '@tildel/domain/matching/indexation';
import { priceTimesVolume, money, type Currency } from '@tildel/domain/money';
import { longDate } from '../../../platform/formats.ts';
import { t, type Locale } from '../../../platform/i18n.ts';
import { renderPdf } from '../../../platform/pdf.ts';
import {
  formatMinor,
  intensityText,
  legalBasisName,
  named,
  periodText,
  perUnit,
  printable,
  unitName,
} from './document-parts.ts';
import type { ReferralOrderRow, Viewer } from './repo.ts';

function address(parts: (string | null)[]): string {
  return parts.filter((p) => p && p.trim()).join(', ');
}

export function contractDocument(
  order: ReferralOrderRow,
  side: Viewer['side'],
  locale: Locale,
  now: Date,
): Promise<Buffer> {
  const country = order.municipalityCountry;
  const today = localDate(now, country);
  const indexation = latestIndexation(country, Number(today.slice(0, 4)));
  const total = priceTimesVolume(
    money(Number(order.unitPriceMinor), order.currency as Currency),
    order.expectedVolume,
  ).amount;
  const municipalityLine = `${order.municipalityName} (${t(locale, `surveyDocs.contract.identifier.${country}`)} ${order.municipalityIdentifier})`;
  return renderPdf(
    {
      language: locale,
      issuer: order.municipalityName,
      title: t(locale, 'surveyDocs.contract.title'),
      subject: order.reference,
      date: today,
      reference: order.reference,
      createdAt: now,
    },
    (page) => {
      page.heading(t(locale, 'surveyDocs.contract.parties'));
      page.fields([
        [t(locale, 'surveyDocs.contract.acting'), municipalityLine],
        // The municipality that orders pays in Tildel; a different paying municipality settles
        // with it outside the contract (the rules on mellemkommunal refusion).
        [t(locale, 'surveyDocs.contract.paying'), municipalityLine],
        [t(locale, 'surveyDocs.contract.supplier'), order.supplierName],
        [
          t(locale, `surveyDocs.contract.identifier.${order.supplierCountry}`),
          order.supplierIdentifier,
        ],
        [
          t(locale, 'surveyDocs.contract.ean'),
          order.supplierEanGln ?? t(locale, 'surveyDocs.contract.ean_missing'),
        ],
        [
          t(locale, 'surveyDocs.contract.address'),
          address([
            order.supplierStreet,
            `${order.supplierPostalCode ?? ''} ${order.supplierCity ?? ''}`,
          ]),
        ],
      ]);

      page.heading(t(locale, 'surveyDocs.contract.basis'));
      page.paragraph(t(locale, 'surveyDocs.contract.basis_text'));

      page.heading(t(locale, 'surveyDocs.contract.intervention'));
      page.fields([
        [
          t(locale, 'surveyDocs.contract.kind'),
          named('surveyDocs.kind', order.referralKind, locale),
        ],
        [
          t(locale, 'surveyDocs.contract.service'),
          named('surveyDocs.service', order.serviceKind, locale),
        ],
        [t(locale, 'surveyDocs.contract.legal_basis'), legalBasisName(order.legalBasis, locale)],
        [
          t(locale, 'surveyDocs.contract.offer'),
          order.establishmentName &&
            address([
              order.establishmentName,
              order.establishmentStreet,
              `${order.establishmentPostalCode ?? ''} ${order.establishmentCity ?? ''}`,
            ]),
        ],
        // The case reference is the municipality's own: a supplier's copy does not carry it.
        [t(locale, 'surveyDocs.contract.case'), side === 'buyer' && order.caseReference],
        [t(locale, 'surveyDocs.spec.purpose'), printable(order.purpose)],
        [
          t(locale, 'surveyDocs.contract.intensity'),
          intensityText(order.intensityKind, order.hoursPerWeek, order.establishmentName, locale),
        ],
        [
          t(locale, 'surveyDocs.contract.period'),
          periodText(order.startDate, order.endDate, locale),
        ],
      ]);

      page.heading(t(locale, 'surveyDocs.contract.price'));
      page.fields([
        [
          t(locale, 'surveyDocs.contract.unit_price'),
          perUnit(order.unitPriceMinor, order.currency, order.unit, locale),
        ],
        [
          t(locale, 'surveyDocs.contract.volume'),
          `${new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale, { maximumFractionDigits: 2 }).format(Number(order.expectedVolume))} ${unitName(order.unit, locale)}`,
        ],
        [t(locale, 'surveyDocs.contract.total'), formatMinor(total, order.currency, locale)],
      ]);
      page.paragraph(t(locale, 'surveyDocs.contract.payment'));
      page.paragraph(
        indexation
          ? t(locale, 'surveyDocs.contract.indexation', {
              rate: formatRate(indexation, locale !== 'en'),
              year: indexation.year,
              source: indexation.source,
            })
          : t(locale, 'surveyDocs.contract.indexation_none'),
      );

      page.heading(t(locale, 'surveyDocs.contract.notice'));
      page.paragraph(t(locale, 'surveyDocs.contract.notice_text'));
      page.heading(t(locale, 'surveyDocs.contract.closing'));
      page.paragraph(t(locale, 'surveyDocs.contract.closing_text'));
      page.heading(t(locale, 'surveyDocs.contract.failure'));
      page.paragraph(t(locale, 'surveyDocs.contract.failure_text'));

      if (order.notApprovedReason && order.notApprovedUntil) {
        page.heading(t(locale, 'surveyDocs.contract.not_approved'));
        page.paragraph(
          t(locale, 'surveyDocs.contract.not_approved_text', {
            until: longDate(locale, order.notApprovedUntil),
            reason: printable(order.notApprovedReason),
          }),
        );
        if (order.supervisorConsentAt && order.supervisorConsentNote)
          page.paragraph(
            t(locale, 'surveyDocs.contract.consent_text', {
              date: longDate(locale, localDate(order.supervisorConsentAt, country)),
              note: printable(order.supervisorConsentNote),
            }),
          );
      }

      page.heading(t(locale, 'surveyDocs.contract.signatures'));
      page.paragraph(
        t(locale, 'surveyDocs.contract.signature_line', { party: order.municipalityName }),
      );
      page.paragraph(
        t(locale, 'surveyDocs.contract.signature_line', { party: order.supplierName }),
      );
    },
  );
}
