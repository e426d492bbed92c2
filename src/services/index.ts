import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createStaffDirectoryService } from './auth/staff-directory.ts';
import { createStaffLogin } from './auth/staff-login.ts';
import { createAssignmentSettingsService } from './builder/assignment-settings.ts';
import { createCopyEService } from './builder/copy-eservice.ts';
import { createEServiceAdminService } from './builder/eservice-admin.ts';
import { createEServiceHandlerService } from './builder/eservice-handlers.ts';
import { createHandlingSettingsService } from './builder/handling-settings.ts';
import { createOfferedLanguagesService } from './builder/offered-languages.ts';
import { createSharingService } from './builder/sharing.ts';
import { createTranslationService } from './builder/translations.ts';
import { createTryOutService } from './builder/try-out.ts';
import { createVersionService } from './builder/versions.ts';
import { createAssignmentService } from './cases/auto-assign.ts';
import { createResidentCaseService } from './cases/resident-cases.ts';
import { createSubmitCase } from './cases/submit-case.ts';
import { createSupplementService } from './cases/supplement.ts';
import { createDraftService } from './drafts/drafts.ts';
import { createSaveStep } from './drafts/save-step.ts';
import { createEServiceService } from './eservices/eservices.ts';
import { FsBlobStore } from './files/fs-blob-store.ts';
import { createStoredFileService } from './files/stored-files.ts';
import { createMunicipalityService } from './municipalities.ts';
import { createNotificationServices } from './notifications/index.ts';
import { createOfficerCaseService } from './officer/case-actions.ts';
import { createCaseListService } from './officer/case-list.ts';
import { createExcelExportService } from './officer/export-excel.ts';
import { createManualCaseService } from './officer/manual-case.ts';
import { createSessionService } from './sessions.ts';
import { createStaffUserService } from './staff-users.ts';

/** The composition root of the service layer: one place wires db -> services. */
export function createServices(database: DatabaseHandle, config: Config) {
  const { db } = database;
  const municipalities = createMunicipalityService(db);
  const staffUsers = createStaffUserService(db);
  const eServices = createEServiceService(db);
  const drafts = createDraftService(db, eServices);
  // One blob store for every service that keeps files.
  const blobs = new FsBlobStore(config.filesDir);
  const storedFiles = createStoredFileService(db, blobs);
  return {
    db,
    databaseKind: database.kind,
    municipalities,
    staffUsers,
    staffLogin: createStaffLogin(db, staffUsers),
    staffDirectory: createStaffDirectoryService(db, {
      sessionSecret: config.sessionSecret,
      publicUrl: config.publicUrl,
      allowInsecure: config.env !== 'production',
    }),
    sessions: createSessionService(db, config.sessionIdleMinutes),
    eServices,
    builderEServices: createEServiceAdminService(db),
    builderSharing: createSharingService(db),
    builderTranslations: createTranslationService(db),
    builderOfferedLanguages: createOfferedLanguagesService(db),
    builderVersions: createVersionService(db, eServices),
    builderTryOut: createTryOutService(db, { drafts, blobs }),
    builderCopy: createCopyEService(db, { eServices, sharing: createSharingService(db) }),
    builderHandlers: createEServiceHandlerService(db),
    builderSettings: createHandlingSettingsService(db),
    builderAssignment: createAssignmentSettingsService(db),
    drafts,
    saveStep: createSaveStep(drafts, storedFiles),
    submitCase: createSubmitCase(db, drafts),
    residentCases: createResidentCaseService(db),
    supplements: createSupplementService(db, {
      eServices,
      residentCases: createResidentCaseService(db),
      storedFiles,
    }),
    storedFiles,
    assignment: createAssignmentService(db),
    manualCases: createManualCaseService(db),
    excelExport: createExcelExportService(db),
    officerCase: createOfficerCaseService(db, blobs, eServices),
    caseList: createCaseListService(db),
    notifications: createNotificationServices(db, config.publicUrl),
  };
}

export type Services = ReturnType<typeof createServices>;
