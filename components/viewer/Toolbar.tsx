import { useEffect, useState } from 'preact/hooks';
import { ZOOM_STEPS, type ZoomChoice, zoomIn, zoomLabel, zoomOut } from '@/lib/pdf/zoom';
import { FilePicker } from './FilePicker';
import { ViewerSettings } from './ViewerSettings';

interface Props {
  title: string;
  page: number;
  pageCount: number;
  scale: number;
  zoomChoice: ZoomChoice;
  original?: string;
  sidebarOpen: boolean;
  findOpen: boolean;
  onToggleSidebar(): void;
  onGoToPage(page: number): void;
  onZoom(choice: ZoomChoice): void;
  onToggleFind(): void;
  onFile(file: File): void;
}

export function Toolbar(props: Props) {
  const { page, pageCount, scale } = props;
  const [typed, setTyped] = useState(String(page));
  useEffect(() => setTyped(String(page)), [page]);

  const go = () => {
    const n = Number.parseInt(typed, 10);
    if (Number.isFinite(n)) props.onGoToPage(Math.min(Math.max(n, 1), pageCount));
    else setTyped(String(page));
  };

  return (
    <header class="sl-toolbar">
      <button
        type="button"
        class="sl-button"
        aria-pressed={props.sidebarOpen}
        aria-controls="sl-sidebar"
        onClick={props.onToggleSidebar}
      >
        Pages and terms
      </button>
      <h1 class="sl-toolbar__title" title={props.title}>
        {props.title}
      </h1>
      <div class="sl-toolbar__group">
        <button
          type="button"
          class="sl-button"
          aria-label="Previous page"
          disabled={page <= 1}
          onClick={() => props.onGoToPage(page - 1)}
        >
          ‹
        </button>
        <label class="sl-visually-hidden" for="sl-page-number">
          Page number
        </label>
        <input
          id="sl-page-number"
          class="sl-page-input"
          inputMode="numeric"
          value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') go();
          }}
          onBlur={go}
        />
        <span>of {pageCount}</span>
        <button
          type="button"
          class="sl-button"
          aria-label="Next page"
          disabled={page >= pageCount}
          onClick={() => props.onGoToPage(page + 1)}
        >
          ›
        </button>
      </div>
      <div class="sl-toolbar__group">
        <button type="button" class="sl-button" aria-label="Zoom out" onClick={() => props.onZoom(zoomOut(scale))}>
          −
        </button>
        <label class="sl-visually-hidden" for="sl-zoom">
          Zoom
        </label>
        <select
          id="sl-zoom"
          value={props.zoomChoice === 'fit-width' ? 'fit-width' : String(scale)}
          onChange={(e) => {
            const v = e.currentTarget.value;
            props.onZoom(v === 'fit-width' ? 'fit-width' : Number(v));
          }}
        >
          <option value="fit-width">Fit width ({zoomLabel(scale)})</option>
          {!ZOOM_STEPS.includes(scale as (typeof ZOOM_STEPS)[number]) && props.zoomChoice !== 'fit-width' && (
            <option value={String(scale)}>{zoomLabel(scale)}</option>
          )}
          {ZOOM_STEPS.map((s) => (
            <option key={s} value={String(s)}>
              {zoomLabel(s)}
            </option>
          ))}
        </select>
        <button type="button" class="sl-button" aria-label="Zoom in" onClick={() => props.onZoom(zoomIn(scale))}>
          +
        </button>
      </div>
      <div class="sl-toolbar__group">
        <button
          type="button"
          class="sl-button"
          aria-pressed={props.findOpen}
          aria-keyshortcuts="Control+F"
          onClick={props.onToggleFind}
        >
          Find
        </button>
        {props.original && (
          <a
            class="sl-button"
            href={props.original}
            data-testid="open-original"
            title="Open the document at its own address"
          >
            Original
          </a>
        )}
        <FilePicker onFile={props.onFile} label="Open file…" />
        <ViewerSettings />
      </div>
    </header>
  );
}
