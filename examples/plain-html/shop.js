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

if (params.get('storelet_order')) {
  showOnly('order');
} else if (handle) {
  document.querySelector('product-detail').setAttribute('product', handle);
  showOnly('detail');
}
