import type { Db } from '../../db/database.ts';
import type { EServiceService } from '../eservices/eservices.ts';
import type { BlobStore } from '../files/blob-store.ts';
import { createAnswerEdits } from './answer-edits.ts';
import { createDeleteCase } from './case-actions-delete.ts';
import { createLabelActions } from './case-actions-labels.ts';
import { createOfficerActions } from './case-actions-officers.ts';
import { createChangeStatus } from './case-actions-status.ts';
import { createCaseView } from './case-view.ts';
import { createCaseMessages } from './messages.ts';
import { createCaseNotes } from './notes.ts';

/**
 * Everything an officer does on one case. Each action takes the acting
 * officer (principal and scope) and the case id, goes through caseForOfficer,
 * and writes its history event in the same transaction as the change.
 * Changes to the case's own state name the row_version their form was shown
 * with and answer `conflict` when it has moved on; appends (messages, notes,
 * documents) and the officer's own flag need no version.
 */
export function createOfficerCaseService(db: Db, blobs: BlobStore, eServices: EServiceService) {
  const officers = createOfficerActions(db);
  const labels = createLabelActions(db);
  return {
    view: createCaseView(db, eServices),
    messages: createCaseMessages(db),
    notes: createCaseNotes(db),
    changeStatus: createChangeStatus(db),
    setOfficers: officers.setOfficers,
    takeCase: officers.takeCase,
    setColour: labels.setColour,
    setExternalCaseNumber: labels.setExternalCaseNumber,
    setFlag: labels.setFlag,
    editAnswers: createAnswerEdits(db, eServices),
    deleteCase: createDeleteCase(db, blobs),
  };
}

export type OfficerCaseService = ReturnType<typeof createOfficerCaseService>;
