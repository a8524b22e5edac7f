import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { locateFonts, type FontPaths } from './fonts';

let configuredFor: string | undefined;

/**
 * pdfmake set up once per font location: only the two Noto Sans SC weights (regular, bold — italics
 * map to them so no other file is ever opened), no URL access at all, and local access only to the
 * two font files.
 */
function configure(fonts: FontPaths): void {
  if (configuredFor === fonts.normal) return;
  pdfmake.setFonts({ NotoSansSC: { normal: fonts.normal, bold: fonts.bold, italics: fonts.normal, bolditalics: fonts.bold } });
  pdfmake.setUrlAccessPolicy(() => false);
  const allowed = new Set([fonts.normal, fonts.bold]);
  pdfmake.setLocalAccessPolicy((p) => allowed.has(p));
  configuredFor = fonts.normal;
}

/**
 * A PDF from a document definition, with Noto Sans SC as the default font (subset and embedded).
 * `progress` hears the share of pages written (0–1) once the layout is done; the layout itself says nothing.
 */
export async function renderPdf(doc: TDocumentDefinitions, fonts: FontPaths = locateFonts(), progress?: (share: number) => void): Promise<Buffer> {
  configure(fonts);
  pdfmake.setProgressCallback(progress ?? (() => undefined));
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    ...doc,
    defaultStyle: { font: 'NotoSansSC', fontSize: 10, lineHeight: 1.25, ...doc.defaultStyle },
  };
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return Buffer.from(buffer);
}
