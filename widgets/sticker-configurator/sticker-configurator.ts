import { Task } from '@lit/task';
import { LitElement, html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  isAbortError,
  type SizeUnit,
  type StickerOptions,
  type StickerQuote,
  type StickerQuoteBody,
  type StickerShape,
} from '../../sdk/index.ts';
import { emit } from '../events.ts';
import { renderNoShop } from '../shared/no-shop.ts';
import { baseStyles, controlStyles, stateStyles } from '../shared/styles.ts';
import { StorefrontController } from '../storefront-controller.ts';
import { renderChoices } from './choices.ts';
import { DesignUpload } from './design-upload.ts';
import { renderQuantityPicker } from './quantity-picker.ts';
import { renderQuoteSummary } from './quote-summary.ts';
import { renderSizePicker, shownSize, type Size } from './size-picker.ts';
import { faultyFields, type Refusal, type SpecField } from './spec-faults.ts';
import { styles } from './sticker-configurator.styles.ts';
import { renderPreview } from './sticker-preview.ts';
import { describeError, forProduct, stickerProduct, type Setup } from './sticker-setup.ts';
import { renderUploadZone } from './upload-zone.ts';

/**
 * @summary Custom stickers: upload a design, choose shape, size, material, finish and quantity, see
 * the server's price as it changes and a preview of the sticker, and add it to the cart.
 *
 * Quotes are asked for once the shopper pauses (`quote-delay`), and a newer one cancels the request
 * of an older one; the last price stays shown, dimmed, until the new one lands. Adding goes through
 * the cart store and then opens the cart drawer, like `<product-detail>`.
 *
 * @event storelet-cart-open - Sent before the line is added, so the drawer shows it arriving. Cancelable.
 * @event storelet-cart-change - The sticker line was added (`action: "add"`).
 * @event storelet-error - Loading, a quote, an upload or the add failed; the element shows the message too.
 *
 * @csspart layout - The two columns.
 * @csspart preview - The preview figure.
 * @csspart design - The design's image.
 * @csspart dropzone - The upload area.
 * @csspart choose - The file button.
 * @csspart file - The uploaded file's name.
 * @csspart progress - The upload progress.
 * @csspart cancel - Its cancel button.
 * @csspart upload-error - A refused file's message.
 * @csspart choices - Every pill group; each also has its own name: shape, material, finish, quantity, or unit (shown
 *   with a custom size).
 * @csspart shape - The shape group.
 * @csspart material - The material group.
 * @csspart finish - The finish group.
 * @csspart size - The size picker.
 * @csspart size-input - Its width and height fields.
 * @csspart quantity - The quantity picker, and its pill group.
 * @csspart quantity-input - Its number field.
 * @csspart quote - The price box.
 * @csspart total - The price.
 * @csspart unit-price - The price per sticker.
 * @csspart saving - What the quantity saves.
 * @csspart quote-error - Why there is no price.
 * @csspart add-to-cart - The add button.
 * @csspart add-error - Why the add failed.
 * @csspart error - The state shown when the options could not be loaded, or there is no shop.
 * @csspart retry - Its "Try again" button.
 * @csspart button - Every button.
 *
 * @cssproperty --sticker-configurator-preview-background - Behind the preview (default: the subtle colour).
 */
export class StickerConfigurator extends LitElement {
  static override styles = [baseStyles, controlStyles, stateStyles, styles];

  /** Handle or id of the custom sticker product to add; the first sticker product when empty. */
  @property() product = '';
  /**
   * Shape code, die cut by default. A product made for one shape (its tags name it, e.g. `circle`)
   * offers only that one, whatever this says.
   */
  @property() shape: StickerShape = 'die_cut';
  /** Material code, e.g. `white_vinyl`, else the shop's first; a product made for one material offers only it. */
  @property() material = '';
  /** Milliseconds of quiet before a changed option is priced. */
  @property({ type: Number, attribute: 'quote-delay' }) quoteDelay = 250;

  @state() private finish = '';
  @state() private size: Size = { width: 3, height: 3, unit: 'in' };
  @state() private preset = 0;
  /** The unit a custom size is shown and typed in; the size itself keeps the unit it was chosen in. */
  @state() private unit: SizeUnit = 'in';
  @state() private quantity = 0;
  @state() private quote: StickerQuote | undefined;
  @state() private quoting = false;
  @state() private quoteError = '';
  /** The fields the spec is refused for, marked invalid and pointed at the message. */
  @state() private invalid: SpecField[] = [];
  @state() private adding = false;
  @state() private addError = '';

  private readonly storefront = new StorefrontController(this);
  private readonly setup = new Task(this, {
    task: async ([shop, product], { signal }): Promise<Setup> => {
      if (!shop) throw new Error('No shop.');
      const [all, { variantId, tags }] = await Promise.all([
        shop.stickers.options({ signal }),
        stickerProduct(shop, product, signal),
      ]);
      const options = forProduct(all, tags);
      this.pickPreset(options, 0);
      this.quantity = options.quantityTiers[0] ?? 1;
      return { options, variantId };
    },
    args: () => [this.storefront.value, this.product] as const,
    onError: (error) => this.fail(error),
  });
  /** The spec of the quote asked for last, so a repeat render asks nothing and a stale answer is dropped. */
  private askedKey = '';
  private quoteTimer: ReturnType<typeof setTimeout> | undefined;
  private quoteAbort: AbortController | undefined;
  private readonly design = new DesignUpload(this, (error) => this.fail(error));

  private choices(options: StickerOptions) {
    const shape = options.shapes.find((entry) => entry.code === this.shape) ?? options.shapes[0];
    const material = options.materials.find((entry) => entry.code === this.material) ?? options.materials[0];
    const finishes = options.finishes.filter((entry) => material?.finishes.includes(entry.code));
    const finish = finishes.find((entry) => entry.code === this.finish) ?? finishes[0];
    return { shape, material, finishes, finish, square: shape?.code === 'circle' || shape?.code === 'square' };
  }

  private pickPreset(options: StickerOptions, index: number): void {
    const preset = options.sizePresets[index];
    this.preset = index;
    if (!preset) return;
    this.size = { width: preset.width, height: preset.height, unit: preset.unit };
    this.unit = preset.unit;
  }

  private body(options: StickerOptions): StickerQuoteBody | Refusal {
    const { shape, material, finish } = this.choices(options);
    if (!shape || !material || !finish) return { message: 'This shop offers no stickers right now.', fields: [] };
    const { size, quantity } = this;
    // Blank fields and quantities the shop never prints are said at once; whether a size is in range is the server's to say.
    if (!(size.width > 0 && size.height > 0)) {
      const fields = [...(size.width > 0 ? [] : ['width' as const]), ...(size.height > 0 ? [] : ['height' as const])];
      return { message: 'Enter a width and a height.', fields };
    }
    if (!(quantity >= 1 && quantity <= options.maxQuantity)) {
      return { message: `Enter a quantity from 1 to ${options.maxQuantity.toLocaleString()}.`, fields: ['amount'] };
    }
    return { shape: shape.code, ...size, material: material.code, finish: finish.code, quantity };
  }

  protected override willUpdate(): void {
    const options = this.setup.value?.options;
    if (!options) return;
    // However the shape changed (a pick, a property), a circle or square has one measure: its width, as a custom size.
    if (this.choices(options).square && this.size.width !== this.size.height) {
      this.size = { ...this.size, height: this.size.width };
      this.preset = -1;
    }
    const body = this.body(options);
    const key = JSON.stringify(body);
    if (key === this.askedKey) return;
    this.askedKey = key;
    clearTimeout(this.quoteTimer);
    this.quoteAbort?.abort();
    const refused = 'message' in body;
    this.quoteError = refused ? body.message : '';
    this.invalid = refused ? body.fields : [];
    this.quoting = !refused;
    if (!refused) this.quoteTimer = setTimeout(() => void this.requestQuote(body, key), this.quoteDelay);
  }

  /** Tells the host page about a failure, and answers what to show. */
  private fail(error: unknown): string {
    const detail = describeError(error);
    emit(this, 'storelet-error', detail);
    return detail.message;
  }

  private async requestQuote(body: StickerQuoteBody, key: string): Promise<void> {
    const shop = this.storefront.value;
    if (!shop) return;
    const abort = (this.quoteAbort = new AbortController());
    try {
      this.quote = await shop.stickers.quote(body, { signal: abort.signal });
      this.quoting = key !== this.askedKey;
    } catch (error) {
      if (isAbortError(error) || key !== this.askedKey) return;
      this.quoting = false;
      this.quoteError = this.fail(error);
      this.invalid = faultyFields(error);
    }
  }

  private async addToCart(setup: Setup, body: StickerQuoteBody): Promise<void> {
    const shop = this.storefront.value;
    if (!shop || !this.design.upload) return;
    this.adding = true;
    this.addError = '';
    emit(this, 'storelet-cart-open', { trigger: 'add-to-cart' }, { cancelable: true });
    try {
      const cart = await this.design.addLine(shop, setup.variantId, body);
      emit(this, 'storelet-cart-change', { action: 'add', cart });
    } catch (error) {
      // A file chosen meanwhile replaced the design being sent again: that upload says how it went.
      if (isAbortError(error)) return;
      this.addError = this.fail(error);
    } finally {
      this.adding = false;
    }
  }

  protected override render(): unknown {
    if (!this.storefront.value) return renderNoShop();
    return this.setup.render({
      pending: () => html`<div class="state" role="status"><p class="state-text">Loading sticker options…</p></div>`,
      complete: (setup) => this.renderForm(setup),
      error: (error) => html`<div part="error" class="state" role="alert">
        <p class="state-title">The sticker options could not be loaded.</p>
        <p class="state-text">${describeError(error).message}</p>
        <button part="retry button" class="button secondary" type="button" @click=${() => void this.setup.run()}>Try again</button>
      </div>`,
    });
  }

  private renderForm(setup: Setup): TemplateResult {
    const { options } = setup;
    const { shape, material, finishes, finish, square } = this.choices(options);
    const body = this.body(options);
    const ready = !('message' in body) && !this.quoting && !this.quoteError && this.quote !== undefined;
    const { design } = this;
    const why = !design.upload ? 'Upload your design first.' : ready ? '' : 'Waiting for the price…';
    // A preset shows in its own unit (choosing one sets `unit`), a custom size in the unit chosen.
    const shown = shownSize(this.size, this.unit);
    const { width, height, unit } = shown;
    return html`<div part="layout" class="layout">
      <div class="visual">
        ${renderPreview({
          upload: design.upload,
          shape: shape?.code ?? '',
          shapeName: shape?.name.toLowerCase() ?? '',
          width,
          height,
          maxRatio: options.maxSideMm / options.minSideMm,
          caption: [shape?.name, `${width} × ${height} ${unit}`, material?.name, finish?.name]
            .filter(Boolean)
            .join(' · '),
          apiUrl: this.storefront.value?.apiUrl ?? '',
        })}
        ${renderUploadZone(
          {
            formats: options.uploadFormats,
            maxBytes: options.maxUploadBytes,
            upload: design.upload,
            progress: design.progress,
            fileName: design.fileName,
            error: design.error,
          },
          {
            onFile: (file) => {
              const shop = this.storefront.value;
              if (shop) void design.send(shop, file, options.maxUploadBytes);
            },
            onCancel: () => design.cancel(),
          },
        )}
      </div>
      <form class="form" novalidate @submit=${(event: Event) => (event.preventDefault(), ready && !('message' in body) && void this.addToCart(setup, body))}>
        ${renderChoices('Shape', 'shape', options.shapes, shape?.code ?? '', (code) => (this.shape = code as StickerShape))}
        ${renderSizePicker(
          { shown, preset: this.preset, unit, square, options, invalid: this.invalid },
          {
            onPreset: (index) => this.pickPreset(options, index),
            onSize: (size) => (this.size = size),
            onUnit: (unit) => (this.unit = unit),
          },
        )}
        ${renderChoices('Material', 'material', options.materials, material?.code ?? '', (code) => (this.material = code))}
        ${renderChoices('Finish', 'finish', finishes, finish?.code ?? '', (code) => (this.finish = code))}
        ${renderQuantityPicker(options.quantityTiers, options.maxQuantity, this.quantity, this.quote, this.invalid, (quantity) => (this.quantity = quantity))}
        ${renderQuoteSummary({ quote: this.quote, updating: this.quoting, error: this.quoteError })}
        <button part="add-to-cart button" class="button add" type="submit" aria-describedby="why" ?disabled=${!ready || !design.upload || this.adding}>
          ${this.adding ? 'Adding…' : 'Add to cart'}
        </button>
        <p id="why" class="hint">${why}</p>
        <p part="add-error" class="error" role="alert">${this.addError}</p>
      </form>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sticker-configurator': StickerConfigurator;
  }
}
