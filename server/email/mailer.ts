/** A message ready to send: both bodies are always present, for clients that don't render HTML. */
export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html: string;
};

export type SentEmail = OutgoingEmail & { id: string; sentAt: string };

export interface Mailer {
  send(email: OutgoingEmail): Promise<SentEmail>;
  close(): Promise<void>;
}
