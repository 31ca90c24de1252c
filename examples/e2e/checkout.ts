import type { Locator, Page } from 'playwright-core';

/** A US shopper, as the checkout form asks for one: the state is picked from the list the shop serves. */
export type TestShopper = {
  email: string;
  name: string;
  line1: string;
  city: string;
  postalCode: string;
  region: string;
};

/** Opens the checkout dialog from the cart drawer and answers its form, once shown. */
export async function openCheckout(drawer: Locator): Promise<Locator> {
  await drawer.locator('checkout-button [part~="button"]').first().click();
  const form = drawer.locator('checkout-button [part~="form"]');
  await form.waitFor();
  return form;
}

/** Fills the checkout form, picks standard shipping, places the order and waits for the test gateway's page. */
export async function placeOrder(page: Page, form: Locator, shopper: TestShopper): Promise<void> {
  await form.locator('#email').fill(shopper.email);
  await form.locator('#name').fill(shopper.name);
  await form.locator('#line1').fill(shopper.line1);
  await form.locator('#city').fill(shopper.city);
  await form.locator('#postalCode').fill(shopper.postalCode);
  await form.locator('#country').selectOption('US');
  // US states are a list, served by the shop once the country is known.
  await form.locator('select#region').selectOption(shopper.region);
  await form
    .locator('[part~="shipping-option"]', { hasText: /standard/i })
    .first()
    .click();
  await form.locator('[part~="submit"]').click();
  await page.waitForURL(/\/pay\/test\//);
}
