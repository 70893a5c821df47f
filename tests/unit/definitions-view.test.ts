import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/lib/i18n/ui.ts';
import { disagreementValue } from '../../src/lib/site/definitions-view.ts';

describe('values sources disagree on, as a page shows them', () => {
  it('puts "none" and yes/no in the page language, and other values as written', () => {
    const zh = useTranslations('zh');
    const en = useTranslations('en');
    expect([
      disagreementValue('default', 'none', zh),
      disagreementValue('default', '5 min', zh),
      disagreementValue('required', 'yes', zh),
      disagreementValue('required', 'no', zh),
      disagreementValue('type', 'none', zh),
    ]).toEqual(['无', '5 min', '是', '否', 'none']);
    expect([disagreementValue('default', 'none', en), disagreementValue('required', 'no', en)]).toEqual(['none', 'no']);
  });
});
