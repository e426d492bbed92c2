import type { MunicipalityService } from '../../services/municipalities.ts';

/** Paths that belong to the platform, not to a municipality. */
const GLOBAL_PREFIXES = ['/assets/', '/healthz', '/readyz', '/dev-idp', '/auth/', '/favicon.ico'];

/**
 * A municipality may have its own host name (e-tjanster.kommun.se). Requests
 * to it are rewritten to the municipality's path prefix before routing, so
 * one set of routes serves both forms of address.
 */
export function tenantUrlRewriter(municipalities: MunicipalityService) {
  return (rawUrl: string, host: string | undefined): string => {
    if (!host) return rawUrl;
    const m = municipalities.cachedByHost(host.split(':')[0] ?? host);
    if (!m) return rawUrl;
    if (GLOBAL_PREFIXES.some((p) => rawUrl.startsWith(p))) return rawUrl;
    return `/${m.slug}${rawUrl === '/' ? '/' : rawUrl}`;
  };
}
