// The stylesheet: served as /assets/app.css by the dashboard and inlined whole into the static report.
export const APP_CSS = `
:root { --ink: #1b1b1b; --muted: #5b5b5b; --line: #ddd; --accent: #0b5cad; --verified: #1a7f37; --estimate: #9a6700; --bad: #b42318; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fafafa; }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .6rem 1.2rem; background: #fff; border-bottom: 1px solid var(--line); }
header nav a { margin-right: .8rem; color: var(--accent); text-decoration: none; }
header nav a.active { font-weight: 600; text-decoration: underline; }
.brand { font-size: 1.1rem; }
.who { margin-left: auto; color: var(--muted); }
main { max-width: 1180px; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
h1 { font-size: 1.5rem; margin: .6rem 0; } h2 { font-size: 1.2rem; margin-top: 1.6rem; }
.lede { color: var(--muted); }
.statement { font-size: 1.05rem; background: #fff; border-left: 4px solid var(--accent); padding: .6rem .9rem; }
.figures { display: flex; flex-wrap: wrap; gap: 1rem; margin: .8rem 0; }
.figure { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem .9rem; min-width: 220px; flex: 1; }
.figure .label { display: block; color: var(--muted); font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; }
.figure .value { display: block; font-size: 1.8rem; font-weight: 650; }
.figure .value.none { color: var(--muted); font-size: 1.2rem; }
.figure .source { font-size: .85rem; color: var(--muted); }
figure.chart { margin: 1rem 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem; overflow-x: auto; }
svg.timeline { max-width: 100%; height: auto; }
.chart-controls { display: flex; flex-wrap: wrap; gap: .3rem .8rem; font-size: .85rem; padding: .3rem; }
.chart-controls label { border-left: 4px solid #999; padding-left: .3rem; }
table { border-collapse: collapse; width: 100%; background: #fff; margin: .5rem 0; }
th, td { text-align: start; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: 4px; font-size: .8rem; background: #eee; }
.status-verified { background: #dafbe1; color: var(--verified); }
.status-estimate { background: #fff8c5; color: var(--estimate); }
.status-under_review { background: #ddf4ff; }
.corrected-mark { display: inline-block; font-size: .78rem; font-weight: 600; line-height: 1.3; color: #5b2a86; background: #f3e8ff; border: 1px solid #d8b4fe; border-radius: 4px; padding: 0 .3rem; margin-left: .25rem; white-space: nowrap; vertical-align: middle; }
.audit td.reason { max-width: 28rem; }
.reject-form input[name="reason"] { width: 11rem; font: inherit; font-size: .85rem; }
.correction label.reason { flex: 1 1 18rem; }
.correction label.reason input { width: 100%; }
nav.pages { display: flex; gap: 1.2rem; margin: .6rem 0; }
.review-accepted { background: #dafbe1; } .review-corrected { background: #ddf4ff; } .review-rejected { background: #ffebe9; color: var(--bad); }
blockquote { margin: .4rem 0; padding: .3rem .8rem; border-inline-start: 3px solid var(--line); background: #fff; }
.evidence { unicode-bidi: isolate; text-align: start; }
.evidence:lang(fa), .evidence:lang(ar), pre.doc-text:lang(fa), pre.doc-text:lang(ar) { line-height: 1.8; }
mark.claim-figure { background: #ffd24d; font-weight: 650; border-radius: 2px; box-shadow: 0 0 0 1px #e0b000; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; background: #fff; padding: .6rem; border: 1px solid var(--line); }
.filters label, .correction label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
.doc-layout { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 1.5rem; }
pre.doc-text { white-space: pre-wrap; word-wrap: break-word; font: inherit; background: #fff; padding: 1rem; border: 1px solid var(--line); }
mark { background: #fff3b0; scroll-margin-top: 4rem; } mark:target, .anchor:target + mark { outline: 2px solid var(--accent); }
.checks > li { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .4rem .9rem; margin-bottom: .8rem; }
.review-card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem .9rem; margin-bottom: .8rem; scroll-margin-top: 4rem; }
.review-card.current { outline: 3px solid var(--accent); }
.review-card.done { opacity: .6; }
details.why { margin: .3rem 0; font-size: .9rem; }
.why-table th, .why-table td { vertical-align: top; text-align: left; }
.why-note { color: var(--muted); }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: start; }
.correction { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin-top: .5rem; }
form.inline { display: inline; }
button { font: inherit; padding: .25rem .7rem; border-radius: 4px; border: 1px solid #aaa; background: #f6f8fa; cursor: pointer; }
button.accept { border-color: var(--verified); } button.reject { border-color: var(--bad); }
kbd { font-size: .75rem; border: 1px solid #bbb; border-radius: 3px; padding: 0 .25rem; background: #f6f6f6; }
.empty, .warning { color: var(--muted); font-style: italic; }
.error { color: var(--bad); }
.curation { margin: .5rem 0; } .curation-forms { display: flex; flex-wrap: wrap; gap: .8rem 1.6rem; align-items: end; }
.curation-form { display: flex; flex-direction: column; gap: .3rem; min-width: 16rem; max-width: 30rem; }
.curation-form label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); } textarea { font: inherit; }
.dismissal, .edit-in-force { background: #fff8e1; border-left: 3px solid var(--estimate); padding: .3rem .6rem; }
.check-key { display: block; color: var(--muted); font-family: ui-monospace, monospace; font-size: .75rem; }
.victim-counts { display: flex; flex-wrap: wrap; gap: 1rem; } .victim-counts table { width: auto; min-width: 260px; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
svg.upset { max-width: 100%; height: auto; }
.person-records { display: flex; flex-wrap: wrap; gap: .5rem; }
.victim-record { display: flex; flex-direction: column; border: 1px solid var(--line); border-radius: 4px; padding: .3rem .5rem; min-width: 180px; background: #fff; }
.record-key, .person-id, .record-details { color: var(--muted); font-size: .85rem; }
.link-card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem .9rem; margin-bottom: .8rem; scroll-margin-top: 4rem; }
.link-card.current { outline: 3px solid var(--accent); }
.link-card.done { opacity: .6; }
table.side-by-side td { width: 42%; } table.side-by-side tr.differs td { background: #fff8c5; }
@media print {
  header nav, .event-picker, .who, .actions, .filters, .curation-forms, details.dismiss, .curation form { display: none; }
  body { background: #fff; font-size: 11pt; } main { max-width: none; padding: 0; }
  .figure, figure.chart, .checks > li { break-inside: avoid; border-color: #999; }
  a { color: inherit; text-decoration: none; }
}
`;
