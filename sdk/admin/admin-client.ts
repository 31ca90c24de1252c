import type { ReadableAtom } from 'nanostores';
import { StoreletAuthError } from '../errors.ts';
import { createHttp, type HttpOptions } from '../http.ts';
import type { Account, SignInBody } from '../schemas/account.ts';
import { defaultStorage, type KeyValueStorage } from '../storage.ts';
import { adminOrdersApi, type AdminOrdersApi } from './admin-orders.ts';
import { adminAuditLogApi, type AdminAuditLogApi } from './admin-audit-log.ts';
import { adminCatalogApi, type AdminCatalogApi } from './admin-catalog.ts';
import { adminReviewsApi, type AdminReviewsApi } from './admin-reviews.ts';
import { downloadBlob } from './download.ts';
import { createSessionStore, type AdminSession } from './session.ts';

export type AdminClientOptions = Omit<HttpOptions, 'getToken'> & {
  /** Where the session token is kept; the page's localStorage by default. */
  storage?: KeyValueStorage;
};

export type AdminClient = {
  readonly apiUrl: string;
  /** Signed in or out; flips to signed out on sign-out and on any 401 from the server. */
  readonly $session: ReadableAtom<AdminSession>;
  /** Signs in with email and password and keeps the session token. Throws the server's error (invalid_credentials, rate_limited…). */
  signIn(credentials: SignInBody): Promise<Account>;
  /** Ends the session on the server and forgets the token here, even when the server cannot be reached. */
  signOut(): Promise<void>;
  /** Who is signed in, asked of the server; null when signed out or the token no longer works. */
  account(): Promise<Account | null>;
  readonly orders: AdminOrdersApi;
  /** Reviews: moderation, replies and the moderation setting. */
  readonly reviews: AdminReviewsApi;
  /** Who changed what in the catalog, prices and rules. */
  readonly auditLog: AdminAuditLogApi;
  /** Products, variants, photos, stock and categories; every edit names the version it was made from. */
  readonly catalog: AdminCatalogApi;
};

/** A file can take far longer than a JSON answer on a slow line. */
const DOWNLOAD_TIMEOUT = 120_000;

/** The store owner's client: sign in, then read orders and their designs. One instance per shop server. */
export function createAdminClient(options: AdminClientOptions): AdminClient {
  if (!options.apiUrl) throw new TypeError('createAdminClient needs an apiUrl, e.g. "https://shop.example.com".');
  const storage = options.storage ?? defaultStorage();
  const http = createHttp({ ...options, getToken: () => session.token() });
  const session = createSessionStore(storage, http.apiUrl);
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init));

  async function guard<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      // The token expired or was revoked: the admin must sign in again. A 403 leaves the session alone.
      if (error instanceof StoreletAuthError && error.status === 401) session.end();
      throw error;
    }
  }

  return {
    apiUrl: http.apiUrl,
    $session: session.$session,
    async signIn(credentials) {
      const answer = await http.request('post', 'sessions', 'accountSession', { json: credentials });
      session.start(answer.token, answer.expiresAt, answer.account);
      return answer.account;
    },
    async signOut() {
      if (!session.token()) return session.end();
      try {
        await http.request('delete', 'sessions/current', 'empty');
      } catch {
        // Unreachable or already expired: the token is forgotten here all the same, and expires there.
      } finally {
        session.end();
      }
    },
    async account() {
      if (!session.token()) return null;
      try {
        const account = await guard(() => http.request('get', 'account', 'account'));
        session.identify(account);
        return account;
      } catch (error) {
        if (error instanceof StoreletAuthError && error.status === 401) return null;
        throw error;
      }
    },
    orders: adminOrdersApi({
      http,
      guard,
      download: (path, signal) =>
        downloadBlob(`${http.apiUrl}/api/${path}`, {
          fetch: fetchFn,
          token: session.token(),
          timeout: DOWNLOAD_TIMEOUT,
          signal,
        }),
    }),
    reviews: adminReviewsApi({ http, guard }),
    auditLog: adminAuditLogApi({ http, guard }),
    catalog: adminCatalogApi({ http, guard }),
  };
}
