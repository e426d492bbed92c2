import { authMessages } from './auth.ts';
import { builderMessages } from './builder.ts';
import { builderConditionMessages } from './builder-conditions.ts';
import { builderEditorMessages } from './builder-editor.ts';
import { builderOfficerMessages } from './builder-officers.ts';
import { builderSettingsMessages } from './builder-settings.ts';
import { builderTranslationMessages } from './builder-translations.ts';
import { builderCopyMessages, builderTryMessages } from './builder-try.ts';
import { caseListMessages } from './case-list.ts';
import { casePageMessages, casePageResidentMessages } from './case-page.ts';
import { catalogueMessages } from './catalogue.ts';
import { componentMessages } from './components.ts';
import { devIdpMessages } from './dev-idp.ts';
import { errorMessages } from './errors.ts';
import { eServiceLanguageMessages } from './eservice-languages.ts';
import { exportManualMessages } from './export-manual.ts';
import { formErrorMessages } from './form-errors.ts';
import { layoutMessages } from './layout.ts';
import { municipalityPageMessages } from './municipality-pages.ts';
import { myPagesMessages } from './my-pages.ts';
import { notificationMessages } from './notifications.ts';
import { notificationResidentMessages } from './notifications-resident.ts';
import { runnerMessages } from './runner.ts';
import { staffAuthMessages } from './staff-auth.ts';
import { supplementMessages } from './supplement.ts';

/** Every area's texts. Add an area here when you add its file. */
export const AREAS = [
  layoutMessages,
  errorMessages,
  authMessages,
  staffAuthMessages,
  componentMessages,
  devIdpMessages,
  municipalityPageMessages,
  catalogueMessages,
  eServiceLanguageMessages,
  runnerMessages,
  myPagesMessages,
  formErrorMessages,
  exportManualMessages,
  supplementMessages,
  casePageMessages,
  casePageResidentMessages,
  notificationMessages,
  notificationResidentMessages,
  caseListMessages,
  builderTranslationMessages,
  builderMessages,
  builderEditorMessages,
  builderOfficerMessages,
  builderSettingsMessages,
  builderConditionMessages,
  builderTryMessages,
  builderCopyMessages,
] as const;
