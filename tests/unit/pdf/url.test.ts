import { describe, expect, it } from 'vitest';
import {
  fileTitle,
  isAutoOpenCandidate,
  isMarkedOriginal,
  isPdfUrl,
  originalUrl,
  pageFromHash,
  readViewerRequest,
  viewerUrl,
} from '../../../lib/pdf/url';

const BASE = 'chrome-extension://abc/viewer.html';

describe('isPdfUrl', () => {
  it('takes an address whose path ends in .pdf, in any case', () => {
    expect(isPdfUrl('https://democracy.leeds.gov.uk/documents/s1234/Report.PDF')).toBe(true);
  });

  it('takes ModernGov convert-to-PDF pages, which have no .pdf in their name', () => {
    expect(isPdfUrl('https://democracy.kent.gov.uk/mgConvert2PDF.aspx?ID=42')).toBe(true);
  });

  it('refuses an ordinary web page', () => {
    expect(isPdfUrl('https://democracy.leeds.gov.uk/ieListDocuments.aspx?MId=1')).toBe(false);
  });

  it('ignores .pdf in the query, which names a parameter rather than the response', () => {
    expect(isPdfUrl('https://example.gov.uk/search?q=report.pdf')).toBe(false);
  });

  it('refuses addresses the viewer cannot fetch', () => {
    expect(isPdfUrl('file:///home/me/report.pdf')).toBe(false);
  });

  it('lets a PDF content type decide, whatever the name', () => {
    expect(isPdfUrl('https://cmis.example.gov.uk/Document.ashx?czJKcaeA=1', 'application/pdf; charset=binary')).toBe(
      true,
    );
  });

  it('lets an HTML content type overrule a .pdf name (a sign-in page at the document address)', () => {
    expect(isPdfUrl('https://x.nhs.uk/board-pack.pdf', 'text/html')).toBe(false);
  });

  it('accepts octet-stream only for a .pdf name', () => {
    expect(isPdfUrl('https://x.nhs.uk/board-pack.pdf', 'application/octet-stream')).toBe(true);
    expect(isPdfUrl('https://x.nhs.uk/download', 'application/octet-stream')).toBe(false);
  });
});

describe('viewerUrl', () => {
  it('puts the document address in src', () => {
    const url = new URL(viewerUrl('https://x.nhs.uk/a b.pdf', BASE));
    expect(url.searchParams.get('src')).toBe('https://x.nhs.uk/a%20b.pdf');
  });

  it('turns a #page= fragment into the starting page', () => {
    const url = new URL(viewerUrl('https://x.nhs.uk/a.pdf#page=12', BASE));
    expect([url.searchParams.get('src'), url.searchParams.get('page')]).toEqual(['https://x.nhs.uk/a.pdf', '12']);
  });

  it('refuses anything but a web address', () => {
    expect(() => viewerUrl('javascript:alert(1)', BASE)).toThrow(RangeError);
  });

  it('round-trips through readViewerRequest', () => {
    const src = 'https://democracy.leeds.gov.uk/documents/s1/Item 5 & 6.pdf?v=2';
    const back = readViewerRequest(new URL(viewerUrl(`${src}#page=3`, BASE)).search);
    expect(back).toEqual({ src: new URL(src).href, invalid: false, page: 3 });
  });
});

describe('readViewerRequest', () => {
  it('has no document when src is missing, so the viewer offers a file picker', () => {
    expect(readViewerRequest('')).toEqual({ invalid: false });
  });

  it('flags a src that is not a web address', () => {
    expect(readViewerRequest('?src=chrome%3A%2F%2Fsettings')).toEqual({ invalid: true });
  });

  it('ignores a page number that is not a positive whole number', () => {
    expect(readViewerRequest('?src=https%3A%2F%2Fx.nhs.uk%2Fa.pdf&page=-2').page).toBeUndefined();
  });
});

describe('pageFromHash', () => {
  it('reads page= among other viewer parameters', () => {
    expect(pageFromHash('#zoom=100&page=4')).toBe(4);
  });
});

describe('original links', () => {
  it('carry a marker the background recognises, so it does not send the reader back to the viewer', () => {
    const link = originalUrl('https://x.nhs.uk/a.pdf', 7);
    expect([link, isMarkedOriginal(link)]).toEqual(['https://x.nhs.uk/a.pdf#page=7&scrutiny-lens=original', true]);
  });

  it('an ordinary PDF link is not marked', () => {
    expect(isMarkedOriginal('https://x.nhs.uk/a.pdf#page=7')).toBe(false);
  });
});

describe('fileTitle', () => {
  it('names a document after its file, without the extension', () => {
    expect(fileTitle('https://x.gov.uk/documents/s99/Better_Care_Fund%20Plan.pdf')).toBe('Better Care Fund Plan');
  });

  it('falls back to the host for an address with no file name', () => {
    expect(fileTitle('https://x.gov.uk/')).toBe('x.gov.uk');
  });
});

describe('isAutoOpenCandidate', () => {
  const isDefault = (host: string) => host.endsWith('.gov.uk');
  const pdf = 'https://democracy.leeds.gov.uk/documents/s1/Report.pdf';

  it('takes a PDF on a default site', () => {
    expect(isAutoOpenCandidate(pdf, isDefault)).toBe(true);
  });

  it('leaves PDFs on other sites to the browser', () => {
    expect(isAutoOpenCandidate('https://example.org/report.pdf', isDefault)).toBe(false);
  });

  it('leaves "open the original" links to the browser', () => {
    expect(isAutoOpenCandidate(originalUrl(pdf), isDefault)).toBe(false);
  });

  it('leaves web pages alone', () => {
    expect(isAutoOpenCandidate('https://democracy.leeds.gov.uk/ieListMeetings.aspx', isDefault)).toBe(false);
  });
});
