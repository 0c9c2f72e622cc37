// Email leaves through nodemailer to the configured SMTP server. Without one (the embedded
// default) nothing is sent: the message is kept and shown on the "Sent messages" page.
import nodemailer from 'nodemailer';

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
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async (mail) => {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      return 'smtp';
    },
    close: () => transport.close(),
  };
}
