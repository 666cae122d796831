import { createHash, randomBytes } from 'node:crypto';

/** A random URL-safe token (cookies, mailed links) and the SHA-256 we store instead of it. */
export const newToken = () => randomBytes(32).toString('base64url');
export const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');
