import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { AccountSession, SignUpBody } from '../../../sdk/schemas/index.ts';
import { listOutbox, readOutboxMessage, type OutboxMessage } from '../../email/outbox.ts';
import { US_ADDRESS } from '../../test-support/checkout.ts';
import type { TestServer } from '../../test-support/server.ts';

export const PASSWORD = 'a long enough secret';

export function signUpBody(email: string, overrides: Partial<SignUpBody> = {}): SignUpBody {
  return { name: 'Ada Lovelace', email, password: PASSWORD, address: US_ADDRESS, ...overrides };
}

/** Every email sent to `to` so far, oldest first, once the background sends are done. */
export async function mailsTo(server: TestServer, to: string): Promise<OutboxMessage[]> {
  await server.shop.tasks.drain();
  const outbox = join(server.dir, 'outbox');
  const entries = (await listOutbox(outbox)).filter((entry) => entry.to.toLowerCase() === to.toLowerCase());
  const messages = await Promise.all(entries.map((entry) => readOutboxMessage(outbox, entry.id)));
  return messages
    .filter((message): message is OutboxMessage => message !== null)
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.id.localeCompare(b.id));
}

/** The token of the newest mailed link with `param` (`storelet_verify`, `storelet_reset`) sent to `to`. */
export async function mailedToken(server: TestServer, to: string, param: string): Promise<string> {
  const found = (await mailsTo(server, to))
    .map((message) => new RegExp(`${param}=([\\w-]+)`).exec(message.text)?.[1])
    .filter((token): token is string => token !== undefined);
  const token = found.at(-1);
  assert.ok(token, `a ${param} link mailed to ${to}`);
  return token;
}

/** Signs up, verifies the email from its mailed link, signs in, and answers the session. */
export async function verifiedCustomer(server: TestServer, email: string): Promise<AccountSession> {
  const signUp = await server.send('/api/accounts', signUpBody(email));
  assert.equal(signUp.status, 200, signUp.text);
  const token = await mailedToken(server, email, 'storelet_verify');
  const verified = await server.send('/api/account/verification', { token });
  assert.equal(verified.status, 200, verified.text);
  const session = await server.send<AccountSession>('/api/sessions', { email, password: PASSWORD });
  assert.equal(session.status, 201, session.text);
  return session.body;
}
