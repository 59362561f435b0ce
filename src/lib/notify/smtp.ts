/**
 * The SMTP side of the worker, through nodemailer (a maintained client that handles STARTTLS,
 * authentication, pooling and header encoding of Chinese subjects).
 */
import nodemailer from 'nodemailer';
import type { SmtpSettings } from './settings.ts';
import type { SendMail } from './worker.ts';

export function smtpSender(settings: SmtpSettings): { send: SendMail; close: () => void } {
  const transport = nodemailer.createTransport(settings.url, { from: settings.from });
  return {
    send: async (mail) => {
      await transport.sendMail({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        headers: mail.headers,
      });
    },
    close: () => transport.close(),
  };
}
