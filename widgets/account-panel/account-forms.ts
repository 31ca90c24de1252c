import { html, nothing, type TemplateResult } from 'lit';
import type { Address, SavedAddress } from '../../sdk/index.ts';
import { field } from '../checkout-button/form-field.ts';
import { cityLine, countryName } from '../shared/address.ts';
import { countryList, renderCountryOptions } from '../shared/countries.ts';

/** The panel's forms as templates: the element owns the state and the submit handlers. */

export type FormState = { errors: Record<string, string>; busy: boolean; onSubmit(event: SubmitEvent): void };

const countries = countryList('');

/** The fields of a postal address, named as the wire `Address` names them. */
export function addressFields(errors: Record<string, string>, address?: Address): TemplateResult {
  return html`${field('name', 'Full name', { autocomplete: 'name', required: true, maxlength: 120, wide: true, value: address?.name }, errors)}
    ${field('line1', 'Address', { autocomplete: 'address-line1', required: true, maxlength: 200, wide: true, value: address?.line1 }, errors)}
    ${field('line2', 'Apartment, suite, etc.', { autocomplete: 'address-line2', maxlength: 200, wide: true, value: address?.line2 }, errors)}
    ${field('city', 'City', { autocomplete: 'address-level2', required: true, maxlength: 120, value: address?.city }, errors)}
    ${field('region', 'State or province', { autocomplete: 'address-level1', maxlength: 80, value: address?.region }, errors)}
    ${field('postalCode', 'Postal code', { autocomplete: 'postal-code', required: true, maxlength: 20, value: address?.postalCode }, errors)}
    ${field(
      'country',
      'Country',
      { autocomplete: 'country', required: true, maxlength: 2 },
      errors,
      html`<select id="country" name="country" part="input" class="field" autocomplete="country" required aria-describedby="country-error">
        ${renderCountryOptions(countries, address?.country ?? 'US', 'Choose a country')}
      </select>`,
    )}
    ${field('phone', 'Phone', { type: 'tel', autocomplete: 'tel', maxlength: 40, wide: true, value: address?.phone }, errors)}`;
}

/** The address a form holds, optional fields left out when empty. */
export function readAddress(data: FormData, prefix = ''): Address {
  const text = (name: string) => String(data.get(prefix + name) ?? '').trim();
  const optional = (name: string) => (text(name) ? { [name]: text(name) } : {});
  return {
    name: text('name'),
    line1: text('line1'),
    city: text('city'),
    postalCode: text('postalCode'),
    country: text('country'),
    ...optional('line2'),
    ...optional('region'),
    ...optional('phone'),
  };
}

function submit(label: string, busy: boolean): TemplateResult {
  return html`<button part="submit button" class="button submit wide" type="submit" ?disabled=${busy}>${busy ? 'Please wait…' : label}</button>`;
}

export function signInForm(state: FormState, links: TemplateResult): TemplateResult {
  return html`<form part="form" class="form" @submit=${state.onSubmit}>
    ${field('email', 'Email', { type: 'email', autocomplete: 'email', required: true, maxlength: 254, wide: true }, state.errors)}
    ${field('password', 'Password', { type: 'password', autocomplete: 'current-password', required: true, maxlength: 1024, wide: true }, state.errors)}
    ${submit('Sign in', state.busy)} ${links}
  </form>`;
}

export function signUpForm(state: FormState, links: TemplateResult): TemplateResult {
  return html`<form part="form" class="form" @submit=${state.onSubmit}>
    <fieldset class="group" ?disabled=${state.busy}>
      <legend class="group-title">You</legend>
      ${field('email', 'Email', { type: 'email', autocomplete: 'email', required: true, maxlength: 254, wide: true }, state.errors)}
      ${field('password', 'Password (10 characters or more)', { type: 'password', autocomplete: 'new-password', required: true, maxlength: 1024, wide: true, minlength: 10 }, state.errors)}
    </fieldset>
    <fieldset class="group" ?disabled=${state.busy}>
      <legend class="group-title">Default shipping address</legend>
      ${addressFields(state.errors)}
    </fieldset>
    ${submit('Create account', state.busy)} ${links}
  </form>`;
}

export function emailOnlyForm(state: FormState, label: string, links: TemplateResult): TemplateResult {
  return html`<form part="form" class="form" @submit=${state.onSubmit}>
    ${field('email', 'Email', { type: 'email', autocomplete: 'email', required: true, maxlength: 254, wide: true }, state.errors)}
    ${submit(label, state.busy)} ${links}
  </form>`;
}

export function newPasswordForm(state: FormState, current: boolean, label: string): TemplateResult {
  return html`<form part="form" class="form" @submit=${state.onSubmit}>
    ${
      current
        ? field(
            'currentPassword',
            'Current password',
            { type: 'password', autocomplete: 'current-password', required: true, maxlength: 1024, wide: true },
            state.errors,
          )
        : nothing
    }
    ${field('password', 'New password (10 characters or more)', { type: 'password', autocomplete: 'new-password', required: true, maxlength: 1024, wide: true, minlength: 10 }, state.errors)}
    ${submit(label, state.busy)}
  </form>`;
}

export function addressSummary(saved: SavedAddress): string {
  const { address } = saved;
  return [address.name, address.line1, cityLine(address), countryName(address.country)].join(', ');
}
