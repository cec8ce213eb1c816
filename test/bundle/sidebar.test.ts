/**
 * dist/sidebar.html as HtmlService.createHtmlOutputFromFile('sidebar') serves it: one file,
 * its script and styles inline, nothing fetched but Google's optional stylesheet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const html = readFileSync(join(__dirname, '../../dist/sidebar.html'), 'utf8');
const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];

describe('dist/sidebar.html', () => {
  it('holds its one script inline, and loads no other script', () => {
    expect(scripts).toHaveLength(1);
    expect(scripts[0][1].trim()).toBe('');
    expect(scripts[0][2]).toContain('mountWizard');
  });

  it('links the add-ons stylesheet after an inline fallback, so the look survives without the network', () => {
    const fallback = html.indexOf('.sidebar {');
    const link = html.indexOf(
      '<link rel="stylesheet" href="https://ssl.gstatic.com/docs/script/css/add-ons1.css"',
    );
    const own = html.indexOf('.wizard {');
    expect(fallback).toBeGreaterThan(0);
    expect(link).toBeGreaterThan(fallback);
    expect(own).toBeGreaterThan(link);
    expect(html).not.toMatch(/\/\*(ADDONS_FALLBACK_CSS|SIDEBAR_CSS|SIDEBAR_JS)\*\//);
  });

  it('carries no server code: the core rules come along, Apps Script services do not', () => {
    const js = scripts[0][2];
    expect(js).toContain('explainSegmentRow');
    expect(js).toContain('validateReview');
    expect(js).not.toMatch(/\b(SpreadsheetApp|LockService|HtmlService|PropertiesService)\b/);
  });

  it('never renders user data as HTML', () => {
    // Preact writes innerHTML only for a dangerouslySetInnerHTML prop, and none is passed
    // (eslint forbids it and innerHTML in src/ui); the browser test types hostile input.
    const js = scripts[0][2];
    expect(js).not.toMatch(/dangerouslySetInnerHTML\s*:|outerHTML\s*=|insertAdjacentHTML|document\.write/);
  });
});
