/** CSS for the meter and panel inside their shadow root; px sizes so the page's rem never leaks in. */
export const UI_CSS = `
:host { all: initial; }
.root {
  --bg: #ffffff; --fg: #0f1419; --muted: #536471; --line: rgba(15, 20, 25, 0.12);
  --hover: rgba(15, 20, 25, 0.06); --accent: #1d6fd6; --accent-fg: #ffffff;
  --mark: rgba(230, 110, 20, 0.16); --shadow: 0 2px 10px rgba(15, 20, 25, 0.16);
  --ok: #1a7f37; --warn: #b35900;
  position: fixed; left: 0; top: 0; z-index: 2147483000;
  font: 13px/18px system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  color: var(--fg); pointer-events: none;
}
.root[data-theme="dim"] {
  --bg: #1e2732; --fg: #f7f9f9; --muted: #8b98a5; --line: rgba(247, 249, 249, 0.16);
  --hover: rgba(247, 249, 249, 0.08); --accent: #4c9ef0; --accent-fg: #0f1419;
  --mark: rgba(255, 150, 60, 0.22); --shadow: 0 2px 12px rgba(0, 0, 0, 0.5);
  --ok: #3fb950; --warn: #f0a040;
}
.root[data-theme="dark"] {
  --bg: #16181c; --fg: #e7e9ea; --muted: #8b98a5; --line: rgba(231, 233, 234, 0.16);
  --hover: rgba(231, 233, 234, 0.08); --accent: #4c9ef0; --accent-fg: #0f1419;
  --mark: rgba(255, 150, 60, 0.22); --shadow: 0 2px 12px rgba(0, 0, 0, 0.6);
  --ok: #3fb950; --warn: #f0a040;
}
.root[hidden] { display: none; }
.anchor { position: absolute; right: 0; bottom: 0; pointer-events: auto; }
.root[data-outside] .anchor { left: 0; right: auto; }
.pill {
  position: relative; display: flex; align-items: center; gap: 4px; height: 26px; padding: 0 2px 0 8px;
  border-radius: 13px; background: var(--bg); border: 1px solid var(--line);
  box-shadow: var(--shadow); cursor: pointer; user-select: none; white-space: nowrap;
}
.pill:hover { background: linear-gradient(var(--hover), var(--hover)), var(--bg); }
.gauge { display: flex; align-items: center; gap: 5px; }
.dot { width: 10px; height: 10px; border-radius: 5px; flex: none; }
.score { font-weight: 700; font-variant-numeric: tabular-nums; min-width: 16px; text-align: right; }
.band { color: var(--muted); font-size: 12px; }
button {
  font: inherit; color: inherit; background: none; border: 0; margin: 0; padding: 0; cursor: pointer;
}
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.toggle {
  display: flex; align-items: center; gap: 3px; height: 22px; min-width: 22px; padding: 0 6px;
  border-radius: 11px; color: var(--muted);
}
.toggle:hover { background: var(--hover); color: var(--fg); }
.toggle::after { content: ''; position: absolute; inset: 0; border-radius: 13px; }
.count {
  min-width: 16px; height: 16px; padding: 0 4px; box-sizing: border-box; border-radius: 8px;
  background: var(--warn); color: var(--bg); font-size: 11px; line-height: 16px; font-weight: 700;
  text-align: center;
}
.chev { font-size: 10px; }
.panel {
  position: absolute; right: 0; width: var(--wide, 340px); max-height: min(420px, var(--room, 420px)); overflow: auto; box-sizing: border-box;
  padding: 12px; border-radius: 12px; background: var(--bg); border: 1px solid var(--line);
  box-shadow: var(--shadow); pointer-events: auto;
}
.panel[data-side="up"] { bottom: 32px; }
.panel[data-side="down"] { top: 32px; }
.head { display: flex; align-items: center; justify-content: space-between; margin-bottom: 4px; }
h2 { font-size: 15px; line-height: 20px; margin: 0; font-weight: 700; }
h3 { font-size: 12px; line-height: 16px; margin: 12px 0 6px; color: var(--muted); font-weight: 600;
  text-transform: uppercase; letter-spacing: 0.04em; }
.close { width: 26px; height: 26px; border-radius: 13px; font-size: 18px; color: var(--muted); }
.close:hover { background: var(--hover); color: var(--fg); }
ul { list-style: none; margin: 0; padding: 0; }
p { margin: 0; }
.status { margin: 4px 0 8px; padding: 6px 8px; border-radius: 8px; background: var(--hover); }
.status.ok { color: var(--ok); }
.status.warn { color: var(--warn); }
.status-placeholder { display: none; }
.empty { color: var(--muted); margin: 4px 0; }
.finding, .post-suggestion { padding: 10px 0; border-top: 1px solid var(--line); }
.finding:first-child { border-top: 0; }
.quote { margin-bottom: 4px; overflow-wrap: anywhere; }
mark { background: var(--mark); color: inherit; border-radius: 3px; padding: 0 2px;
  text-decoration: underline wavy var(--warn); text-underline-offset: 3px; }
.message { font-weight: 600; }
.why { color: var(--muted); margin-top: 2px; }
.actions { display: flex; flex-direction: column; gap: 6px; margin-top: 8px; }
.suggestion { display: flex; align-items: center; gap: 8px; justify-content: space-between; }
.preview { overflow-wrap: anywhere; }
.apply {
  flex: none; height: 28px; padding: 0 12px; border-radius: 14px; background: var(--accent);
  color: var(--accent-fg); font-weight: 600;
}
.apply:disabled { opacity: 0.5; cursor: default; }
.post-suggestion .apply { margin-top: 8px; }
.ignore { align-self: flex-start; height: 24px; padding: 0 8px; border-radius: 12px; color: var(--muted); }
.ignore:hover { background: var(--hover); color: var(--fg); }
.strengths li { padding: 3px 0; color: var(--muted); }
.good { color: var(--ok); }
.lines { position: fixed; left: 0; top: 0; pointer-events: none; }
.mirror { position: fixed; overflow: hidden; pointer-events: none; }
.mirror-text { position: absolute; left: 0; top: 0; margin: 0; color: transparent; white-space: pre-wrap;
  overflow-wrap: break-word; word-break: normal; border-style: solid; height: auto; min-height: 100%; }
.flag { text-decoration: underline wavy rgb(230, 110, 20); text-decoration-thickness: 1.5px;
  text-underline-offset: 3px; text-decoration-skip-ink: none; background: rgba(230, 110, 20, 0.10); }
.underline { position: fixed; height: 2px; background: rgb(230, 110, 20); opacity: 0.8; pointer-events: none; border-radius: 1px; }
`;

/** The underline style for flagged words, injected into the page (and shadow roots holding editors). */
export const HIGHLIGHT_CSS = `::highlight(whyfirst-sales) {
  text-decoration: underline wavy rgb(230, 110, 20);
  text-decoration-thickness: 1.5px;
  text-underline-offset: 3px;
  background-color: rgba(230, 110, 20, 0.10);
}`;
