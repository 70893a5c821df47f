/**
 * The check page: `confref lint`'s own core (lib/lint) run in the browser
 * on what the reader pastes, chooses or drops, against the version's
 * reference (`check/reference.json`, the data the CLI checks against). The
 * findings refresh as the reader types; nothing leaves the page.
 *
 * The page loads only this form's code. The check (lint's rules, what they
 * say in each language, and the reference) loads when the reader first comes
 * to the form, and each format's reader when a check first reads that format:
 * the YAML parser, most of the weight, only for config.yaml and Kubernetes
 * files. Each finding's message and hint are in the page's language.
 */
import { fill } from '../lib/i18n/fill.ts';
import { detectFormat } from '../lib/lint/detect.ts';
import { loadReader } from '../lib/lint/load-reader.ts';
import type { LintReference } from '../lib/lint/lookup.ts';
import { isInputFormat, type InputFormat, type LintFinding, type ReadResult } from '../lib/lint/types.ts';
import type { CheckReference } from '../lib/site/check-reference.ts';

interface Check {
  lintRead: typeof import('../lib/lint/lint-read.ts').lintRead;
  /** A finding's message and hint in the page's language. */
  say: (finding: LintFinding) => { message: string; hint?: string };
  reference: LintReference;
  slugs: Record<string, string>;
}

/** How long typing pauses before the findings refresh. */
const DEBOUNCE_MS = 200;

/** The key a finding's link opens: the option it is about in this version, or the key it suggests. */
export function linkedKey(finding: Omit<LintFinding, 'text'>, reference: LintReference): string | null {
  if (finding.key === undefined) return null;
  const found = reference.lookup(finding.key);
  switch (found.kind) {
    case 'known':
    case 'map-entry':
      return found.option.key;
    case 'old':
      return found.option?.key ?? null;
    case 'unknown':
      return found.suggestion;
    case 'passed-on':
    case 'unchecked':
      return null;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

export function bindCheckPage(root: HTMLElement): void {
  const text = root.querySelector<HTMLTextAreaElement>('textarea')!;
  const file = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const format = root.querySelector<HTMLSelectElement>('select')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const used = root.querySelector<HTMLElement>('.confref-check-format-used')!;
  const list = root.querySelector<HTMLOListElement>('.confref-check-list')!;
  const label = (name: string): string => root.dataset[name] ?? '';
  const optionsPath = label('options');
  const lang = label('lang');
  let fileName = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The check once loaded, and each reader once loaded: a run waits (and says so) only for what it lacks. */
  let loading: Promise<Check> | undefined;
  let check: Check | undefined;
  const readers: Partial<Record<InputFormat, (text: string) => ReadResult>> = {};
  /** Runs started: a run that loaded something shows nothing if a later one has started meanwhile. */
  let runs = 0;

  const loadCheck = (): Promise<Check> =>
    (loading ??= Promise.all([
      import('../lib/lint/lookup.ts'),
      import('../lib/lint/lint-read.ts'),
      import('../lib/lint/messages.ts'),
      fetch(label('reference')).then((response) =>
        response.ok ? (response.json() as Promise<CheckReference>) : Promise.reject(new Error(response.statusText)),
      ),
    ])
      .then(([lookup, lint, messages, data]) => ({
        lintRead: lint.lintRead,
        say: (finding: LintFinding) => messages.lintMessage(finding, messages.isLintLocale(lang) ? lang : 'en'),
        reference: lookup.reviveLintReference(data.reference),
        slugs: data.slugs,
      }))
      .catch((error: unknown) => {
        // A load that failed (the network, a deploy in between) is tried again by the next run.
        loading = undefined;
        throw error;
      }));

  const item = (finding: LintFinding, { say, reference, slugs }: Check): HTMLLIElement => {
    const li = element('li', 'confref-check-finding');
    li.dataset['severity'] = finding.severity;
    const head = element('p', 'confref-check-head');
    head.append(
      element('span', 'confref-check-place', `${finding.line}:${finding.column}`),
      ' ',
      element('span', 'confref-check-severity', label(finding.severity)),
      ' ',
      element('code', 'confref-check-rule', finding.rule),
    );
    const { message, hint } = say(finding);
    li.append(head, element('p', 'confref-check-message', message));
    if (hint !== undefined) li.append(element('p', 'confref-check-hint', hint));
    const key = linkedKey(finding, reference);
    if (key !== null) {
      const link = element('a', 'confref-check-key', key);
      link.href = `${optionsPath}${slugs[key] ?? key}/`;
      // The label around the link, as the language writes it (`Option: {key}`, `配置项：{key}`).
      const [before = '', after = ''] = label('option').split('{key}');
      const line = element('p', 'confref-check-option', before);
      line.append(link, after);
      li.append(line);
    }
    return li;
  };

  const run = async (): Promise<void> => {
    const ticket = ++runs;
    const source = text.value;
    const chosen = format.value;
    if (source.trim() === '') {
      list.replaceChildren();
      list.hidden = true;
      status.textContent = used.textContent = '';
      return;
    }
    const read: InputFormat = isInputFormat(chosen) ? chosen : detectFormat(fileName, source);
    if (!check || !readers[read]) {
      status.textContent = label('loading');
      try {
        [check, readers[read]] = await Promise.all([loadCheck(), loadReader(read)]);
      } catch {
        if (ticket === runs) status.textContent = label('failed');
        return;
      }
      if (ticket !== runs) return;
    }
    const loaded = check;
    const { findings } = loaded.lintRead(readers[read]!(source), read, loaded.reference);
    list.replaceChildren(...findings.map((finding) => item(finding, loaded)));
    list.hidden = findings.length === 0;
    used.textContent = fill(label('readAs'), { format: label(`format-${read}`.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())) });
    status.textContent =
      findings.length === 0
        ? label('none')
        : fill(findings.length === 1 ? label('countOne') : label('countOther'), { count: findings.length });
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };
  const readFile = (chosen: File | undefined): void => {
    if (!chosen) return;
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      fileName = chosen.name;
      text.value = typeof reader.result === 'string' ? reader.result : '';
      void run();
    });
    reader.readAsText(chosen);
  };

  text.addEventListener('input', later);
  format.addEventListener('change', () => void run());
  file.addEventListener('change', () => readFile(file.files?.[0]));
  root.addEventListener('dragover', (event) => event.preventDefault());
  root.addEventListener('drop', (event) => {
    event.preventDefault();
    readFile(event.dataTransfer?.files[0]);
  });
  root.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
  // The check starts loading as the reader comes to the form, before the first paste or file: its findings then
  // wait only for the format's reader. A failed load is said by the run that needs it.
  const early = (): void => void loadCheck().catch(() => undefined);
  root.addEventListener('focusin', early, { once: true });
  root.addEventListener('dragenter', early, { once: true });
  // A text the browser kept (back to the page) is checked at once.
  void run();
}
