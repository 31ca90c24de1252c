import type { CreateShippingZoneBody, FieldIssue } from '../../sdk/schemas/index.ts';
import { ValidationError } from '../errors.ts';

/**
 * What the wire schema cannot say about a zone: a rest-of-world zone names no countries and any other names
 * some, each once; method ids are unique; days run from fewest to most; bands ascend without gaps between
 * `to` and the next `from` overlapping, and only the last is open-ended. `validation_failed` naming each field.
 */
export function checkZone(zone: CreateShippingZoneBody): void {
  const issues: FieldIssue[] = [];
  if (zone.restOfWorld && zone.countries.length > 0) {
    issues.push({ path: 'countries', message: 'The rest-of-world zone serves every other country: name none' });
  }
  if (!zone.restOfWorld && zone.countries.length === 0) {
    issues.push({ path: 'countries', message: 'Name at least one country, or make the zone the rest of the world' });
  }
  zone.countries.forEach((country, index) => {
    if (zone.countries.indexOf(country) !== index)
      issues.push({ path: `countries.${index}`, message: `${country} is listed twice` });
  });
  const ids = new Set<string>();
  zone.methods.forEach((method, index) => {
    const at = `methods.${index}`;
    if (method.id !== undefined) {
      if (ids.has(method.id)) issues.push({ path: `${at}.id`, message: `${method.id} is listed twice` });
      ids.add(method.id);
    }
    if (method.minDays > method.maxDays) {
      issues.push({ path: `${at}.minDays`, message: 'must not be more than maxDays' });
    }
    method.rates.forEach((band, position) => {
      const where = `${at}.rates.${position}`;
      if (band.to !== null && band.to <= band.from) issues.push({ path: `${where}.to`, message: 'must be above from' });
      const previous = method.rates[position - 1];
      if (previous && (previous.to === null || band.from < previous.to)) {
        issues.push({ path: `${where}.from`, message: 'bands must ascend without overlapping the one before' });
      }
    });
  });
  if (issues.length > 0) throw new ValidationError(issues, issues[0]?.message);
}
