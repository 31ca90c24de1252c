import type { Database, Statement, Transaction } from 'better-sqlite3';
import type { UserRole } from '../../../sdk/schemas/index.ts';
import type { AccountRepository, SessionRecord, UserRecord } from '../accounts.ts';

type UserRow = {
  id: string;
  email: string;
  email_key: string;
  name: string | null;
  password_hash: string;
  role: UserRole;
  email_verified_at: string | null;
  created_at: string;
  updated_at: string;
};

type SessionRow = { session_id: string; token_hash: string; session_created_at: string; expires_at: string };

const USER_COLUMNS =
  'u.id, u.email, u.email_key, u.name, u.password_hash, u.role, u.email_verified_at, u.created_at, u.updated_at';

function toUser(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    emailKey: row.email_key,
    name: row.name,
    passwordHash: row.password_hash,
    role: row.role,
    emailVerifiedAt: row.email_verified_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Users, sessions and the sign-in throttle on SQLite. */
export class SqliteAccountRepository implements AccountRepository {
  readonly #insertUser: Statement<[UserRow]>;
  readonly #findUser: Statement<[string], UserRow>;
  readonly #findByKey: Statement<[string], UserRow>;
  readonly #updateUser: Statement<[{ id: string; role: UserRole; password_hash: string; updated_at: string }]>;
  readonly #insertSession: Statement<[SessionRecord]>;
  readonly #findSession: Statement<[string, string], UserRow & SessionRow>;
  readonly #deleteSession: Statement<[string]>;
  readonly #deleteUserSessions: Statement<[string]>;
  readonly #countTry: Transaction<
    (key: string, now: string, lockUntil: (tries: number) => string | null) => string | null
  >;
  readonly #clear: Statement<[string]>;
  readonly #purgeSessions: Statement<[string]>;
  readonly #purgeThrottle: Statement<[string, string]>;

  constructor(sqlite: Database) {
    this.#insertUser = sqlite.prepare(`
      INSERT INTO users (id, email, email_key, name, password_hash, role, email_verified_at, created_at, updated_at)
      VALUES (@id, @email, @email_key, @name, @password_hash, @role, @email_verified_at, @created_at, @updated_at)
      ON CONFLICT (email_key) DO NOTHING`);
    this.#findUser = sqlite.prepare(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ?`);
    this.#findByKey = sqlite.prepare(`SELECT ${USER_COLUMNS} FROM users u WHERE u.email_key = ?`);
    this.#updateUser = sqlite.prepare(
      'UPDATE users SET role = @role, password_hash = @password_hash, updated_at = @updated_at WHERE id = @id',
    );
    this.#insertSession = sqlite.prepare(`
      INSERT INTO sessions (id, user_id, token_hash, created_at, expires_at) VALUES (@id, @userId, @tokenHash, @createdAt, @expiresAt)`);
    this.#findSession = sqlite.prepare(`
      SELECT ${USER_COLUMNS}, s.id AS session_id, s.token_hash, s.created_at AS session_created_at, s.expires_at
      FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = ? AND s.expires_at > ?`);
    this.#deleteSession = sqlite.prepare('DELETE FROM sessions WHERE id = ?');
    this.#deleteUserSessions = sqlite.prepare('DELETE FROM sessions WHERE user_id = ?');
    const lockedUntil = sqlite
      .prepare<[string, string], string>(
        'SELECT locked_until FROM sign_in_throttle WHERE email_key = ? AND locked_until > ?',
      )
      .pluck();
    const count = sqlite
      .prepare<[{ key: string; now: string }], number>(
        `
        INSERT INTO sign_in_throttle (email_key, failures, locked_until, last_failed_at) VALUES (@key, 1, NULL, @now)
        ON CONFLICT (email_key) DO UPDATE SET failures = failures + 1, last_failed_at = @now
        RETURNING failures`,
      )
      .pluck();
    const lock = sqlite.prepare<[string, string]>('UPDATE sign_in_throttle SET locked_until = ? WHERE email_key = ?');
    // The lock check and the count in one step: tries racing each other are counted one after another.
    this.#countTry = sqlite.transaction((key, now, lockUntil) => {
      const until = lockedUntil.get(key, now);
      if (until) return until;
      const tries = count.get({ key, now }) ?? 1;
      const newLock = lockUntil(tries);
      if (newLock) lock.run(newLock, key);
      return null;
    });
    this.#clear = sqlite.prepare('DELETE FROM sign_in_throttle WHERE email_key = ?');
    this.#purgeSessions = sqlite.prepare('DELETE FROM sessions WHERE expires_at <= ?');
    this.#purgeThrottle = sqlite.prepare(`
      DELETE FROM sign_in_throttle WHERE last_failed_at < ? AND (locked_until IS NULL OR locked_until <= ?)`);
  }

  async insertUser(user: UserRecord): Promise<boolean> {
    const { changes } = this.#insertUser.run({
      id: user.id,
      email: user.email,
      email_key: user.emailKey,
      name: user.name,
      password_hash: user.passwordHash,
      role: user.role,
      email_verified_at: user.emailVerifiedAt,
      created_at: user.createdAt,
      updated_at: user.updatedAt,
    });
    return changes === 1;
  }

  async findUser(id: string): Promise<UserRecord | null> {
    const row = this.#findUser.get(id);
    return row ? toUser(row) : null;
  }

  async findUserByEmailKey(emailKey: string): Promise<UserRecord | null> {
    const row = this.#findByKey.get(emailKey);
    return row ? toUser(row) : null;
  }

  async updateUser(id: string, change: Pick<UserRecord, 'role' | 'passwordHash' | 'updatedAt'>): Promise<void> {
    this.#updateUser.run({ id, role: change.role, password_hash: change.passwordHash, updated_at: change.updatedAt });
  }

  async insertSession(session: SessionRecord): Promise<void> {
    this.#insertSession.run(session);
  }

  async findSession(tokenHash: string, now: string): Promise<{ session: SessionRecord; user: UserRecord } | null> {
    const row = this.#findSession.get(tokenHash, now);
    if (!row) return null;
    return {
      session: {
        id: row.session_id,
        userId: row.id,
        tokenHash: row.token_hash,
        createdAt: row.session_created_at,
        expiresAt: row.expires_at,
      },
      user: toUser(row),
    };
  }

  async deleteSession(id: string): Promise<void> {
    this.#deleteSession.run(id);
  }

  async deleteUserSessions(userId: string): Promise<void> {
    this.#deleteUserSessions.run(userId);
  }

  async countSignInTry(
    emailKey: string,
    now: string,
    lockUntil: (tries: number) => string | null,
  ): Promise<string | null> {
    // IMMEDIATE takes the write lock before the read, so another process on the same file cannot count in between.
    return this.#countTry.immediate(emailKey, now, lockUntil);
  }

  async clearSignInFailures(emailKey: string): Promise<void> {
    this.#clear.run(emailKey);
  }

  async purge(now: string, throttleBefore: string): Promise<number> {
    const { changes } = this.#purgeSessions.run(now);
    this.#purgeThrottle.run(throttleBefore, now);
    return changes;
  }
}
