import { atom, type ReadableAtom } from 'nanostores';
import type { Account } from '../schemas/account.ts';
import { scopedKey, type KeyValueStorage } from '../storage.ts';

/**
 * Whether the store owner is signed in on this device. Signed in with `account: null` means a token is
 * kept but who it belongs to is not known yet (the page was reloaded): `account()` finds out.
 */
export type AdminSession = { status: 'signed-out' } | { status: 'signed-in'; account: Account | null };

export type SessionStore = {
  readonly $session: ReadableAtom<AdminSession>;
  /** The bearer token while it has not expired. */
  token(): string | null;
  start(token: string, expiresAt: string, account: Account): void;
  /** The server told who the kept token belongs to. */
  identify(account: Account): void;
  /** Forgets the token: signed out, expired, or refused by the server. */
  end(): void;
};

type Kept = { token: string; expiresAt: string };

function read(storage: KeyValueStorage, key: string): Kept | null {
  try {
    const kept = JSON.parse(storage.getItem(key) ?? 'null') as Partial<Kept> | null;
    if (typeof kept?.token !== 'string' || typeof kept.expiresAt !== 'string') return null;
    return { token: kept.token, expiresAt: kept.expiresAt };
  } catch {
    return null;
  }
}

/** The admin's token in `storage` (scoped by shop, so two shops on one site keep two sessions) and its state as a store. */
export function createSessionStore(
  storage: KeyValueStorage,
  apiUrl: string,
  now: () => number = Date.now,
  name = 'admin-session',
): SessionStore {
  const key = scopedKey(apiUrl, name);
  const live = (kept: Kept | null) => (kept && Date.parse(kept.expiresAt) > now() ? kept : null);
  const $session = atom<AdminSession>(
    live(read(storage, key)) ? { status: 'signed-in', account: null } : { status: 'signed-out' },
  );

  function end(): void {
    storage.removeItem(key);
    if ($session.get().status !== 'signed-out') $session.set({ status: 'signed-out' });
  }

  return {
    $session,
    token() {
      const kept = live(read(storage, key));
      // An expired token would only earn a 401: say signed out now.
      if (!kept && $session.get().status === 'signed-in') end();
      return kept?.token ?? null;
    },
    start(token, expiresAt, account) {
      storage.setItem(key, JSON.stringify({ token, expiresAt } satisfies Kept));
      $session.set({ status: 'signed-in', account });
    },
    identify(account) {
      if ($session.get().status === 'signed-in') $session.set({ status: 'signed-in', account });
    },
    end,
  };
}
