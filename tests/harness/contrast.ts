import type { Page } from 'puppeteer-core';
import { contrastRatio } from '../../lib/settings/contrast';

/**
 * Text contrast as a reader sees it (WCAG 2.2, 1.4.3): the colours the
 * browser computed for each piece of visible text in our UI, its background
 * composed from every layer behind it down to the canvas, and the minimum
 * for its size. The page reports colours; the arithmetic runs here, where it
 * is unit-tested.
 */

/** One piece of visible text, as the page reports it. */
export interface TextSample {
  /** The first words, to name the text in a failure. */
  text: string;
  /** Where it is: the element's tag and class, and its nearest ancestor with an id. */
  where: string;
  /** The computed `color`, as `rgb()` or `rgba()`. */
  color: string;
  /** The computed `background-color` of the element and each ancestor, the element's first, across shadow roots. */
  layers: string[];
  /** The canvas colour under everything (the `Canvas` system colour, which follows `color-scheme`). */
  canvas: string;
  /** The product of `opacity` over the element and its ancestors. */
  opacity: number;
  fontSizePx: number;
  fontWeight: number;
}

export interface LowContrast {
  text: string;
  where: string;
  ratio: number;
  needed: number;
  foreground: string;
  background: string;
}

type Rgba = [number, number, number, number];

export function parseColour(css: string): Rgba {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(css.trim());
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** `top` painted over the opaque `under`. */
function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1) as Rgba;
}

function hex(c: Rgba): string {
  return `#${c
    .slice(0, 3)
    .map((v) => Math.round(v).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** Whether a computed colour is nearer black than white: what a dark scheme's backgrounds are. */
export function isDarkColour(css: string): boolean {
  const c = parseColour(css);
  return contrastRatio(hex(c), '#000000') < contrastRatio(hex(c), '#ffffff');
}

/** 3:1 for large text (24 px, or 18.66 px bold), 4.5:1 for the rest. */
export function neededRatio(fontSizePx: number, fontWeight: number): number {
  return fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700) ? 3 : 4.5;
}

/** The contrast of one sample: the layers composed from the canvas up, then the text over them. */
export function contrastOf(sample: TextSample): { ratio: number; foreground: string; background: string } {
  let background = parseColour(sample.canvas);
  background[3] = 1;
  for (const layer of [...sample.layers].reverse()) background = over(parseColour(layer), background);
  const text = parseColour(sample.color);
  text[3] *= sample.opacity;
  const foreground = over(text, background);
  return {
    ratio: contrastRatio(hex(foreground), hex(background)),
    foreground: hex(foreground),
    background: hex(background),
  };
}

export function lowContrast(samples: readonly TextSample[]): LowContrast[] {
  const low: LowContrast[] = [];
  for (const s of samples) {
    const { ratio, foreground, background } = contrastOf(s);
    const needed = neededRatio(s.fontSizePx, s.fontWeight);
    // Two decimals, as contrast checkers report it: 4.499 is not 4.5.
    if (Math.floor(ratio * 100) / 100 < needed)
      low.push({ text: s.text, where: s.where, ratio: Math.round(ratio * 100) / 100, needed, foreground, background });
  }
  return low;
}

/**
 * Every piece of visible text under `rootSelector` (in the document, or with `shadowHost` in that element's
 * shadow root), with the text of form fields and their placeholders. Visually hidden text (clipped to a pixel,
 * for screen readers) and disabled controls are left out, as WCAG leaves them out.
 */
export function textSamples(
  page: Page,
  where: { shadowHost?: string; rootSelector?: string } = {},
): Promise<TextSample[]> {
  return page.evaluate(({ shadowHost, rootSelector }) => {
    const scope: ParentNode | null | undefined = shadowHost ? document.querySelector(shadowHost)?.shadowRoot : document;
    const root = rootSelector ? scope?.querySelector(rootSelector) : scope === document ? document.body : scope;
    if (!root) throw new Error(`nothing at ${shadowHost ?? ''} ${rootSelector ?? ''}`);

    const probe = document.createElement('div');
    probe.style.cssText = 'background: Canvas; position: absolute; width: 0; height: 0';
    document.documentElement.append(probe);
    // The canvas behind the root, as the root's own used color-scheme gives it.
    const canvas = getComputedStyle(probe).backgroundColor;
    probe.remove();

    const parentOf = (el: Element): Element | null =>
      el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    const describe = (el: Element): string => {
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      let withId: Element | null = el;
      while (withId && !withId.id) withId = parentOf(withId);
      return `${el.localName}${cls}${withId ? ` in #${withId.id}` : ''}`;
    };
    const hiddenFromSight = (el: Element): boolean => {
      for (let at: Element | null = el; at; at = parentOf(at)) {
        const style = getComputedStyle(at);
        const box = at.getBoundingClientRect();
        if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') return true;
        if (style.position === 'absolute' && box.width <= 1 && box.height <= 1 && style.overflow === 'hidden')
          return true;
      }
      return false;
    };
    const sample = (el: Element, text: string, color: string) => {
      const layers: string[] = [];
      let opacity = 1;
      for (let at: Element | null = el; at; at = parentOf(at)) {
        const style = getComputedStyle(at);
        layers.push(style.backgroundColor);
        opacity *= Number(style.opacity);
      }
      const style = getComputedStyle(el);
      return {
        text: text.replace(/\s+/g, ' ').trim().slice(0, 60),
        where: describe(el),
        color,
        layers,
        canvas,
        opacity,
        fontSizePx: Number.parseFloat(style.fontSize),
        fontWeight: Number(style.fontWeight),
      };
    };
    const visible = (el: Element) =>
      el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
      el.getBoundingClientRect().width > 0 &&
      !el.closest(':disabled, [aria-disabled="true"]') &&
      !hiddenFromSight(el);

    const samples = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.nodeValue ?? '';
      if (!el || !text.trim() || ['script', 'style', 'option'].includes(el.localName) || !visible(el)) continue;
      samples.push(sample(el, text, getComputedStyle(el).color));
    }
    for (const field of root.querySelectorAll(
      'input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea, select',
    )) {
      if (!visible(field)) continue;
      const f = field as HTMLInputElement;
      if (f.value) samples.push(sample(field, f.value, getComputedStyle(field).color));
      else if (f.placeholder)
        samples.push(sample(field, f.placeholder, getComputedStyle(field, '::placeholder').color));
    }
    return samples;
  }, where);
}
