import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares a request's `Authorization: Bearer …` with the admin token in constant time. */
export function isAuthorized(header: string | undefined, adminToken: string | null): boolean {
  if (!adminToken || !header?.startsWith('Bearer ')) return false;
  // Hash both sides so the comparison takes the same time whatever the lengths.
  const given = createHash('sha256').update(header.slice(7).trim()).digest();
  const expected = createHash('sha256').update(adminToken).digest();
  return timingSafeEqual(given, expected);
}
