import { describe, expect, it } from 'vitest';
import { documentTitle, pdfYear } from '../../../lib/pdf/title';

describe('documentTitle', () => {
  it('uses the PDF’s own title', () => {
    expect(documentTitle('Better Care Fund plan 2025-26', 'file')).toBe('Better Care Fund plan 2025-26');
  });

  it('strips what Word puts around it', () => {
    expect(documentTitle('Microsoft Word - HOSC report Jan.docx', 'file')).toBe('HOSC report Jan');
  });

  it('falls back to the file name for an empty or placeholder title', () => {
    expect([documentTitle('', 'file'), documentTitle('Untitled', 'file'), documentTitle(undefined, 'file')]).toEqual([
      'file',
      'file',
      'file',
    ]);
  });

  it('falls back for a title that is a path', () => {
    expect(documentTitle('C:\\Users\\clerk\\agenda.doc', 'file')).toBe('file');
  });
});

describe('pdfYear', () => {
  it('reads the year from a PDF date', () => {
    expect(pdfYear("D:20160415093000+01'00'")).toBe(2016);
  });

  it('has no year for a date it cannot read', () => {
    expect([pdfYear('yesterday'), pdfYear(42)]).toEqual([undefined, undefined]);
  });
});
