// Shows the order after payment (?storelet_order=…), one product when the URL names it (?product=handle),
// the catalog otherwise. The links come from <product-grid product-href>, so the back button and shared
// links just work.
const params = new URLSearchParams(location.search);
const handle = params.get('product');
const grid = document.querySelector('product-grid');
if (params.get('category')) grid.setAttribute('category', params.get('category'));
if (params.get('q')) grid.setAttribute('query', params.get('q'));

function showOnly(id) {
  for (const section of document.querySelectorAll('main > section')) section.hidden = section.id !== id;
}

const shopName = document.title;

/** The view's heading and the tab's title: the product's own name once the shop answers. */
async function nameProductPage(handle) {
  const heading = document.querySelector('#detail-title');
  try {
    // The shop the script tag names (data-api), else the one it was loaded from, as storelet.js does.
    const script = document.querySelector('script[src$="storelet.js"]');
    const apiUrl = script?.dataset.api || new URL(script?.src ?? '/', location.href).origin;
    const response = await fetch(`${apiUrl}/api/products/${encodeURIComponent(handle)}`);
    const product = response.ok ? await response.json() : null;
    heading.textContent = product?.title ?? 'Product not found';
  } catch {
    heading.textContent = 'Product';
  }
  document.title = `${heading.textContent} — ${shopName}`;
}

// A review-request link names the order too (it proves the purchase), but opens the product's review form.
if (params.get('storelet_order') && !params.get('storelet_review')) {
  showOnly('order');
  document.title = `Your order — ${shopName}`;
} else if (handle) {
  document.querySelector('product-detail').setAttribute('product', handle);
  showOnly('detail');
  void nameProductPage(handle);
}
