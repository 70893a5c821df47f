import { describe, expect, it } from 'vitest';
import { inSitemap, robotsTxt, sitemap, sitemapUrl } from '../../src/lib/site/sitemap.ts';

describe('the sitemap and robots.txt', () => {
  it('lists every page but the embed pages, under the site root and base', () => {
    const root = 'https://wiki.example.com/wiki/flink/';
    expect(inSitemap('https://wiki.example.com/wiki/flink/', root)).toBe(true);
    expect(inSitemap('https://wiki.example.com/wiki/flink/en/options/web.port/', root)).toBe(true);
    expect(inSitemap('https://wiki.example.com/wiki/flink/zh/v/1.0/groups/web/', root)).toBe(true);
    // A note whose id starts with "embed" is a page like any other.
    expect(inSitemap('https://wiki.example.com/wiki/flink/en/notes/embedding/', root)).toBe(true);
    expect(inSitemap('https://wiki.example.com/wiki/flink/embed/en/options/web.port/', root)).toBe(false);
    expect(inSitemap('https://wiki.example.com/wiki/flink/embed/zh/search/', root)).toBe(false);
    expect(inSitemap('https://confref.example.com/embed/en/groups/web/', 'https://confref.example.com/')).toBe(false);
    expect(inSitemap('https://confref.example.com/embedded/', 'https://confref.example.com')).toBe(true);
  });

  it("takes Starlight's sitemap's place: @astrojs/sitemap with the site's address, a sitemap that does nothing without", () => {
    const none = sitemap(undefined, '/wiki/flink/');
    expect(none).toEqual({ name: '@astrojs/sitemap', hooks: {} });
    const some = sitemap('https://wiki.example.com', '/wiki/flink/');
    expect(some.name).toBe('@astrojs/sitemap');
    expect(Object.keys(some.hooks).sort()).toEqual(['astro:build:done', 'astro:config:done', 'astro:routes:resolved']);
  });

  it('robots.txt lets crawlers read every page and names the sitemap index when the address is known', () => {
    expect(robotsTxt(null)).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt('https://wiki.example.com/wiki/flink/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://wiki.example.com/wiki/flink/sitemap-index.xml\n',
    );
    expect(sitemapUrl(undefined, '/wiki/flink/')).toBeNull();
    expect(sitemapUrl(new URL('https://wiki.example.com'), '/wiki/flink/')).toBe('https://wiki.example.com/wiki/flink/sitemap-index.xml');
    expect(sitemapUrl(new URL('https://wiki.example.com/'), '/')).toBe('https://wiki.example.com/sitemap-index.xml');
  });
});
