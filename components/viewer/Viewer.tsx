import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Failure } from '@/lib/pdf/failures';
import type { LoadProgress } from '@/lib/pdf/load';
import { readViewerRequest } from '@/lib/pdf/url';
import type { DocumentScreen } from './DocumentScreen';
import { FailureScreen } from './FailureScreen';
import { LoadingScreen } from './LoadingScreen';
import { loadDocumentModule } from './lazy';
import { OpenScreen } from './OpenScreen';
import { type DocumentSource, downloadSource, fileSource, originPattern } from './open-document';
import { viewerStats } from './stats';

type Screen =
  | { kind: 'choose' }
  | { kind: 'loading'; progress?: LoadProgress }
  | { kind: 'failed'; failure: Failure; source?: DocumentSource }
  | { kind: 'ready'; pdf: PDFDocumentProxy; source: DocumentSource; Screen: typeof DocumentScreen };

/**
 * The viewer page: what `?src=` (or a chosen file) asked for, through
 * download and opening to the document or a message saying what went wrong.
 */
export function Viewer() {
  const [request] = useState(() => readViewerRequest(location.search));
  const [screen, setScreen] = useState<Screen>(() =>
    request.invalid
      ? { kind: 'failed', failure: { kind: 'bad-address' } }
      : request.src
        ? { kind: 'loading' }
        : { kind: 'choose' },
  );

  const show = useCallback((next: Screen) => {
    setScreen((previous) => {
      if (previous.kind === 'ready' && (next.kind !== 'ready' || next.pdf !== previous.pdf))
        void previous.pdf.loadingTask.destroy();
      return next;
    });
    viewerStats.state =
      next.kind === 'ready' ? 'ready' : next.kind === 'failed' ? `failed:${next.failure.kind}` : next.kind;
  }, []);

  const open = useCallback(
    async (source: DocumentSource, password?: string) => {
      show({ kind: 'loading' });
      const { openSource, DocumentScreen: Screen } = await loadDocumentModule(viewerStats.meter);
      const opened = await openSource(source, password);
      if (opened.ok) show({ kind: 'ready', pdf: opened.pdf, source: opened.source, Screen });
      else show({ kind: 'failed', failure: opened.failure, source });
    },
    [show],
  );

  const load = useCallback(async () => {
    if (!request.src) return;
    show({ kind: 'loading' });
    const got = await downloadSource(request.src, (progress) => setScreen({ kind: 'loading', progress }));
    if ('kind' in got) show({ kind: 'failed', failure: got });
    else await open(got);
  }, [request.src, open, show]);

  const openFile = useCallback(
    async (file: File) => {
      const got = fileSource(file.name, new Uint8Array(await file.arrayBuffer()));
      if ('kind' in got) show({ kind: 'failed', failure: got });
      else await open(got);
    },
    [open, show],
  );

  useEffect(() => {
    // Starts loading the rest of the viewer while the document downloads.
    void loadDocumentModule(viewerStats.meter);
    if (request.invalid) viewerStats.state = 'failed:bad-address';
    else if (!request.src) viewerStats.state = 'choose';
    void load();
  }, [load, request]);

  // A PDF dropped anywhere on the viewer opens in it, whatever is showing.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void openFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [openFile]);

  switch (screen.kind) {
    case 'choose':
      return <OpenScreen onFile={openFile} />;
    case 'loading':
      return <LoadingScreen progress={screen.progress} src={request.src} />;
    case 'failed':
      return (
        <FailureScreen
          failure={screen.failure}
          src={request.src}
          onRetry={request.src ? () => void load() : undefined}
          onPassword={screen.source ? (password) => void open(screen.source!, password) : undefined}
          onAllowSite={
            request.src
              ? async () => {
                  const granted = await browser.permissions
                    .request({ origins: [originPattern(request.src!)] })
                    .catch(() => false);
                  if (granted) void load();
                }
              : undefined
          }
          onFile={openFile}
        />
      );
    case 'ready':
      return <screen.Screen pdf={screen.pdf} source={screen.source} initialPage={request.page} onFile={openFile} />;
  }
}
