/** The types and constants of staff login through a municipality's OIDC directory (staff-directory.ts). */
import type { StaffPrincipal, StaffRole } from '../../domain/staff/roles.ts';
import type { OidcChecks } from '../../integrations/identity/oidc-client.ts';
import type { DirectoryClaim } from '../../integrations/identity/staff-oidc.ts';

export const STAFF_DIRECTORY_CALLBACK_PATH = '/auth/staff-callback';

/** Roles a directory may hand out by itself. Admins are always appointed by name. */
export const PROVISIONABLE_ROLES = ['developer', 'officer'] as const satisfies readonly StaffRole[];

export interface StaffDirectoryInput {
  /** Shown on the login button: "Logga in med {displayName}". */
  displayName: string;
  /** Issuer identifier, e.g. https://login.microsoftonline.com/<tenant>/v2.0 */
  issuer: string;
  clientId: string;
  /** Required the first time; leave out to keep the stored secret. */
  clientSecret?: string;
  /** Which claim identifies the person; `email` unless given. */
  matchClaim?: DirectoryClaim;
  /** Create accounts for unknown people of the directory; off unless given. */
  autoProvision?: boolean;
  /** Roles of accounts created that way; `officer` unless given. */
  provisionRoles?: StaffRole[];
}

/** The settings as anyone may see them: without the client secret. */
export interface StaffDirectorySettings {
  municipalityId: string;
  displayName: string;
  issuer: string;
  clientId: string;
  matchClaim: DirectoryClaim;
  autoProvision: boolean;
  provisionRoles: StaffRole[];
  updatedAt: Date;
}

export type StaffDirectoryField = keyof StaffDirectoryInput;
export interface StaffDirectoryProblem {
  field: StaffDirectoryField;
  code: 'required' | 'invalid' | 'insecure' | 'notAllowed' | 'tooLong';
}

export type ConfigureResult =
  | { ok: true; settings: StaffDirectorySettings }
  | { ok: false; problems: StaffDirectoryProblem[] };

/** Kept in the session between leaving for the directory and coming back. */
export interface PendingDirectoryLogin extends OidcChecks {
  municipalityId: string;
  redirectUri: string;
  returnTo: string;
}

export type DirectoryLoginFailure =
  | 'notConfigured'
  | 'cancelled'
  | 'rejected'
  | 'unavailable'
  | 'missingClaim'
  | 'unknownUser'
  | 'deactivated'
  | 'conflict';

export type DirectoryLoginResult =
  | { ok: true; principal: StaffPrincipal; provisioned: boolean }
  /**
   * `identifiedAs`: the claim value the directory gave, to show the person
   * who they were; `detail`: what went wrong, for the log only.
   */
  | { ok: false; reason: DirectoryLoginFailure; identifiedAs?: string; detail?: string };

export type StartDirectoryLoginResult =
  | { ok: true; redirectUrl: string; pending: PendingDirectoryLogin }
  | { ok: false; reason: 'notConfigured' | 'unavailable'; detail?: string };

export interface StaffDirectoryOptions {
  /** SESSION_SECRET; the client secrets' key is derived from it. */
  sessionSecret: string;
  /** PUBLIC_URL; the callback is PUBLIC_URL/auth/staff-callback (on the municipality's own host name if it has one). */
  publicUrl: string;
  /** Accept an http issuer on loopback (development and tests only). */
  allowInsecure: boolean;
}
