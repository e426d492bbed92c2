// fontkit ships no types. pdfkit accepts a parsed fontkit font wherever it takes a font file
// (anything with a `layout` method); this is the part of the API the project calls itself.
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, features?: string[]): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
