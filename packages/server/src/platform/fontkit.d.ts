// fontkit (pdfkit's font parser) ships no types: pdf.ts only parses its two fonts with it once and
// hands them to pdfkit, which lays text out with any object that has `layout`.
declare module 'fontkit' {
  export interface Font {
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array): Font;
}
