import { createAdminClient, type AdminClient } from '../../sdk/admin/index.ts';

const clients = new Map<string, AdminClient>();
let defaultApi = '';

/** One client per shop, so every dashboard of a shop on the page shares its session. */
export function adminClientFor(apiUrl: string): AdminClient {
  let client = clients.get(apiUrl);
  if (!client) {
    client = createAdminClient({ apiUrl });
    clients.set(apiUrl, client);
  }
  return client;
}

/** The shop a dashboard with no `api` and no provider uses: set by the admin script tag. */
export function setDefaultAdminApi(apiUrl: string): void {
  defaultApi ||= apiUrl;
}

export function defaultAdminApi(): string {
  return defaultApi;
}
