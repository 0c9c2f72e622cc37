// Server texts of the alert to the platform's admins about failing mail, in sv, da and en.
import type { Texts } from '../../../platform/i18n.ts';

export const MAIL_ALERT_MESSAGES = {
  'mail_alert.subject': {
    sv: 'Tildel: e-post har inte kunnat skickas på en timme',
    da: 'Tildel: e-mail har ikke kunnet sendes i en time',
    en: 'Tildel: mail has not been sent for an hour',
  },
  'mail_alert.body': {
    sv: '{count} {count|meddelande|meddelanden} har inte kunnat skickas sedan {since}. Kontrollera e-postservern (SMTP_URL) och serverns logg. Tildel försöker igen av sig självt; du får nästa varning först när utskicken har fungerat igen och sedan slutar fungera.',
    da: '{count} {count|besked|beskeder} har ikke kunnet sendes siden {since}. Kontrollér mailserveren (SMTP_URL) og serverens log. Tildel prøver igen af sig selv; du får først den næste advarsel, når afsendelsen har virket igen og derefter holder op med at virke.',
    en: '{count} {count|message has|messages have} not been sent since {since}. Check the mail server (SMTP_URL) and the server log. Tildel keeps retrying by itself; you get the next warning only once sending has worked again and then fails anew.',
  },
} satisfies Record<string, Texts>;

declare module '../../../platform/i18n.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this part's keys
  interface ServerTexts extends Readonly<typeof MAIL_ALERT_MESSAGES> {}
}
