// Server texts of the orders area (problem messages, emails, the order document) in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const ORDER_MESSAGES = {
  'order.version_conflict': {
    sv: 'Någon annan har ändrat avropsavtalet under tiden. Läs in sidan igen och gör om ändringen.',
    da: 'En anden har ændret kontrakten imens. Genindlæs siden, og foretag ændringen igen.',
    en: 'Someone else changed the order meanwhile. Reload the page and make the change again.',
  },
  'order.ended': {
    sv: 'Avropsavtalet är avslutat och kan inte ändras.',
    da: 'Kontrakten er afsluttet og kan ikke ændres.',
    en: 'The order has ended and cannot be changed.',
  },
  'order.calloff_not_orderable': {
    sv: 'Avropet har redan ett avropsavtal eller är avslutat.',
    da: 'Afropet har allerede en kontrakt eller er afsluttet.',
    en: 'The call-off already has an order or is closed.',
  },
  'order.invalid': {
    sv: 'Ändringen kunde inte sparas. Rätta de markerade fälten.',
    da: 'Ændringen kunne ikke gemmes. Ret de markerede felter.',
    en: 'The change could not be saved. Correct the marked fields.',
  },
  'order.problem.end_required': {
    sv: 'Ange ett slutdatum.',
    da: 'Angiv en slutdato.',
    en: 'Enter an end date.',
  },
  'order.problem.open_ended': {
    sv: 'Avropsavtalet har inget slutdatum och kan inte förlängas. Justera eller avsluta det i stället.',
    da: 'Kontrakten har ingen slutdato og kan ikke forlænges. Juster eller afslut den i stedet.',
    en: 'The order has no end date and cannot be extended. Adjust or end it instead.',
  },
  'order.problem.not_later': {
    sv: 'En förlängning måste sluta efter nuvarande slutdatum {end}.',
    da: 'En forlængelse skal slutte efter den nuværende slutdato {end}.',
    en: 'An extension must end after the current end date {end}.',
  },
  'order.problem.before_start': {
    sv: 'Slutdatumet kan inte ligga före startdatumet {start}.',
    da: 'Slutdatoen kan ikke ligge før startdatoen {start}.',
    en: 'The end date cannot be before the start date {start}.',
  },
  'order.problem.in_future': {
    sv: 'Välj i dag ({today}) eller ett tidigare datum för att avsluta avropsavtalet.',
    da: 'Vælg i dag ({today}) eller en tidligere dato for at afslutte kontrakten.',
    en: 'Choose today ({today}) or an earlier date to end the order.',
  },
  'order.problem.after_current_end': {
    sv: 'Avropsavtalet slutar redan {end}. Välj det datumet eller ett tidigare.',
    da: 'Kontrakten slutter allerede {end}. Vælg den dato eller en tidligere.',
    en: 'The order already ends on {end}. Choose that date or an earlier one.',
  },
  'order.problem.nothing_changed': {
    sv: 'Ändra minst en av volym, pris eller kostnadsställe.',
    da: 'Ændr mindst én af mængde, pris eller omkostningssted.',
    en: 'Change at least one of volume, price or cost centre.',
  },
  'order.problem.not_for_kind': {
    sv: 'Fältet används inte för den här sortens ändring.',
    da: 'Feltet bruges ikke til denne type ændring.',
    en: 'This field is not used for this kind of change.',
  },
  'order.problem.volume_decimals': {
    sv: 'Ange volymen med högst två decimaler.',
    da: 'Angiv mængden med højst to decimaler.',
    en: 'Enter the volume with at most two decimals.',
  },
  'order.kind.extension': { sv: 'Förlängning', da: 'Forlængelse', en: 'Extension' },
  'order.kind.adjustment': { sv: 'Justering', da: 'Justering', en: 'Adjustment' },
  'order.kind.ended': { sv: 'Avslutat', da: 'Afsluttet', en: 'Ended' },
  'order.field.endDate': { sv: 'Slutdatum', da: 'Slutdato', en: 'End date' },
  'order.field.expectedVolume': {
    sv: 'Förväntad volym',
    da: 'Forventet mængde',
    en: 'Expected volume',
  },
  'order.field.unitPriceMinor': { sv: 'Styckpris', da: 'Enhedspris', en: 'Unit price' },
  'order.field.costCentre': { sv: 'Kostnadsställe', da: 'Omkostningssted', en: 'Cost centre' },
  'order.field.status': { sv: 'Status', da: 'Status', en: 'Status' },
  'order.unit.hour': { sv: 'timme', da: 'time', en: 'hour' },
  'order.unit.day': { sv: 'dygn', da: 'døgn', en: 'day' },
  'order.unit.month': { sv: 'månad', da: 'måned', en: 'month' },
  'order.unit.package': { sv: 'paket', da: 'pakke', en: 'package' },
  // Emails to the supplier
  'order.email.created.subject': {
    sv: 'Nytt avropsavtal {reference} från {municipality}',
    da: 'Ny kontrakt {reference} fra {municipality}',
    en: 'New order {reference} from {municipality}',
  },
  'order.email.created.body': {
    sv: 'Hej!\n\n{municipality} har tecknat avropsavtal {reference} med er: {title}, från {start}.\n\nLäs avropsavtalet och ladda ner det som PDF:\n{link}',
    da: 'Hej!\n\n{municipality} har indgået kontrakt {reference} med jer: {title}, fra {start}.\n\nLæs kontrakten, og hent den som PDF:\n{link}',
    en: 'Hello,\n\n{municipality} has placed order {reference} with you: {title}, from {start}.\n\nRead the order and download it as a PDF:\n{link}',
  },
  'order.email.adjusted.subject': {
    sv: '{kind} av avropsavtal {reference}',
    da: '{kind} af kontrakt {reference}',
    en: '{kind} of order {reference}',
  },
  'order.email.adjusted.body': {
    sv: 'Hej!\n\n{municipality} har ändrat avropsavtal {reference} ({kind}).\nSkäl: {reason}\n\nSe ändringarna:\n{link}',
    da: 'Hej!\n\n{municipality} har ændret kontrakt {reference} ({kind}).\nBegrundelse: {reason}\n\nSe ændringerne:\n{link}',
    en: 'Hello,\n\n{municipality} has changed order {reference} ({kind}).\nReason: {reason}\n\nSee the changes:\n{link}',
  },
  // The order document
  'order.pdf.title': { sv: 'Avropsavtal', da: 'Kontrakt (afropsaftale)', en: 'Call-off order' },
  'order.pdf.file': { sv: 'avropsavtal', da: 'kontrakt', en: 'order' },
  'order.pdf.buyer': { sv: 'Beställare', da: 'Ordregiver', en: 'Buyer' },
  'order.pdf.supplier': { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' },
  'order.pdf.calloff': { sv: 'Avrop', da: 'Afrop', en: 'Call-off' },
  'order.pdf.service': { sv: 'Tjänst', da: 'Ydelse', en: 'Service' },
  'order.pdf.consultant': { sv: 'Konsult', da: 'Konsulent', en: 'Consultant' },
  'order.pdf.establishment': { sv: 'Verksamhet', da: 'Tilbud', en: 'Establishment' },
  'order.pdf.unit_price': { sv: 'Styckpris', da: 'Enhedspris', en: 'Unit price' },
  'order.pdf.per_unit': {
    sv: '{price} per {unit}',
    da: '{price} pr. {unit}',
    en: '{price} per {unit}',
  },
  'order.pdf.period': { sv: 'Period', da: 'Periode', en: 'Period' },
  'order.pdf.open_ended': { sv: 'tills vidare', da: 'indtil videre', en: 'until further notice' },
  'order.pdf.volume': { sv: 'Förväntad volym', da: 'Forventet mængde', en: 'Expected volume' },
  'order.pdf.total': { sv: 'Förväntat belopp', da: 'Forventet beløb', en: 'Expected total' },
  'order.pdf.cost_centre': { sv: 'Kostnadsställe', da: 'Omkostningssted', en: 'Cost centre' },
  'order.pdf.status_ended': {
    sv: 'Avropsavtalet är avslutat.',
    da: 'Kontrakten er afsluttet.',
    en: 'The order has ended.',
  },
  'order.pdf.adjustments': {
    sv: 'Förlängningar och justeringar',
    da: 'Forlængelser og justeringer',
    en: 'Extensions and adjustments',
  },
  'order.pdf.no_adjustments': {
    sv: 'Inga ändringar.',
    da: 'Ingen ændringer.',
    en: 'No changes.',
  },
  'order.pdf.adjustment.date': { sv: 'Datum', da: 'Dato', en: 'Date' },
  'order.pdf.adjustment.kind': {
    sv: 'Ändring och av vem',
    da: 'Ændring og af hvem',
    en: 'Change and by whom',
  },
  'order.pdf.adjustment.reason': { sv: 'Skäl', da: 'Begrundelse', en: 'Reason' },
  'order.pdf.adjustment.changes': {
    sv: 'Vad som ändrades',
    da: 'Hvad der blev ændret',
    en: 'What changed',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this area's keys
  interface ServerTexts extends Readonly<typeof ORDER_MESSAGES> {}
}
