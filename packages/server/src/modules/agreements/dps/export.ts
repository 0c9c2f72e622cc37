// The DPS lists as files to download: the systems, the owner's application queue, the supplier's
// own applications and the requests for updated self-declarations (both sides), with the columns
// each list shows and statuses and clocks as words in the reader's language.
import type { Static } from 'typebox';
import type { TableColumn } from '../../../platform/export.ts';
import { t, type Locale, type Texts } from '../../../platform/i18n.ts';
import type { application, declarationRequest, DpsStatus, systemSummary } from './schemas.ts';

type SystemRow = Static<typeof systemSummary>;
type ApplicationRow = Static<typeof application>;
type RequestRow = Static<typeof declarationRequest>;

export const DPS_LIST_NAME: Texts = {
  sv: 'dynamiska-inkopssystem',
  da: 'dynamiske-indkobssystemer',
  en: 'dynamic-purchasing-systems',
};
export const QUEUE_NAME: Texts = { sv: 'ansokningar', da: 'ansogninger', en: 'applications' };
export const OWN_APPLICATIONS_NAME: Texts = {
  sv: 'mina-ansokningar',
  da: 'mine-ansogninger',
  en: 'my-applications',
};
export const DECLARATION_REQUESTS_NAME: Texts = {
  sv: 'begarda-forsakringar',
  da: 'anmodede-erklaeringer',
  en: 'declaration-requests',
};

const SYSTEM_STATUS: Record<DpsStatus, Texts> = {
  draft: { sv: 'Utkast', da: 'Kladde', en: 'Draft' },
  open: { sv: 'Öppet', da: 'Åbent', en: 'Open' },
  closed: { sv: 'Stängt', da: 'Lukket', en: 'Closed' },
};

const PARTICIPATING: Texts = { sv: 'deltagande', da: 'deltagende', en: 'participating' };

/** The server's word for an application's status ("under prövning"), as a list shows it. */
const statusWord = (status: ApplicationRow['status'], locale: Locale) => {
  const word = t(locale, `dps.status.${status}`);
  return word.charAt(0).toUpperCase() + word.slice(1);
};

/** The decision clock of a pending application in words: overdue, due today, or days left. */
function clockWords(a: ApplicationRow, locale: Locale): string | null {
  if (a.status !== 'pending') return null;
  const left = a.workingDaysLeft ?? 0;
  const clock = a.overdue
    ? { sv: 'Försenad', da: 'Overskredet', en: 'Overdue' }[locale]
    : left === 0
      ? { sv: 'beslut senast i dag', da: 'afgørelse senest i dag', en: 'due today' }[locale]
      : {
          sv: `${left} ${left === 1 ? 'arbetsdag' : 'arbetsdagar'} kvar`,
          da: `${left} ${left === 1 ? 'arbejdsdag' : 'arbejdsdage'} tilbage`,
          en: `due in ${left} ${left === 1 ? 'working day' : 'working days'}`,
        }[locale];
  const extended = { sv: 'förlängd', da: 'forlænget', en: 'extended' }[locale];
  return a.extended ? `${clock} (${extended})` : clock;
}

export const DPS_COLUMNS: readonly TableColumn<SystemRow>[] = [
  { header: { sv: 'Titel', da: 'Titel', en: 'Title' }, value: (d) => d.title },
  { header: { sv: 'Referens', da: 'Reference', en: 'Reference' }, value: (d) => d.reference },
  {
    header: { sv: 'Ägare', da: 'Ejer', en: 'Owner' },
    value: (d, locale) => (d.isOwner ? d.owner.name : `${d.owner.name} (${PARTICIPATING[locale]})`),
  },
  {
    header: { sv: 'Giltigt från', da: 'Gyldigt fra', en: 'Valid from' },
    value: (d) => d.validFrom,
    date: true,
  },
  {
    header: { sv: 'Giltigt till', da: 'Gyldigt til', en: 'Valid to' },
    value: (d) => d.validTo,
    date: true,
  },
  {
    header: { sv: 'Status', da: 'Status', en: 'Status' },
    value: (d, locale) => SYSTEM_STATUS[d.status][locale],
  },
];

const supplier: TableColumn<ApplicationRow | RequestRow> = {
  header: { sv: 'Leverantör', da: 'Leverandør', en: 'Supplier' },
  value: (a) => a.supplier.name,
};
const system: TableColumn<ApplicationRow | RequestRow> = {
  header: { sv: 'System', da: 'System', en: 'System' },
  value: (a) => a.dps.title,
};
const reference: TableColumn<ApplicationRow | RequestRow> = {
  header: { sv: 'Referens', da: 'Reference', en: 'Reference' },
  value: (a) => a.dps.reference,
};
const categories: TableColumn<ApplicationRow> = {
  header: { sv: 'Kategorier', da: 'Kategorier', en: 'Categories' },
  value: (a) => a.categories.map((c) => c.name).join(', '),
};
const received: TableColumn<ApplicationRow> = {
  header: { sv: 'Mottagen', da: 'Modtaget', en: 'Received' },
  value: (a) => new Date(a.receivedAt),
};
const decisionDue: TableColumn<ApplicationRow> = {
  header: { sv: 'Beslut senast', da: 'Afgørelse senest', en: 'Decision due' },
  value: (a) => new Date(a.decisionDueAt),
};
const clock: TableColumn<ApplicationRow> = {
  header: { sv: 'Tid kvar', da: 'Tid tilbage', en: 'Time left' },
  value: clockWords,
};
const status: TableColumn<ApplicationRow> = {
  header: { sv: 'Status', da: 'Status', en: 'Status' },
  value: (a, locale) => statusWord(a.status, locale),
};

/** The owner's queue: who applied for what, when, and how long the decision may take. */
export const QUEUE_COLUMNS: readonly TableColumn<ApplicationRow>[] = [
  supplier,
  categories,
  received,
  decisionDue,
  clock,
  status,
];

/** The supplier's own applications, with the reason of a decision. */
export const OWN_APPLICATION_COLUMNS: readonly TableColumn<ApplicationRow>[] = [
  system,
  reference,
  categories,
  received,
  status,
  decisionDue,
  clock,
  {
    header: { sv: 'Skäl', da: 'Begrundelse', en: 'Reason' },
    value: (a) => a.decisionReason,
  },
];

/** Whether the supplier answered and confirmed every declaration, as the list says it. */
function answerWords(r: RequestRow, locale: Locale): string {
  if (!r.answeredAt) return { sv: 'Väntas', da: 'Afventes', en: 'Awaited' }[locale];
  return r.answers.every((a) => a.declared)
    ? {
        sv: 'Alla försäkringar bekräftade',
        da: 'Alle erklæringer bekræftet',
        en: 'All declarations confirmed',
      }[locale]
    : {
        sv: 'Inte alla försäkringar bekräftade',
        da: 'Ikke alle erklæringer bekræftet',
        en: 'Not every declaration confirmed',
      }[locale];
}

/** The requests for updated self-declarations: the owner's name the supplier, the supplier's the DPS. */
export function declarationRequestColumns(
  counterpart: 'supplier' | 'dps',
): readonly TableColumn<RequestRow>[] {
  return [
    ...(counterpart === 'supplier' ? [supplier] : [system, reference]),
    {
      header: { sv: 'Begärd', da: 'Anmodet', en: 'Requested' },
      value: (r) => new Date(r.requestedAt),
    },
    {
      header: { sv: 'Svar senast', da: 'Svar senest', en: 'Answer due' },
      value: (r) => new Date(r.dueAt),
    },
    { header: { sv: 'Svar', da: 'Svar', en: 'Answer' }, value: answerWords },
    {
      header: { sv: 'Besvarad', da: 'Besvaret', en: 'Answered' },
      value: (r) => (r.answeredAt ? new Date(r.answeredAt) : null),
    },
  ];
}
