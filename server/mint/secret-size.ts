/**
 * The shortest HMAC key RFC 7518 §3.2 allows: the size of the hash output. Its own module so that
 * `meetgate inspect --secret` can judge a secret without loading the minting code (jose, node:crypto).
 */
export const MIN_SECRET_BYTES: Readonly<Record<string, number>> = { HS256: 32, HS384: 48, HS512: 64 };
