// Random bearer tokens (session cookies, invitation links). Only their SHA-256 is stored.
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 is enough for 256 random bits (no password stretching); the one-shot hash is the cheapest. */
export function tokenHash(token: string): string {
  return hash('sha256', token, 'hex');
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
