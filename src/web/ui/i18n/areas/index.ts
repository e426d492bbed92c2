import { errorMessages } from './errors.ts';
import { layoutMessages } from './layout.ts';

/** Every area's texts. Add an area here when you add its file. */
export const AREAS = [layoutMessages, errorMessages] as const;
