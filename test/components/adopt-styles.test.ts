import { describe, expect, it } from 'vitest';
import { adoptStylesheet, inlineStylesRefused } from '../../components/adopt-styles.js';

/** A constructed sheet as the browser makes it: it keeps the text it was given. */
class FakeSheet {
  text = '';
  replaceSync(text: string): void {
    this.text = text;
  }
}

/**
 * A document with MeetGate `<style>` elements whose `sheet` is given (null: refused by the page's
 * policy), in a window (a realm) of its own, so with its own stylesheet class.
 */
function fakeDocument(sheets: (object | null)[], options: { constructable?: boolean } = {}) {
  const selectors: string[] = [];
  const doc = {
    ownerDocument: null,
    defaultView: options.constructable === false ? {} : { CSSStyleSheet: class extends FakeSheet {} },
    adoptedStyleSheets: [{ host: 'sheet' }] as unknown[],
    querySelectorAll: (selector: string) => {
      selectors.push(selector);
      return sheets.map((sheet) => ({ sheet }));
    },
  };
  return { doc: doc as unknown as Document, raw: doc, selectors };
}

describe('inlineStylesRefused', () => {
  it('is true only when MeetGate has <style> elements and the page refused every one', () => {
    expect(inlineStylesRefused(fakeDocument([null]).doc)).toBe(true);
    expect(inlineStylesRefused(fakeDocument([null, null]).doc)).toBe(true);
    expect(inlineStylesRefused(fakeDocument([null, {}]).doc)).toBe(false);
    expect(inlineStylesRefused(fakeDocument([{}]).doc)).toBe(false);
    // Nothing rendered yet (or on the server): nothing to judge.
    expect(inlineStylesRefused(fakeDocument([]).doc)).toBe(false);
  });

  it("looks for MeetGate's own element as React 19 hoists it and as React 18 and Preact render it", () => {
    const { doc, selectors } = fakeDocument([null]);
    inlineStylesRefused(doc);
    expect(selectors).toEqual(['style[data-href="meetgate-styles"],style[href="meetgate-styles"]']);
  });
});

describe('adoptStylesheet', () => {
  it("adds one sheet with the CSS after the page's own adopted sheets, once however often it is asked", () => {
    const { doc, raw } = fakeDocument([null]);
    adoptStylesheet(doc, '.meetgate{color:red}');
    adoptStylesheet(doc, '.meetgate{color:red}');
    expect(raw.adoptedStyleSheets).toHaveLength(2);
    expect(raw.adoptedStyleSheets[0]).toEqual({ host: 'sheet' });
    expect(raw.adoptedStyleSheets[1]).toBeInstanceOf(FakeSheet);
    expect((raw.adoptedStyleSheets[1] as FakeSheet).text).toBe('.meetgate{color:red}');
  });

  it('adopts the same sheet again when the page replaced the list, and one sheet per document', () => {
    const first = fakeDocument([null]);
    const second = fakeDocument([null]);
    adoptStylesheet(first.doc, 'a{}');
    const sheet = first.raw.adoptedStyleSheets[1];
    first.raw.adoptedStyleSheets = [];
    adoptStylesheet(first.doc, 'a{}');
    expect(first.raw.adoptedStyleSheets).toEqual([sheet]);
    adoptStylesheet(second.doc, 'a{}');
    expect(second.raw.adoptedStyleSheets[1]).not.toBe(sheet);
  });

  it('changes nothing where the browser cannot construct stylesheets', () => {
    const { doc, raw } = fakeDocument([null], { constructable: false });
    adoptStylesheet(doc, 'a{}');
    expect(raw.adoptedStyleSheets).toEqual([{ host: 'sheet' }]);
  });

  it("adopts into a shadow root the document's one sheet (the document's own sheets do not reach into it)", () => {
    const { doc, raw } = fakeDocument([null]);
    const shadowRoot = () => ({ ownerDocument: doc, adoptedStyleSheets: [] as unknown[] });
    const [first, second] = [shadowRoot(), shadowRoot()];
    adoptStylesheet(first as unknown as ShadowRoot, 'a{}');
    adoptStylesheet(second as unknown as ShadowRoot, 'a{}');
    expect(first.adoptedStyleSheets).toHaveLength(1);
    expect(first.adoptedStyleSheets[0]).toBeInstanceOf(FakeSheet);
    expect(second.adoptedStyleSheets).toEqual(first.adoptedStyleSheets);
    expect(raw.adoptedStyleSheets).toEqual([{ host: 'sheet' }]);
    adoptStylesheet(doc, 'a{}');
    expect(raw.adoptedStyleSheets[1]).toBe(first.adoptedStyleSheets[0]);
  });
});
