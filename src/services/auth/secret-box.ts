import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encrypts secrets we must keep and use again (an OIDC client secret), so a
 * copy of the database alone does not reveal them. AES-256-GCM with a key
 * derived by HKDF-SHA256 from the platform's SESSION_SECRET and a purpose,
 * so each kind of secret has its own key. `context` (e.g. the municipality
 * id) is authenticated with the ciphertext: a value copied to another row
 * does not open.
 *
 * Sealed form: `v1.<base64url(iv 12 bytes | tag 16 bytes | ciphertext)>`.
 * Changing SESSION_SECRET makes sealed values unreadable: enter them again.
 */

const VERSION = 'v1';
const SALT = 'ingang/secret-box/v1';

export interface SecretBox {
  seal(plain: string, context: string): string;
  /** Throws when the value was not sealed with this key and context. */
  open(sealed: string, context: string): string;
}

export function createSecretBox(masterSecret: string, purpose: string): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', masterSecret, SALT, purpose, 32));
  return {
    seal(plain, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    open(sealed, context) {
      const [version, payload] = sealed.split('.');
      if (version !== VERSION || !payload) throw new Error('Not a sealed secret of a known version');
      const raw = Buffer.from(payload, 'base64url');
      if (raw.length < 28) throw new Error('Sealed secret is truncated');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
