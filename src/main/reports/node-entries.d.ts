/**
 * The Node entry points of pdfmake and exceljs, imported by path: their package.json `browser`
 * field points at browser bundles, which the Node bundles (vite.node-lib.mts resolves `browser`
 * first) would otherwise inline — pdfmake's lacks setLocalAccessPolicy and reads no local fonts.
 */
declare module 'pdfmake/js/index.js' {
  import * as pdfmake from 'pdfmake';
  export default pdfmake;
}

declare module 'exceljs/excel.js' {
  import ExcelJS from 'exceljs';
  export default ExcelJS;
}
