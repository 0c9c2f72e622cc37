// Sealed bids: envelope encryption. Each call-off has its own data key (AES-256-GCM) that seals
// its bids; the data key is stored only wrapped (AES-256-GCM) under the master key from
// configuration. The bidder's receipt is the SHA-256 of exactly what was sealed. How this is run
// and what an operator must keep safe: docs/security.md, "Sealed bids".
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createSecretKey,
  randomBytes,
  randomFillSync,
  type CipherGCMTypes,
  type KeyObject,
} from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, type Config } from '../config.ts';
import { canonicalJson } from './canonical-json.ts';

const ALGORITHM: CipherGCMTypes = 'aes-256-gcm';
const KEY_BYTES = 32;
/** 96-bit IVs, random per encryption: with at most a few thousand bids per key, far from a clash. */
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** The demo master key's file in the data dir. */
export const DEMO_MASTER_KEY_FILE = 'master-key.base64';

export interface MasterKey {
  /** Names the key without revealing it, so a wrapped key says which master key it needs. */
  readonly id: string;
  readonly key: Buffer;
}

/** A call-off's data key as stored: base64 of IV ‖ tag ‖ encrypted key, and its master key's id. */
export interface WrappedDataKey {
  readonly wrapped: string;
  readonly keyId: string;
}

/** Which bid a ciphertext belongs to; bound into it, so it cannot be moved to another bid. */
export interface BidIds {
  readonly callOffId: string;
  readonly bidId: string;
}

/** Base64 fields, ready for text columns in both drivers. */
export interface SealedBid {
  readonly iv: string;
  readonly ciphertext: string;
  readonly authTag: string;
}

/** What is sealed: the bid, the server's receipt time, and a salt (see bidReceipt). */
export interface OpenedBid {
  readonly bid: unknown;
  readonly receivedAt: string;
  readonly salt: string;
}

export interface BidReceipt {
  /** Hex SHA-256 of the canonical JSON of the OpenedBid. */
  readonly sha256: string;
  readonly receivedAt: string;
}

export type SealErrorReason = 'other_master_key' | 'not_authentic' | 'malformed';

/** A refusal to open; the message names the cause but never any content. */
export class SealError extends Error {
  readonly reason: SealErrorReason;
  constructor(reason: SealErrorReason, message: string) {
    super(message);
    this.name = 'SealError';
    this.reason = reason;
  }
}

// ---- master key -------------------------------------------------------------------------------

export function masterKey(key: Buffer): MasterKey {
  if (key.length !== KEY_BYTES) throw new RangeError('A master key has 32 bytes');
  // A fingerprint of a random 256-bit key gives nothing away and cannot drift from the key.
  const id = createHash('sha256').update('tildel-master-key-id').update(key).digest('hex');
  return { id: id.slice(0, 16), key };
}

/**
 * The master key of this installation: MASTER_KEY when set. Without it, in demo mode only, a key
 * is generated once and kept in the data dir, so the demo's sealed bids open after a restart;
 * outside demo mode Tildel refuses to seal rather than use a key nobody chose. Call it once at
 * start and keep the result (an in-memory demo database gets a new key per call).
 */
export function masterKeyFor(
  config: Pick<Config, 'masterKey' | 'demoMode' | 'dataDir'>,
): MasterKey {
  if (config.masterKey !== undefined) return masterKey(config.masterKey);
  if (!config.demoMode)
    throw new ConfigError('MASTER_KEY is required when DEMO_MODE is off (openssl rand -base64 32)');
  // An in-memory database forgets its bids at exit, so its key need not outlive the process.
  if (config.dataDir.startsWith('memory://')) return masterKey(randomBytes(KEY_BYTES));
  const file = join(config.dataDir, DEMO_MASTER_KEY_FILE);
  mkdirSync(config.dataDir, { recursive: true });
  try {
    // 'wx': when two processes start at once, one writes and the other reads its key.
    writeFileSync(file, `${randomBytes(KEY_BYTES).toString('base64')}\n`, {
      flag: 'wx',
      mode: 0o600,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new ConfigError(`${file} does not hold a 32-byte key`);
  return masterKey(key);
}

// ---- AES-256-GCM --------------------------------------------------------------------------------

/**
 * Fresh random bytes for IVs and salts, handed out from 4 KiB the CSPRNG filled at once, each
 * byte once (a refill is a new buffer, so what was handed out never changes). Every randomBytes
 * call makes a system call (OpenSSL's check of the process id), expensive on this kind of
 * virtual machine: a bid drew twice, about 13 µs of the app's CPU against 0.5 µs from the pool.
 */
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let pooled = 0;
function freshRandomBytes(n: number): Buffer {
  if (pooled + n > pool.length) {
    pool = randomFillSync(Buffer.allocUnsafeSlow(POOL_BYTES));
    pooled = 0;
  }
  pooled += n;
  return pool.subarray(pooled - n, pooled);
}

function encrypt(key: Buffer | KeyObject, plaintext: Buffer, aad: Buffer) {
  const iv = freshRandomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ciphertext, authTag: cipher.getAuthTag() };
}

function decrypt(
  key: Buffer | KeyObject,
  parts: { iv: Buffer; ciphertext: Buffer; authTag: Buffer },
  aad: Buffer,
  what: string,
): Buffer {
  if (parts.iv.length !== IV_BYTES || parts.authTag.length !== TAG_BYTES)
    throw new SealError('malformed', `The ${what} is not a sealed value of this format`);
  const decipher = createDecipheriv(ALGORITHM, key, parts.iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(parts.authTag);
  try {
    return Buffer.concat([decipher.update(parts.ciphertext), decipher.final()]);
  } catch {
    throw new SealError(
      'not_authentic',
      `The ${what} does not open: it was altered, moved from where it was sealed, or sealed under another key`,
    );
  }
}

/** Labels with a version, so a value sealed for one purpose never opens for another. */
function dataKeyAad(keyId: string): Buffer {
  return Buffer.from(canonicalJson(['tildel-data-key-v1', keyId]));
}

function bidAad(ids: BidIds): Buffer {
  return Buffer.from(canonicalJson(['tildel-bid-v1', ids.callOffId, ids.bidId]));
}

// ---- data keys ----------------------------------------------------------------------------------

/** A fresh data key for a new call-off, returned only wrapped: unwrap it when it is needed. */
export function newDataKey(master: MasterKey): WrappedDataKey {
  const dataKey = randomBytes(KEY_BYTES);
  const { iv, ciphertext, authTag } = encrypt(master.key, dataKey, dataKeyAad(master.id));
  return {
    wrapped: Buffer.concat([iv, authTag, ciphertext]).toString('base64'),
    keyId: master.id,
  };
}

/**
 * Data keys already unwrapped, per master key and by the wrapped bytes. A bid is sealed under its
 * call-off's data key on every submission, so during a tender the same key is unwrapped again and
 * again (a decipher and a new key object per request). Keeping it is sound: the master key that
 * unwraps every data key lives in the process for its whole life anyway, so holding a data key a
 * while longer exposes nothing more; only a successful unwrapping is kept, under exactly the
 * wrapped value and master key it came from (a tampered or foreign wrapped key is not in the cache
 * and is refused as before); and the cache is bounded, the oldest entry leaving first.
 */
const unwrapped = new WeakMap<MasterKey, Map<string, DataKey>>();
const UNWRAPPED_KEPT = 1000;

/**
 * A call-off's data key, unwrapped, as a key object: given raw bytes, Node's cipher checks them and
 * makes a key object of its own on every encryption (about two thirds of a bid's sealing).
 */
export type DataKey = KeyObject;

/** The call-off's data key, shared with later callers. */
export function unwrapDataKey(master: MasterKey, stored: WrappedDataKey): DataKey {
  let kept = unwrapped.get(master);
  const known = stored.keyId === master.id ? kept?.get(stored.wrapped) : undefined;
  if (known) return known;
  const key = createSecretKey(unwrapOnce(master, stored));
  if (!kept) unwrapped.set(master, (kept = new Map()));
  if (kept.size >= UNWRAPPED_KEPT) kept.delete(kept.keys().next().value as string);
  kept.set(stored.wrapped, key);
  return key;
}

function unwrapOnce(master: MasterKey, stored: WrappedDataKey): Buffer {
  if (stored.keyId !== master.id)
    throw new SealError(
      'other_master_key',
      `The data key was wrapped under master key ${stored.keyId}, not the configured ${master.id}`,
    );
  const bytes = Buffer.from(stored.wrapped, 'base64');
  const parts = {
    iv: bytes.subarray(0, IV_BYTES),
    authTag: bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES),
    ciphertext: bytes.subarray(IV_BYTES + TAG_BYTES),
  };
  if (parts.ciphertext.length !== KEY_BYTES)
    throw new SealError('malformed', 'The wrapped data key is not a sealed value of this format');
  return decrypt(master.key, parts, dataKeyAad(master.id), 'wrapped data key');
}

// ---- bids ---------------------------------------------------------------------------------------

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Seals a bid and gives its receipt. The receipt time is sealed with the bid, so it cannot be
 * changed unnoticed; the random salt keeps the receipt's hash from revealing a guessable bid
 * (a price alone could be found by hashing every candidate), so a receipt may be shown and logged.
 */
export function sealBid(
  dataKey: DataKey,
  ids: BidIds,
  bid: unknown,
  receivedAt: Date,
): { sealed: SealedBid; receipt: BidReceipt } {
  const opened: OpenedBid = {
    bid,
    receivedAt: receivedAt.toISOString(),
    salt: freshRandomBytes(16).toString('base64'),
  };
  const plaintext = canonicalJson(opened);
  const { iv, ciphertext, authTag } = encrypt(dataKey, Buffer.from(plaintext), bidAad(ids));
  return {
    sealed: {
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      authTag: authTag.toString('base64'),
    },
    receipt: { sha256: sha256Hex(plaintext), receivedAt: opened.receivedAt },
  };
}

export function openBid(dataKey: DataKey, ids: BidIds, sealed: SealedBid): OpenedBid {
  const plaintext = decrypt(
    dataKey,
    {
      iv: Buffer.from(sealed.iv, 'base64'),
      ciphertext: Buffer.from(sealed.ciphertext, 'base64'),
      authTag: Buffer.from(sealed.authTag, 'base64'),
    },
    bidAad(ids),
    'sealed bid',
  );
  return JSON.parse(plaintext.toString('utf8')) as OpenedBid;
}

/** Whether an opened bid is exactly what the receipt was given for, at the time it states. */
export function verifyReceipt(opened: OpenedBid, receipt: BidReceipt): boolean {
  return (
    opened.receivedAt === receipt.receivedAt && sha256Hex(canonicalJson(opened)) === receipt.sha256
  );
}

// ---- configuration secrets ------------------------------------------------------------------------

/** A secret an installation keeps for a third party (an identity provider's client secret). */
export interface SealedSecret {
  /** base64 of IV ‖ tag ‖ ciphertext. */
  readonly sealed: string;
  readonly keyId: string;
}

/** `purpose` and `ownerId` are bound in, so a sealed secret cannot be moved to another owner. */
function secretAad(keyId: string, purpose: string, ownerId: string): Buffer {
  return Buffer.from(canonicalJson(['tildel-secret-v1', keyId, purpose, ownerId]));
}

export function sealSecret(
  master: MasterKey,
  purpose: string,
  ownerId: string,
  secret: string,
): SealedSecret {
  const { iv, ciphertext, authTag } = encrypt(
    master.key,
    Buffer.from(secret, 'utf8'),
    secretAad(master.id, purpose, ownerId),
  );
  return { sealed: Buffer.concat([iv, authTag, ciphertext]).toString('base64'), keyId: master.id };
}

export function openSecret(
  master: MasterKey,
  purpose: string,
  ownerId: string,
  stored: SealedSecret,
): string {
  if (stored.keyId !== master.id)
    throw new SealError(
      'other_master_key',
      `The secret was sealed under master key ${stored.keyId}, not the configured ${master.id}`,
    );
  const bytes = Buffer.from(stored.sealed, 'base64');
  const parts = {
    iv: bytes.subarray(0, IV_BYTES),
    authTag: bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES),
    ciphertext: bytes.subarray(IV_BYTES + TAG_BYTES),
  };
  return decrypt(
    master.key,
    parts,
    secretAad(master.id, purpose, ownerId),
    'sealed secret',
  ).toString('utf8');
}
