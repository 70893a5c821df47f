/**
 * oEmbed (https://oembed.com/, type `rich`) for an option: wikis that unfurl
 * links fetch this, found through the option page's discovery `<link>`, and
 * show the option's embed page in an iframe.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { HAN } from '../search/tokenize.ts';

export interface Oembed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

export const OEMBED_WIDTH = 560;

/**
 * The card's height at OEMBED_WIDTH, estimated from its description (a
 * consumer sizes the iframe from this; the embed page then reports its exact height).
 */
export function estimatedHeight(description: string): number {
  const han = (description.match(new RegExp(HAN.source, 'gu')) ?? []).length;
  // About 70 Latin characters or 35 Han characters to a 22 px line; the rest of the card is ~150 px.
  const lines = Math.ceil((description.length - han + 2 * han) / 70);
  return Math.min(600, 150 + 22 * Math.max(1, lines));
}

export function oembed({
  title,
  src,
  providerUrl,
  description,
}: {
  title: string;
  src: string;
  providerUrl: string;
  description: string;
}): Oembed {
  const height = estimatedHeight(description);
  const iframe = h('iframe', {
    src,
    title,
    width: OEMBED_WIDTH,
    height,
    loading: 'lazy',
    style: `border:0;width:100%;max-width:${OEMBED_WIDTH}px`,
  });
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'confref',
    provider_url: providerUrl,
    html: toHtml(iframe),
    width: OEMBED_WIDTH,
    height,
  };
}
