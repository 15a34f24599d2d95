import { describe, expect, it } from 'vitest';
import { pageHost } from '@/lib/content/page-host';

type FakeWindow = { location: { protocol: string; hostname: string }; parent: FakeWindow };

function frame(url: string, parent?: FakeWindow): FakeWindow {
  const u = new URL(url);
  const win = { location: { protocol: u.protocol, hostname: u.hostname } } as FakeWindow;
  win.parent = parent ?? win;
  return win;
}

const host = (win: FakeWindow) => pageHost(win as unknown as Window);

describe('the host whose settings apply to a frame', () => {
  it('is the page’s own host for a page with a URL', () => {
    expect(host(frame('https://democracy.leeds.gov.uk/ieListDocuments.aspx'))).toBe('democracy.leeds.gov.uk');
  });

  it('is the parent’s host for a frame written in its srcdoc attribute', () => {
    expect(host(frame('about:srcdoc', frame('https://www.england.nhs.uk/papers/')))).toBe('www.england.nhs.uk');
  });

  it('climbs past nested about:blank frames to the first ancestor with a host', () => {
    const top = frame('https://www.kent.gov.uk/');
    expect(host(frame('about:blank', frame('about:blank', top)))).toBe('www.kent.gov.uk');
  });

  it('is empty for a blank top-level page', () => {
    expect(host(frame('about:blank'))).toBe('');
  });

  it('is empty when an ancestor cannot be read (another origin)', () => {
    const blocked = frame('https://www.example.org/');
    Object.defineProperty(blocked, 'location', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(host(frame('about:blank', blocked))).toBe('');
  });
});
