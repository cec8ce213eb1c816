/**
 * The README is a landing page: short, opening with the two commands CI and newcomers run,
 * and every relative link of it and of docs/ leads to a file of this repository (and to a
 * heading that exists, where it names one). The project stands on its own: nothing links out
 * of the repository except to public web pages.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const README = join(ROOT, 'README.md');
const DOCS = join(ROOT, 'docs');

/** The commands the README opens with: a contract with CI (.ci/run runs the second). */
const COMMANDS = [
  'npm ci && npm run demo',
  'apt-get update && apt-get install -y chromium && npm ci && npm test',
];

const pages = [
  README,
  ...readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(DOCS, f)),
];
const shown = (file: string) => relative(ROOT, file);

/** Markdown without code: fenced blocks and code spans hold examples, not links. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
}

/** The targets of the inline links and images of a page. */
function linkTargets(markdown: string): string[] {
  return [...prose(markdown).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map(
    (m) => m[1],
  );
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a page's headings, a repeated one numbered as GitHub does. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  const code = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const m of code.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(m[1].replace(/`/g, ''));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

describe('README.md', () => {
  const readme = readFileSync(README, 'utf8');

  it('is a landing page of at most 250 lines', () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(250);
  });

  it('opens with the two commands, before any section', () => {
    const firstSection = readme.search(/^## /m);
    const block = /^```sh\n([\s\S]*?)^```$/m.exec(readme);
    expect(block).not.toBeNull();
    expect(block!.index).toBeLessThan(firstSection);
    const commands = block![1]
      .trimEnd()
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim());
    expect(commands).toEqual(COMMANDS);
  });

  it('links to every page of the manual', () => {
    const linked = new Set(linkTargets(readme).map((t) => t.split('#')[0]));
    for (const page of pages.filter((p) => p !== README)) expect(linked).toContain(shown(page));
  });
});

describe.each(pages.map((p) => [shown(p), p]))('%s', (_name, page) => {
  const markdown = readFileSync(page, 'utf8');
  const relativeTargets = linkTargets(markdown).filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));

  it('links only to files inside the repository that exist', () => {
    const broken = relativeTargets
      .map((t) => ({ target: t, path: t.split('#')[0] }))
      .filter(({ path }) => path !== '')
      .filter(({ path }) => {
        const file = resolve(dirname(page), decodeURI(path));
        return (
          !file.startsWith(ROOT + sep) ||
          !existsSync(file) ||
          (!statSync(file).isFile() && !path.endsWith('/'))
        );
      })
      .map(({ target }) => target);
    expect(broken).toEqual([]);
  });

  it('links to headings that exist', () => {
    const missing = relativeTargets
      .filter((t) => t.includes('#'))
      .filter((t) => {
        const [path, anchor] = t.split('#');
        const file = path === '' ? page : resolve(dirname(page), decodeURI(path));
        if (!file.endsWith('.md') || !existsSync(file)) return false;
        return !anchors(readFileSync(file, 'utf8')).has(decodeURIComponent(anchor));
      });
    expect(missing).toEqual([]);
  });

  it('stands on its own: no reference to files outside the repository', () => {
    expect(markdown).not.toMatch(/playbook\.md|deck\.ru|\.\.\/shared/);
  });
});

describe('the anchors other pages rely on', () => {
  it('has one heading per custom function in docs/functions.md and the sections in docs/method.md', () => {
    const functions = anchors(readFileSync(join(DOCS, 'functions.md'), 'utf8'));
    for (const name of ['segment', 'client_signals', 'winback_status', 'fbs_absence_gaps'])
      expect(functions).toContain(name);
    const method = anchors(readFileSync(join(DOCS, 'method.md'), 'utf8'));
    for (const section of [
      'decision-coordinates-and-overdose',
      'new-segmentation',
      'updated-offers',
      'client-monitoring',
      'if-the-client-has-left',
      'price-cuts',
      'cost-cutting',
      'full-backing-system',
      'standard-formulas',
    ])
      expect(method).toContain(section);
  });
});
