/**
 * The catalog's version, shared by every repository that changes what product pages show (stock is
 * on them). Response caches keep a page only while the version they saw it under is current.
 */
export class CatalogVersion {
  #value = 0;

  get value(): number {
    return this.#value;
  }

  bump(): void {
    this.#value++;
  }
}
