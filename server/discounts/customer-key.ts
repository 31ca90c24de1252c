/** Mail hosts that ignore dots in the local part: a.b@gmail.com and ab@gmail.com are one mailbox. */
const DOTLESS_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * Who a once-per-customer code counts as having used it: the mailbox behind the email, so that
 * ada+2@example.com or A.da@gmail.com is the same customer as ada@example.com or ada@gmail.com.
 * Lowercased; the `+tag` dropped; dots dropped for Gmail, whose two domains are one. Only this check
 * uses it: the order keeps the email as typed.
 */
export function customerKey(email: string): string {
  const lower = email.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at < 1) return lower;
  let local = lower.slice(0, at);
  let domain = lower.slice(at + 1);
  local = local.replace(/\+.*$/, '') || local;
  if (DOTLESS_DOMAINS.has(domain)) {
    local = local.replaceAll('.', '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}
