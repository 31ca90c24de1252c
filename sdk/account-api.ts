import type { ReadableAtom } from 'nanostores';
import { createSessionStore, type AdminSession } from './admin/session.ts';
import { downloadBlob } from './admin/download.ts';
import type { CartStore } from './cart-store.ts';
import { StoreletAuthError } from './errors.ts';
import type { Http } from './http.ts';
import type {
  Accepted,
  Account,
  AccountOrder,
  AccountOrderList,
  AccountOrderQuery,
  ChangePasswordBody,
  SavedAddress,
  SignInBody,
  SignUpBody,
} from './schemas/account.ts';
import type { Address } from './schemas/address.ts';
import type { KeyValueStorage } from './storage.ts';
import type { CreateReturnBody, ReturnRequest } from './schemas/return.ts';

/** Signed out, or signed in (`account: null` while who it is has not been asked yet, after a reload). */
export type CustomerSession = AdminSession;

export type AccountApi = {
  /** The customer's session on this device; flips to signed out on sign-out and on any 401 from an account call. */
  readonly $session: ReadableAtom<CustomerSession>;
  /** The session token while it lasts, for calls made outside the SDK. */
  token(): string | null;
  /** Creates the account; the answer is "check your inbox" whether or not the email had one. Sign in next. */
  signUp(body: SignUpBody): Promise<Accepted>;
  /** Signs in, keeps the token, and makes this device's cart the customer's (merged with the one the account had). */
  signIn(credentials: SignInBody): Promise<Account>;
  signOut(): Promise<void>;
  /** Who is signed in, asked of the server; null when signed out or the token no longer works. */
  account(): Promise<Account | null>;
  verifyEmail(token: string): Promise<Account>;
  resendVerification(): Promise<Accepted>;
  requestPasswordReset(email: string): Promise<Accepted>;
  resetPassword(token: string, password: string): Promise<void>;
  updateProfile(name: string): Promise<Account>;
  /** Signs out every other session of the account. */
  changePassword(body: ChangePasswordBody): Promise<void>;
  /** Deletes the account (its orders stay with the shop) and signs out here. */
  deleteAccount(password: string): Promise<void>;
  readonly addresses: {
    list(): Promise<SavedAddress[]>;
    add(address: Address, isDefault?: boolean): Promise<SavedAddress>;
    update(id: string, address: Address, isDefault?: boolean): Promise<SavedAddress>;
    remove(id: string): Promise<void>;
  };
  readonly orders: {
    list(query?: AccountOrderQuery): Promise<AccountOrderList>;
    get(orderId: string): Promise<AccountOrder>;
    /** The order's invoice PDF. */
    invoice(orderId: string): Promise<Blob>;
    /** Asks to return lines of one of the customer's delivered orders, within the shop's return window. */
    requestReturn(orderId: string, body: CreateReturnBody): Promise<ReturnRequest>;
  };
};

export type AccountApiDeps = { http: Http; storage: KeyValueStorage; cart: CartStore; fetch: typeof fetch };

/** The customer's account: the token lives in the page's storage, scoped to the shop, and is sent only on account calls. */
export function accountApi({ http, storage, cart, fetch: fetchFn }: AccountApiDeps): AccountApi {
  const session = createSessionStore(storage, http.apiUrl, Date.now, 'customer-session');
  const auth = () => {
    const token = session.token();
    if (!token) throw new StoreletAuthError({ status: 401, code: 'unauthorized', message: 'Sign in first.' });
    return { headers: { Authorization: `Bearer ${token}` } };
  };
  async function guard<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof StoreletAuthError && error.status === 401 && error.code === 'unauthorized') session.end();
      throw error;
    }
  }
  const signedIn = <T>(call: (init: { headers: Record<string, string> }) => Promise<T>) => guard(() => call(auth()));
  const addressPath = (id: string) => `account/addresses/${encodeURIComponent(id)}`;
  const orderPath = (id: string) => `account/orders/${encodeURIComponent(id)}`;

  return {
    $session: session.$session,
    token: () => session.token(),
    signUp: (body) => http.request('post', 'accounts', 'accepted', { json: body }),
    async signIn(credentials) {
      const answer = await http.request('post', 'sessions', 'accountSession', { json: credentials });
      session.start(answer.token, answer.expiresAt, answer.account);
      const claimed = await signedIn((init) =>
        http.request('post', 'account/cart', 'accountCart', { ...init, json: { cartId: cart.currentId() } }),
      );
      cart.adopt(claimed.cart);
      return answer.account;
    },
    async signOut() {
      const token = session.token();
      try {
        if (token)
          await http.request('delete', 'sessions/current', 'empty', { headers: { Authorization: `Bearer ${token}` } });
      } catch {
        // Unreachable or already expired: forgotten here all the same.
      } finally {
        session.end();
        // The cart was the customer's: the next shopper on this device starts with none.
        cart.clear();
      }
    },
    async account() {
      if (!session.token()) return null;
      try {
        const account = await signedIn((init) => http.request('get', 'account', 'account', init));
        session.identify(account);
        return account;
      } catch (error) {
        if (error instanceof StoreletAuthError && error.status === 401) return null;
        throw error;
      }
    },
    async verifyEmail(token) {
      const account = await http.request('post', 'account/verification', 'account', { json: { token } });
      session.identify(account);
      return account;
    },
    resendVerification: () =>
      signedIn((init) => http.request('post', 'account/verification/send', 'accepted', { ...init, json: {} })),
    requestPasswordReset: (email) => http.request('post', 'password-resets', 'accepted', { json: { email } }),
    resetPassword: (token, password) =>
      http.request('post', 'password-resets/confirm', 'empty', { json: { token, password } }),
    async updateProfile(name) {
      const account = await signedIn((init) =>
        http.request('patch', 'account', 'account', { ...init, json: { name } }),
      );
      session.identify(account);
      return account;
    },
    changePassword: (body) =>
      signedIn((init) => http.request('put', 'account/password', 'empty', { ...init, json: body })),
    async deleteAccount(password) {
      await signedIn((init) => http.request('delete', 'account', 'empty', { ...init, json: { password } }));
      session.end();
      cart.clear();
    },
    addresses: {
      list: async () =>
        (await signedIn((init) => http.request('get', 'account/addresses', 'savedAddressList', init))).items,
      add: (address, isDefault) =>
        signedIn((init) =>
          http.request('post', 'account/addresses', 'savedAddress', { ...init, json: { address, isDefault } }),
        ),
      update: (id, address, isDefault) =>
        signedIn((init) =>
          http.request('put', addressPath(id), 'savedAddress', { ...init, json: { address, isDefault } }),
        ),
      remove: (id) => signedIn((init) => http.request('delete', addressPath(id), 'empty', init)),
    },
    orders: {
      list: (query = {}) =>
        signedIn((init) =>
          http.request('get', 'account/orders', 'accountOrderList', {
            ...init,
            searchParams: { limit: query.limit, cursor: query.cursor },
          }),
        ),
      get: (orderId) => signedIn((init) => http.request('get', orderPath(orderId), 'accountOrder', init)),
      requestReturn: (orderId, body) =>
        signedIn((init) =>
          http.request('post', `orders/${encodeURIComponent(orderId)}/returns`, 'returnRequest', {
            ...init,
            json: body,
          }),
        ),
      invoice: (orderId) =>
        guard(() =>
          downloadBlob(`${http.apiUrl}/api/${orderPath(orderId)}/invoice`, {
            fetch: fetchFn,
            token: session.token(),
            timeout: 60_000,
          }),
        ),
    },
  };
}
