import { type ColourScheme, type MarkColours, type MarkDeclarations, markDeclarations } from '@/lib/settings/palette';
import type { Density, MarkStyle } from '@/lib/settings/schema';

interface Props {
  style: MarkStyle;
  colours: MarkColours;
  density: Density;
}

const SCHEMES: ReadonlyArray<{ scheme: ColourScheme; caption: string }> = [
  { scheme: 'light', caption: 'On a light page' },
  { scheme: 'dark', caption: 'On a dark page' },
];

function SampleMark({ mark, children }: { mark: MarkDeclarations; children: string }) {
  return (
    <span class="sl-sample-mark" style={{ ...mark }}>
      {children}
    </span>
  );
}

/** A sentence marked with the palette the content script paints with, so the choice can be seen before a page is opened. */
export function MarkSample({ style, colours, density }: Props) {
  return (
    <div class="sl-samples">
      {SCHEMES.map(({ scheme, caption }) => {
        const mark = markDeclarations(style, colours, scheme);
        return (
          <figure key={scheme} class={`sl-sample sl-sample-${scheme}`}>
            <figcaption>{caption}</figcaption>
            <p>
              The <SampleMark mark={mark}>ICB</SampleMark> agreed its{' '}
              <SampleMark mark={mark}>operational plan</SampleMark>. The{' '}
              {density === 'every' ? <SampleMark mark={mark}>ICB</SampleMark> : 'ICB'} will report back in March.
            </p>
          </figure>
        );
      })}
    </div>
  );
}
