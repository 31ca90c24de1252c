// Shows one product when the URL names it (?product=handle), the catalog otherwise. The links come
// from <product-grid product-href>, so the back button and shared links just work.
const params = new URLSearchParams(location.search);
const handle = params.get('product');
const grid = document.querySelector('product-grid');
if (params.get('category')) grid.setAttribute('category', params.get('category'));
if (params.get('q')) grid.setAttribute('query', params.get('q'));
if (handle) {
  document.querySelector('product-detail').setAttribute('product', handle);
  document.getElementById('detail').hidden = false;
  document.getElementById('catalog').hidden = true;
  document.getElementById('hero').hidden = true;
}
