/** `attachment; filename=…` with the name as uploaded, safely encoded (RFC 6266). */
export const disposition = (name: string) => `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
