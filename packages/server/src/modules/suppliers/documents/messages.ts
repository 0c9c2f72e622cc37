// Server texts of the documents area (problem messages, emails) in sv, da and en. The file.*
// texts belong to platform/files.ts, whose only user this area is.
import type { Texts } from '../../../platform/i18n.ts';

export const DOCUMENT_MESSAGES = {
  'file.type_not_allowed': {
    sv: 'Filtypen tillåts inte. Tillåtna: {allowed}.',
    da: 'Filtypen er ikke tilladt. Tilladte: {allowed}.',
    en: 'This file type is not allowed. Allowed: {allowed}.',
  },
  'file.empty': { sv: 'Filen är tom.', da: 'Filen er tom.', en: 'The file is empty.' },
  'file.too_large': {
    sv: 'Filen är större än {megabytes} MB.',
    da: 'Filen er større end {megabytes} MB.',
    en: 'The file is larger than {megabytes} MB.',
  },
  'file.content_mismatch': {
    sv: 'Filens innehåll stämmer inte med filtypen.',
    da: 'Filens indhold passer ikke til filtypen.',
    en: 'The file’s content does not match its type.',
  },
  'document.title_required': {
    sv: 'Ange en rubrik.',
    da: 'Angiv en titel.',
    en: 'Enter a title.',
  },
  'document.kind.insurance': {
    sv: 'Försäkringsbevis',
    da: 'Forsikringsbevis',
    en: 'Insurance certificate',
  },
  'document.kind.tax_certificate': {
    sv: 'Skatteintyg',
    da: 'Skatteattest',
    en: 'Tax certificate',
  },
  'document.kind.social_security_certificate': {
    sv: 'Intyg om socialförsäkringsavgifter',
    da: 'Attest om sociale bidrag',
    en: 'Social-security certificate',
  },
  'document.kind.collective_agreement': {
    sv: 'Kollektivavtal',
    da: 'Overenskomst',
    en: 'Collective agreement',
  },
  'document.kind.quality_system': {
    sv: 'Kvalitetsledningssystem',
    da: 'Kvalitetsstyringssystem',
    en: 'Quality system',
  },
  'document.kind.financial_statement': {
    sv: 'Årsredovisning',
    da: 'Årsregnskab',
    en: 'Financial statement',
  },
  'document.kind.other': { sv: 'Annat dokument', da: 'Andet dokument', en: 'Other document' },
  'email.document_expiry.subject': {
    sv: '{kind} från {supplier} går ut {date}',
    da: '{kind} fra {supplier} udløber {date}',
    en: '{kind} from {supplier} expires on {date}',
  },
  'email.document_expiry.body': {
    sv: 'Hej!\n\nDokumentet "{title}" ({kind}) från {supplier} är giltigt till och med {date}, om {days} {days|dag|dagar}.\n\nLeverantören behöver ladda upp ett nytt dokument i Tildel under Företaget → Dokument innan dess. Upphandlare som följer leverantören får samma påminnelse.\n\nÖppna i Tildel: {link}\n\nDetta meddelande skickas en gång per dokument.',
    da: 'Hej!\n\nDokumentet "{title}" ({kind}) fra {supplier} er gyldigt til og med {date}, om {days} {days|dag|dage}.\n\nLeverandøren skal uploade et nyt dokument i Tildel under Virksomheden → Dokumenter inden da. Indkøbere, der følger leverandøren, får samme påmindelse.\n\nÅbn i Tildel: {link}\n\nDenne besked sendes én gang pr. dokument.',
    en: 'Hello,\n\nThe document "{title}" ({kind}) from {supplier} is valid until {date}, {days} {days|day|days} from now.\n\nThe supplier needs to upload a new document in Tildel under Company → Documents before then. Procurement officers who follow the supplier receive the same reminder.\n\nOpen in Tildel: {link}\n\nThis message is sent once per document.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof DOCUMENT_MESSAGES> {}
}
