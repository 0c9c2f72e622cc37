// "Remember my email address on this device": a returning user types only the password. Kept in
// this browser's storage, only when the user asks for it, and forgotten when they untick it.
const STORAGE_KEY = 'tildel.email';

export function rememberedEmail(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage unavailable (private mode)
  }
}

/** Remembers the address, or forgets it with null. */
export function rememberEmail(email: string | null): void {
  try {
    if (email === null) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, email);
  } catch {
    // Storage may be unavailable; the user then types the address next time.
  }
}
