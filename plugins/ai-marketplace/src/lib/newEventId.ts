/**
 * A fresh client-side id for a write the backend de-duplicates (reuse events,
 * experiments, curation decisions, exemptions): a retried request then
 * records nothing twice. `crypto.randomUUID` only exists in secure contexts
 * (https or localhost), so a plain-http portal falls back to random bytes.
 */
export function newEventId(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}
