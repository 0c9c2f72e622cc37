// Email leaves through nodemailer to the configured SMTP server. Without one (the embedded
// default) nothing is sent: the message is kept and shown on the "Sent messages" page.
import type { Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Sends the mail; answers how it left: through SMTP, or kept for the admin page. */
  send(mail: OutgoingMail): Promise<'smtp' | 'kept'>;
  close(): void;
}

export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  if (!smtpUrl) return { send: async () => 'kept', close: () => {} };
  // nodemailer (about 25 MB of the server's memory) is loaded with the first message sent.
  let transport: Promise<Transporter> | undefined;
  const open = () =>
    (transport ??= import('nodemailer').then((module) => module.default.createTransport(smtpUrl)));
  return {
    send: async (mail) => {
      await (await open()).sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      return 'smtp';
    },
    close: () => void transport?.then((opened) => opened.close()),
  };
}
