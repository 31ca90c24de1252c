/** Where the SDK keeps the cart id and session token: the host page's localStorage by default. */
export type KeyValueStorage = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};

export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/** localStorage when the page has it (private modes may throw on access), memory otherwise, e.g. in Node. */
export function defaultStorage(): KeyValueStorage {
  try {
    const storage = globalThis.localStorage;
    if (storage) {
      const probe = '__storelet_probe__';
      storage.setItem(probe, '1');
      storage.removeItem(probe);
      return storage;
    }
  } catch {
    // Storage refused: fall through to memory, the cart then lasts as long as the page.
  }
  return memoryStorage();
}

/** One namespace per shop, so two shops embedded on one site keep separate carts. */
export function scopedKey(apiUrl: string, name: string): string {
  return `storelet:${apiUrl}:${name}`;
}
