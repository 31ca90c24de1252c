// The payment page sends the shopper back here with ?storelet_order=…&storelet_token=…: show the order
// (the <order-status> element reads those parameters itself) instead of the configurator.
if (new URLSearchParams(location.search).get('storelet_order')) {
  document.getElementById('order').hidden = false;
  document.getElementById('make').hidden = true;
}
