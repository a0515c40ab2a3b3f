/**
 * MeetGate's stylesheet: small, scoped under `.meetgate`, themable with CSS custom properties
 * (`--meetgate-accent`…), and hooked on data attributes (`[data-meetgate-screen="kicked"]`) that
 * host pages may style too. Rendered as a React 19 hoisted `<style>` (deduplicated, SSR-safe).
 * Colours meet WCAG AA contrast: body text 15:1, muted text 7.8:1, buttons 6.4:1.
 * The page's styles win wherever this sheet lands (after the page's with React 18 and Preact, in
 * the body; adopted after every sheet under a strict policy): the colour properties are never set
 * here, only read with MeetGate's value as the fallback (`var(--meetgate-accent,#0b57d0)`), so a
 * value set on any ancestor or on `.meetgate` is used; and the two root rules have zero
 * specificity (`:where`), so any page rule on `.meetgate` or `<meetgate-meeting>` beats them,
 * and `hidden` (the UA's `display: none`) is not overridden by `display: block`.
 * The checking screen, the joining bar and their announcements stay undisplayed for their first
 * 0.4 s: a token that checks out at once goes straight to the meeting without a flash of
 * "Checking…" or "Joining…", and the page's first text layout (10–18 ms of main-thread work on a
 * cold page, measured by `npm run bench`) comes after Jitsi's frame, not before it.
 */
import { adoptStylesheet, inlineStylesRefused } from './adopt-styles.js';

/** The CSS text. */
export const MEETGATE_CSS = `
:where(meetgate-meeting:not([hidden])){display:block}
:where(.meetgate){position:relative;min-height:var(--meetgate-min-height,480px);height:100%;color:var(--meetgate-fg,#1b1f24);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow:hidden}
.meetgate [data-meetgate-frame]{position:absolute;inset:0}
.meetgate [data-meetgate-frame]>div,.meetgate [data-meetgate-frame] iframe{width:100%;height:100%;border:0}
.meetgate [data-meetgate-frame][data-meetgate-hidden]{visibility:hidden}
.meetgate-screen{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;padding:24px;background:var(--meetgate-bg,#fff);overflow:auto}
.meetgate-screen-body{max-width:36rem}
@keyframes meetgate-quiet{0%,to{display:none}}
.meetgate-screen[data-meetgate-screen="checking"],.meetgate-bar[data-meetgate-screen="joining"]:not([data-meetgate-slow],[data-meetgate-silent]),.meetgate:is([data-meetgate-state="checking"],[data-meetgate-state="joining"])>[data-meetgate-live]{animation:meetgate-quiet .4s}
.meetgate-title{font-size:1.4rem;line-height:1.3;margin:0 0 .75rem}
.meetgate-title:focus{outline:none}
.meetgate-title:focus-visible{outline:none;text-decoration:underline 3px var(--meetgate-accent,#0b57d0);text-underline-offset:.3em}
.meetgate-muted{color:var(--meetgate-muted,#4a5260)}
.meetgate-actions{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:1.25rem}
.meetgate-button{font:inherit;padding:.5rem 1rem;border-radius:6px;border:1px solid var(--meetgate-border,#c4c9d0);background:var(--meetgate-bg,#fff);color:var(--meetgate-fg,#1b1f24);cursor:pointer;min-height:44px}
.meetgate-button:focus-visible{outline:3px solid var(--meetgate-accent,#0b57d0);outline-offset:2px}
.meetgate-primary{background:var(--meetgate-accent,#0b57d0);border-color:var(--meetgate-accent,#0b57d0);color:var(--meetgate-accent-fg,#fff)}
.meetgate-notice{border-left:4px solid var(--meetgate-accent,#0b57d0);padding:.25rem .75rem;margin:1rem 0 0}
.meetgate-findings{padding-left:1.2rem}
.meetgate-bar{position:absolute;left:0;right:0;top:0;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:center;padding:.5rem 1rem;background:var(--meetgate-bar-bg,#1b1f24);color:var(--meetgate-bar-fg,#fff);z-index:2}
.meetgate-bar .meetgate-button{min-height:36px}
.meetgate-quiet{top:auto;bottom:0}
.meetgate-card{box-sizing:border-box;position:absolute;top:12px;right:12px;z-index:3;max-width:20rem;max-height:calc(100% - 24px);overflow:auto;background:var(--meetgate-bg,#fff);border:1px solid var(--meetgate-border,#c4c9d0);border-radius:8px;padding:.5rem .75rem;box-shadow:0 2px 12px rgba(0,0,0,.25)}
.meetgate-card[data-meetgate-card="panel"]{top:0;right:0;bottom:0;max-height:none;border-radius:0}
.meetgate[data-meetgate-card]{container-type:inline-size}
.meetgate[data-meetgate-card="panel"] [data-meetgate-frame]{right:20rem}
.meetgate[data-meetgate-card="auto"] [data-meetgate-frame]{top:48px}
.meetgate-card[data-meetgate-card="auto"]{top:0;left:0;right:0;max-width:none;max-height:100%;border-width:0 0 1px;border-radius:0;box-shadow:none;padding:0 .75rem}
.meetgate-card[data-meetgate-card="auto"]:not([data-meetgate-open]) .meetgate-card-body{display:none}
.meetgate-card-chip{display:flex;align-items:center;justify-content:flex-end;gap:.5rem;min-height:47px}
.meetgate-chip-info{flex:1;min-width:0;display:flex;gap:.4rem;white-space:nowrap}.meetgate-chip-info span:first-child{overflow:hidden;text-overflow:ellipsis;font-weight:600}
.meetgate-card[data-meetgate-open] .meetgate-chip-info{visibility:hidden}
.meetgate-card:not([data-meetgate-card="auto"]) .meetgate-chip-info{display:none}
@container (min-width:52rem){.meetgate[data-meetgate-card="auto"] [data-meetgate-frame]{top:0;right:19rem}.meetgate[data-meetgate-card="auto"] .meetgate-bar{right:19rem}
.meetgate-card[data-meetgate-card="auto"]{left:auto;bottom:0;width:19rem;border-width:0 0 0 1px;padding:.5rem .75rem}
.meetgate-card[data-meetgate-card="auto"] .meetgate-card-chip{display:none}.meetgate-card[data-meetgate-card="auto"]:not([data-meetgate-open]) .meetgate-card-body{display:block}}
.meetgate-card-toggle{min-height:32px;padding:.125rem .5rem;font-size:.85rem}
.meetgate-card-head{display:flex;gap:.75rem;align-items:center;margin-top:.5rem}
.meetgate-avatar{border-radius:50%;object-fit:cover}
.meetgate-initials{display:inline-flex;align-items:center;justify-content:center;flex:none;width:40px;height:40px;background:var(--meetgate-accent,#0b57d0);color:var(--meetgate-accent-fg,#fff);font-weight:600}
.meetgate-card-name{font-weight:600;margin:0}
.meetgate-badge{display:inline-block;font-size:.8rem;padding:0 .4rem;border-radius:4px;border:1px solid var(--meetgate-border,#c4c9d0)}
.meetgate-badge[data-meetgate-verification="unverified"]{border-style:dashed}
.meetgate-facts,.meetgate-claims{margin:.5rem 0}
.meetgate-facts div,.meetgate-claims div{display:flex;gap:.5rem}
.meetgate-facts dt,.meetgate-claims dt{font-weight:600;min-width:5.5rem}
.meetgate-facts dd,.meetgate-claims dd{margin:0;overflow-wrap:anywhere}
.meetgate-report summary{cursor:pointer}
.meetgate-visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
`;

/**
 * The ref of the element that renders `MeetgateStyles` (the `.meetgate` element): where the page's
 * policy refused the `<style>`, it adopts the same CSS as a constructed stylesheet, in the browser
 * only and before the first paint (a ref is set with the layout effects), into the root the
 * component is in — the document, or a shadow root, where React 19 hoists the `<style>` and Preact
 * renders it, and where the document's sheets do not apply (components/adopt-styles.ts).
 */
export function adoptStylesIfRefused(node: Element | null): void {
  const root = node?.getRootNode() as Document | ShadowRoot | undefined;
  if (root && inlineStylesRefused(root)) adoptStylesheet(root, MEETGATE_CSS);
}

/**
 * The stylesheet element; React hoists it into `<head>` once, however many meetings there are.
 * `nonce`: the page's CSP nonce, for a policy that refuses inline styles (also in server-rendered
 * HTML). Without one, `adoptStylesIfRefused` on the enclosing element adopts the CSS instead.
 */
export function MeetgateStyles({ nonce }: { nonce?: string }) {
  return (
    <style href="meetgate-styles" precedence="default" nonce={nonce}>
      {MEETGATE_CSS}
    </style>
  );
}
