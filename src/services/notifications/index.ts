import type { Db } from '../../db/database.ts';
import { createDeadLetterService } from '../outbox/dead-letters.ts';
import { createNotifyContactService } from './applicant-contact.ts';
import { createBroadcastService } from './broadcasts.ts';
import { recordDownload } from './receipts.ts';
import { createNotificationSettingsService } from './settings.ts';
import { createTemplateService } from './templates.ts';

export { notifyMessageToApplicant, notifyStatusChanged } from './enqueue-notifications.ts';
export {
  notifyCaseAssigned,
  notifyGroupAssigned,
  notifyInternalNote,
  notifyMessageFromApplicant,
  notifyOfficersStatusChanged,
  notifySupplementSubmitted,
} from './officer-notifications.ts';

/** Notifications as the rest of the app sees them: templates, settings, broadcasts, receipts, and the admins' failed list. */
export function createNotificationServices(db: Db, publicUrl: string) {
  return {
    templates: createTemplateService(db, publicUrl),
    settings: createNotificationSettingsService(db),
    deadLetters: createDeadLetterService(db),
    broadcasts: createBroadcastService(db, publicUrl),
    applicantContact: createNotifyContactService(db),
    receipts: {
      /** The applicant downloaded a document of the case: the officers' receipt, the first time. */
      documentDownloaded: (
        c: { municipalityId: string; caseId: string },
        fileId: string,
        actorName: string | null,
      ) => recordDownload(db, { ...c, fileId, actorName }),
    },
  };
}

export type NotificationServices = ReturnType<typeof createNotificationServices>;
