// pdfkit 0.20 understands these options; @types/pdfkit 0.17 does not list them yet.
declare namespace PDFKit.Mixins {
  interface StructureElementOptions {
    /** Header cell scope, written as the structure element's /Scope table attribute. */
    scope?: 'Row' | 'Column' | 'Both';
  }
}
