// The account page shows the view its URL names (?view=sign-up), so links elsewhere can open one directly.
const view = new URLSearchParams(location.search).get('view');
const panel = document.querySelector('account-panel');
if (view && panel) panel.setAttribute('view', view);
