import assert from 'node:assert/strict';
import type { AccountSession, UserRole } from '../../../sdk/schemas/index.ts';
import type { DataStore } from '../../data/store.ts';
import { newId } from '../../data/ids.ts';
import type { TestServer } from '../../test-support/server.ts';
import { hashPassword } from '../password.ts';
import { emailKey } from '../view.ts';

/** A user written straight through the repository, as a sign-up would leave it. */
export async function createUser(
  data: DataStore,
  email: string,
  password: string,
  role: UserRole = 'customer',
): Promise<string> {
  const id = newId('usr');
  const at = new Date().toISOString();
  const inserted = await data.accounts.insertUser({
    id,
    email,
    emailKey: emailKey(email),
    name: null,
    passwordHash: await hashPassword(password),
    role,
    emailVerifiedAt: null,
    createdAt: at,
    updatedAt: at,
  });
  assert.ok(inserted, `user ${email}`);
  return id;
}

/** Signs in over HTTP and answers the bearer token. */
export async function signInToken(server: TestServer, email: string, password: string): Promise<string> {
  const response = await server.send<AccountSession>('/api/sessions', { email, password });
  assert.equal(response.status, 201, response.text);
  return response.body.token;
}

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

/** A clock tests move by hand. */
export function testClock(start = Date.parse('2026-06-01T10:00:00Z')) {
  let now = start;
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}
