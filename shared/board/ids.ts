const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A random id for a team, note or link: 12 base-36 characters (62 bits).
 * Uses getRandomValues, which unlike randomUUID also works on plain-http LAN origins.
 */
export function newId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % 36];
  return id;
}
