/** Where the e-service builder lives, under the municipality's base path. */
export const BUILDER_PATH = '/handlaggare/bygg';

/** The builder's start page, a page below it (`rest`), or a page of one e-service. */
export const builderPath = (eServiceId?: string, rest = ''): string =>
  eServiceId ? `${BUILDER_PATH}/${encodeURIComponent(eServiceId)}${rest}` : `${BUILDER_PATH}${rest}`;
