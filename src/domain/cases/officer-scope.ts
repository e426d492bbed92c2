/**
 * What an officer may see. An officer handles some e-services (directly or
 * through a group); on a restricted assignment they see only the cases
 * assigned to them. Admins see every case of their municipality. Nothing
 * ever crosses municipalities: the scope is tied to one.
 */
export interface OfficerScope {
  municipalityId: string;
  userId: string;
  isAdmin: boolean;
  /** E-services handled, and whether only assigned cases are visible. */
  eServices: ReadonlyMap<string, { restricted: boolean }>;
}

export interface CaseAccessFacts {
  municipalityId: string;
  eServiceId: string;
  /** Officers the case is assigned to. */
  officerIds: readonly string[];
}

export function canSeeCase(scope: OfficerScope, c: CaseAccessFacts): boolean {
  if (c.municipalityId !== scope.municipalityId) return false;
  if (scope.isAdmin) return true;
  const handled = scope.eServices.get(c.eServiceId);
  if (!handled) return false;
  return !handled.restricted || c.officerIds.includes(scope.userId);
}

/** E-services whose cases the officer sees in full (not only assigned ones). */
export function fullyHandled(scope: OfficerScope): string[] {
  return [...scope.eServices].filter(([, v]) => !v.restricted).map(([id]) => id);
}

/** E-services where the officer sees only the cases assigned to them. */
export function restrictedTo(scope: OfficerScope): string[] {
  return [...scope.eServices].filter(([, v]) => v.restricted).map(([id]) => id);
}
