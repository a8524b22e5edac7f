/**
 * Types for importing pdfmake's and exceljs's Node entry points by path. No longer needed: the Node
 * bundles now resolve packages as Node does (vite.node-lib.mts), so `import … from 'exceljs'` bundles
 * the Node build. Kept only while src/main/services/imports still imports 'exceljs/excel.js';
 * delete this file once it imports 'exceljs'.
 */
declare module 'pdfmake/js/index.js' {
  import * as pdfmake from 'pdfmake';
  export default pdfmake;
}

declare module 'exceljs/excel.js' {
  import ExcelJS from 'exceljs';
  export default ExcelJS;
}
