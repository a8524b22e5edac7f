import { z } from 'zod';

/**
 * Files the user hands to main (an import spreadsheet, a backup bundle) travel as base64 inside the
 * channel's JSON input, over both transports. These caps bound them on both: the schemas refuse a
 * longer string, and browser mode's server accepts a body this large only on these channels (every
 * other call stays under its 1 MB cap).
 */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;
/** A 10,000-entity portfolio's bundle is about 10–15 MB; room for several times that. */
export const MAX_BUNDLE_FILE_BYTES = 64 * 1024 * 1024;

const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

/** A file as base64, at most `maxBytes` once decoded. */
export const base64File = (maxBytes: number) =>
  z.string().min(1).max(base64Length(maxBytes), `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);

/** Request bodies browser mode accepts per upload channel: the file's base64 plus room for the rest of the input. */
export const UPLOAD_BODY_LIMITS: Readonly<Record<string, number>> = {
  'import:preview': base64Length(MAX_IMPORT_FILE_BYTES) + 64 * 1024,
  'bundle:preview': base64Length(MAX_BUNDLE_FILE_BYTES) + 64 * 1024,
};
