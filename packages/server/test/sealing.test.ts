import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import {
  DEMO_MASTER_KEY_FILE,
  masterKey,
  masterKeyFor,
  newDataKey,
  openBid,
  openSecret,
  sealBid,
  sealSecret,
  SealError,
  unwrapDataKey,
  verifyReceipt,
  type BidIds,
  type SealedBid,
} from '../src/platform/sealing.ts';

const master = masterKey(randomBytes(32));
const ids: BidIds = { callOffId: randomUUID(), bidId: randomUUID() };
const bid = {
  price: { amountMinor: 89_500, currency: 'SEK', unit: 'hour' },
  consultantId: randomUUID(),
  answers: [{ requirementId: 'r1', met: true, evidence: 'Socionomexamen 2015' }],
};
const receivedAt = new Date('2026-11-23T09:15:00.123Z');

function sealed() {
  const stored = newDataKey(master);
  const dataKey = unwrapDataKey(master, stored);
  return { stored, dataKey, ...sealBid(dataKey, ids, bid, receivedAt) };
}

/** Flips one bit of a base64 field. */
function flipped(base64: string, byte = 0): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[byte] = (bytes[byte] ?? 0) ^ 1;
  return bytes.toString('base64');
}

function refusal(open: () => unknown): SealError {
  try {
    open();
  } catch (error) {
    if (error instanceof SealError) return error;
    throw error;
  }
  throw new Error('It opened');
}

describe('sealed bids', () => {
  it('open with the call-off’s data key to exactly what was sealed', () => {
    const { dataKey, sealed: s } = sealed();
    const opened = openBid(dataKey, ids, s);
    expect(opened.bid).toEqual(bid);
    expect(opened.receivedAt).toBe('2026-11-23T09:15:00.123Z');
  });

  it('keep the price out of the ciphertext', () => {
    const { sealed: s } = sealed();
    const stored = JSON.stringify(s) + Buffer.from(s.ciphertext, 'base64').toString('latin1');
    expect(stored).not.toContain('89500');
    expect(stored).not.toContain('SEK');
  });

  it('do not open as another bid or in another call-off', () => {
    const { dataKey, sealed: s } = sealed();
    for (const other of [
      { ...ids, bidId: randomUUID() },
      { ...ids, callOffId: randomUUID() },
    ]) {
      const error = refusal(() => openBid(dataKey, other, s));
      expect(error.reason).toBe('not_authentic');
      expect(error.message).toMatch(/altered, moved .* or sealed under another key/);
    }
  });

  it('do not open once any part is altered', () => {
    const { dataKey, sealed: s } = sealed();
    const altered: SealedBid[] = [
      { ...s, ciphertext: flipped(s.ciphertext, 10) },
      { ...s, iv: flipped(s.iv) },
      { ...s, authTag: flipped(s.authTag) },
    ];
    for (const a of altered)
      expect(refusal(() => openBid(dataKey, ids, a)).reason).toBe('not_authentic');
    expect(refusal(() => openBid(dataKey, ids, { ...s, authTag: '' })).reason).toBe('malformed');
  });

  it('never share an IV or a salt, and still open after many more were sealed', () => {
    const { dataKey } = sealed();
    // 1 000 bids draw 28 random bytes each, several refills of the 4 KiB the IVs and salts come from.
    const seals = Array.from({ length: 1000 }, () => sealBid(dataKey, ids, bid, receivedAt));
    const salts = seals.map((s) => openBid(dataKey, ids, s.sealed).salt);
    expect(new Set(seals.map((s) => s.sealed.iv)).size).toBe(1000);
    expect(new Set(salts).size).toBe(1000);
    expect(new Set(salts.map((salt) => Buffer.from(salt, 'base64').length))).toEqual(new Set([16]));
    expect(new Set(seals.map((s) => Buffer.from(s.sealed.iv, 'base64').length))).toEqual(
      new Set([12]),
    );
  });

  it('do not open with another call-off’s data key', () => {
    const { sealed: s } = sealed();
    const otherKey = unwrapDataKey(master, newDataKey(master));
    expect(refusal(() => openBid(otherKey, ids, s)).reason).toBe('not_authentic');
  });

  it('never reveal content in a refusal', () => {
    const { dataKey, sealed: s } = sealed();
    const error = refusal(() => openBid(dataKey, { ...ids, bidId: 'x' }, s));
    expect(`${error.message} ${error.stack ?? ''}`).not.toContain('89500');
  });
});

describe('data keys', () => {
  it('differ per call-off, and so do their wrappings', () => {
    const a = newDataKey(master);
    const b = newDataKey(master);
    expect(a.wrapped).not.toBe(b.wrapped);
    expect(unwrapDataKey(master, a).equals(unwrapDataKey(master, b))).toBe(false);
    expect(unwrapDataKey(master, a).symmetricKeySize).toBe(32);
  });

  it('are stored only wrapped, naming the master key they need', () => {
    const stored = newDataKey(master);
    expect(stored.keyId).toBe(master.id);
    expect(stored.keyId).toMatch(/^[0-9a-f]{16}$/);
    const dataKey = unwrapDataKey(master, stored);
    expect(Buffer.from(stored.wrapped, 'base64').includes(dataKey.export())).toBe(false);
  });

  it('refuse to unwrap under another master key, saying which key they need', () => {
    const stored = newDataKey(master);
    const other = masterKey(randomBytes(32));
    const error = refusal(() => unwrapDataKey(other, stored));
    expect(error.reason).toBe('other_master_key');
    expect(error.message).toContain(master.id);
  });

  it('refuse to unwrap when the wrapping or its key id was altered', () => {
    const stored = newDataKey(master);
    expect(
      refusal(() => unwrapDataKey(master, { ...stored, wrapped: flipped(stored.wrapped, 40) }))
        .reason,
    ).toBe('not_authentic');
    // Claiming the right id for a key wrapped under another master key does not help either.
    const foreign = newDataKey(masterKey(randomBytes(32)));
    expect(refusal(() => unwrapDataKey(master, { ...foreign, keyId: master.id })).reason).toBe(
      'not_authentic',
    );
    expect(refusal(() => unwrapDataKey(master, { ...stored, wrapped: 'AAAA' })).reason).toBe(
      'malformed',
    );
  });
});

describe('configuration secrets (an identity provider’s client secret)', () => {
  const owner = randomUUID();
  const secret = 'client-secret-åäö-0123456789';

  it('open under the master key, for their purpose and owner, to what was sealed', () => {
    const stored = sealSecret(master, 'oidc-client-secret', owner, secret);
    expect(stored.keyId).toBe(master.id);
    expect(Buffer.from(stored.sealed, 'base64').toString('latin1')).not.toContain('client-secret');
    expect(openSecret(master, 'oidc-client-secret', owner, stored)).toBe(secret);
  });

  it('do not open for another owner or purpose, once altered, or under another master key', () => {
    const stored = sealSecret(master, 'oidc-client-secret', owner, secret);
    expect(
      refusal(() => openSecret(master, 'oidc-client-secret', randomUUID(), stored)).reason,
    ).toBe('not_authentic');
    expect(refusal(() => openSecret(master, 'other', owner, stored)).reason).toBe('not_authentic');
    const altered = { ...stored, sealed: flipped(stored.sealed, 20) };
    expect(refusal(() => openSecret(master, 'oidc-client-secret', owner, altered)).reason).toBe(
      'not_authentic',
    );
    const other = masterKey(randomBytes(32));
    expect(refusal(() => openSecret(other, 'oidc-client-secret', owner, stored)).reason).toBe(
      'other_master_key',
    );
  });
});

describe('the bidder’s receipt', () => {
  it('holds the SHA-256 of the sealed content and the server’s receipt time', () => {
    const { receipt } = sealed();
    expect(receipt.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(receipt.receivedAt).toBe('2026-11-23T09:15:00.123Z');
  });

  it('verifies against the opened bid', () => {
    const { dataKey, sealed: s, receipt } = sealed();
    expect(verifyReceipt(openBid(dataKey, ids, s), receipt)).toBe(true);
  });

  it('does not verify after any change to the bid or its time', () => {
    const { dataKey, sealed: s, receipt } = sealed();
    const opened = openBid(dataKey, ids, s);
    const cheaper = { ...opened, bid: { ...bid, price: { ...bid.price, amountMinor: 89_499 } } };
    expect(verifyReceipt(cheaper, receipt)).toBe(false);
    expect(verifyReceipt({ ...opened, receivedAt: '2026-11-23T09:14:00.000Z' }, receipt)).toBe(
      false,
    );
    expect(verifyReceipt(opened, { ...receipt, receivedAt: '2026-11-23T09:14:00.000Z' })).toBe(
      false,
    );
  });

  it('does not give a guessable price away: the same bid gets a different hash each time', () => {
    expect(sealed().receipt.sha256).not.toBe(sealed().receipt.sha256);
  });
});

describe('the master key from configuration', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  function dataDir(): string {
    const d = mkdtempSync(join(tmpdir(), 'tildel-sealing-'));
    dirs.push(d);
    return d;
  }

  it('is read from MASTER_KEY as 32 bytes of base64', () => {
    const key = randomBytes(32);
    const config = loadConfig({ MASTER_KEY: key.toString('base64') });
    expect(config.masterKey?.equals(key)).toBe(true);
    expect(masterKeyFor(config).key.equals(key)).toBe(true);
  });

  it('refuses a MASTER_KEY of another length or form, without echoing it', () => {
    for (const raw of [randomBytes(16).toString('base64'), 'not base64 at all!', 'A'.repeat(44)]) {
      expect(() => loadConfig({ MASTER_KEY: raw })).toThrow(ConfigError);
      expect(() => loadConfig({ MASTER_KEY: raw })).not.toThrow(raw);
    }
  });

  it('is required outside demo mode', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://unused', DATA_DIR: dataDir() });
    expect(config.demoMode).toBe(false);
    expect(() => masterKeyFor(config)).toThrow(/MASTER_KEY is required/);
  });

  it('in demo mode is generated once per data dir and then kept', () => {
    const dir = dataDir();
    const config = loadConfig({ DEMO_MODE: 'true', DATA_DIR: dir });
    const first = masterKeyFor(config);
    expect(masterKeyFor(config)).toEqual(first);
    const file = join(dir, DEMO_MASTER_KEY_FILE);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64').equals(first.key)).toBe(true);
    expect(statSync(file).mode & 0o077).toBe(0);
    // Another data dir is another installation, with its own key.
    const elsewhere = masterKeyFor(loadConfig({ DEMO_MODE: 'true', DATA_DIR: dataDir() }));
    expect(elsewhere.id).not.toBe(first.id);
  });

  it('in demo mode with an in-memory database lives only in memory', () => {
    const config = loadConfig({ DEMO_MODE: 'true', DATA_DIR: 'memory://tildel' });
    expect(masterKeyFor(config).key).toHaveLength(32);
    expect(existsSync('memory:')).toBe(false);
  });
});
