import type { Money, Product } from '../../sdk/index.ts';
import { mediaUrl } from '../shared/media-url.ts';

/** The product's price as schema.org wants it: a decimal string in major units ("12.50"). */
function decimal(money: Money): string {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  return (money.amount / 10 ** digits).toFixed(digits);
}

const availability = (soldOut: boolean) => `https://schema.org/${soldOut ? 'OutOfStock' : 'InStock'}`;

/** schema.org Product with its offers and aggregate rating, so search engines can show price and stars. */
export function productJsonLd(product: Product, apiUrl: string, pageUrl: string): Record<string, unknown> {
  const variants = product.variants;
  const soldOut = variants.every((variant) => variant.stock.state === 'sold_out');
  const prices = variants.map((variant) => variant.price);
  const low = prices.reduce((a, b) => (b.amount < a.amount ? b : a), product.price);
  const high = prices.reduce((a, b) => (b.amount > a.amount ? b : a), product.priceMax);
  const offers =
    variants.length > 1 && high.amount > low.amount
      ? {
          '@type': 'AggregateOffer',
          lowPrice: decimal(low),
          highPrice: decimal(high),
          priceCurrency: low.currency,
          offerCount: variants.length,
          availability: availability(soldOut),
          url: pageUrl,
        }
      : {
          '@type': 'Offer',
          price: decimal(low),
          priceCurrency: low.currency,
          availability: availability(soldOut),
          url: pageUrl,
        };
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    '@id': `${pageUrl}#product`,
    name: product.title,
    description: product.description,
    sku: variants[0]?.sku,
    category: product.category.name,
    image: product.images.map((image) => new URL(mediaUrl(image.url, apiUrl), pageUrl).href),
    offers,
    ...(product.rating !== null && product.reviewCount > 0
      ? {
          aggregateRating: {
            '@type': 'AggregateRating',
            ratingValue: product.rating,
            reviewCount: product.reviewCount,
            bestRating: 5,
            worstRating: 1,
          },
        }
      : {}),
  };
}

/**
 * Puts the product's JSON-LD into the host page's head (search engines read the page, not shadow roots), one
 * script per element; answers the removal. textContent is never parsed as HTML, so a title cannot end the script.
 */
export function publishJsonLd(owner: string, data: Record<string, unknown>): () => void {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.storeletProduct = owner;
  script.textContent = JSON.stringify(data);
  document.head.append(script);
  return () => script.remove();
}
