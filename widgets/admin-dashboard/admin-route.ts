/**
 * Where the dashboard is, kept in the host page's URL as one query parameter, `?screen=reviews` or
 * `?screen=orders/ord_…`: a reload keeps the screen and Back and Forward move between screens. A query parameter
 * rather than the hash, because host pages use the hash for their own anchors and routers; the page's other
 * parameters and its hash are kept as they are.
 */
export type Route = {
  /** The screen's name; '' when the URL names none. */
  screen: string;
  /** What follows the name: '' or, on the orders screen, the open order's id. */
  path: string;
};

const PARAM = 'screen';

export function readRoute(url: string = location.href): Route {
  const value = new URL(url).searchParams.get(PARAM) ?? '';
  const slash = value.indexOf('/');
  return slash === -1 ? { screen: value, path: '' } : { screen: value.slice(0, slash), path: value.slice(slash + 1) };
}

/** The page's address showing `route`, relative to the page, for links and `history.pushState`. */
export function routeHref(route: Route, url: string = location.href): string {
  const next = new URL(url);
  next.searchParams.set(PARAM, route.path ? `${route.screen}/${route.path}` : route.screen);
  return `${next.pathname}${next.search}${next.hash}`;
}
