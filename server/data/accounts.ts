import type { UserRole } from '../../sdk/schemas/index.ts';

/** Users, their sessions and the sign-in throttle as stored. Times are ISO 8601 strings. */

export type UserRecord = {
  id: string;
  /** As the person typed it. */
  email: string;
  /** Trimmed and lowercased: the unique key accounts are found by. */
  emailKey: string;
  name: string | null;
  passwordHash: string;
  role: UserRole;
  /** When the person opened a link mailed to `email`; null until then. */
  emailVerifiedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type SessionRecord = {
  id: string;
  userId: string;
  /** SHA-256 of the bearer token. */
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
};

export interface AccountRepository {
  /** Adds a user; false when another already has its email key. */
  insertUser(user: UserRecord): Promise<boolean>;
  findUser(id: string): Promise<UserRecord | null>;
  findUserByEmailKey(emailKey: string): Promise<UserRecord | null>;
  /** Sets a user's role and password hash (the admin bootstrap). */
  updateUser(id: string, change: Pick<UserRecord, 'role' | 'passwordHash' | 'updatedAt'>): Promise<void>;
  insertSession(session: SessionRecord): Promise<void>;
  /** The session with this token hash and its user, if it has not expired at `now`. */
  findSession(tokenHash: string, now: string): Promise<{ session: SessionRecord; user: UserRecord } | null>;
  deleteSession(id: string): Promise<void>;
  /** Signs a user out everywhere (their password changed). */
  deleteUserSessions(userId: string): Promise<void>;
  /**
   * One atomic step: while the email key is locked at `now`, answers the lock's end and counts nothing;
   * otherwise counts one more try since the last success, locks until `lockUntil(tries)` when that names
   * a time, and answers null.
   */
  countSignInTry(emailKey: string, now: string, lockUntil: (tries: number) => string | null): Promise<string | null>;
  /** A successful sign-in: the count starts again. */
  clearSignInFailures(emailKey: string): Promise<void>;
  /** Forgets expired sessions and throttle rows idle since `throttleBefore` whose lock is over; answers how many sessions went. */
  purge(now: string, throttleBefore: string): Promise<number>;
}
