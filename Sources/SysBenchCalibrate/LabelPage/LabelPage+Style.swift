extension LabelPage {
    /// The page's style: a conversation column that scrolls and a checklist panel that
    /// stays in view, stacked on narrow screens; long and Chinese text wraps as written.
    static let style = #"""
        :root { --ink: #1d2430; --muted: #6b7380; --line: #dfe3ea; --bg: #f5f6f8; --card: #fff;
          --yes: #1f8a4c; --no: #c0392b; --na: #7a6a2f; --accent: #2f5fb3; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--ink);
          font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
        kbd { font: 12px/1 ui-monospace, monospace; border: 1px solid #c8cdd6; border-bottom-width: 2px;
          border-radius: 4px; padding: 2px 5px; background: #fafbfc; color: var(--ink); }
        button { font: inherit; cursor: pointer; border: 1px solid var(--line); background: var(--card);
          border-radius: 8px; padding: 7px 12px; color: var(--ink); }
        button:hover { border-color: #aab3c2; }
        button:focus-visible, input:focus-visible, summary:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
        #bar { position: sticky; top: 0; z-index: 3; display: flex; align-items: center; gap: 18px; flex-wrap: wrap;
          padding: 10px 20px; background: #1d2430; color: #fff; }
        .brand { font-weight: 700; letter-spacing: .02em; }
        .brand span { font-weight: 400; opacity: .7; }
        .who { display: flex; align-items: center; gap: 8px; font-size: 14px; opacity: .95; }
        .who input { font: inherit; padding: 5px 9px; border-radius: 6px; border: 1px solid #4b5566; background: #2a3342; color: #fff; width: 14em; }
        .who input.missing { border-color: #e0a43a; box-shadow: 0 0 0 2px rgba(224,164,58,.45); }
        .where { display: flex; gap: 10px; align-items: baseline; }
        #position { font-size: 18px; font-weight: 700; font-variant-numeric: tabular-nums; }
        #bar .muted { color: #b8c0cc; }
        .meter { flex: 1; min-width: 120px; height: 8px; border-radius: 4px; background: #3a4455; overflow: hidden; }
        #meter-fill { height: 100%; width: 0; background: #5fbf7f; transition: width .2s; }
        #export { background: #5fbf7f; border-color: #5fbf7f; color: #10321d; font-weight: 600; }
        #strip { display: flex; flex-wrap: wrap; gap: 3px; padding: 8px 20px; background: #e9ecf1; border-bottom: 1px solid var(--line); }
        #strip button { width: 14px; height: 14px; padding: 0; border-radius: 3px; border: 1px solid #c3c9d3; background: #fff; }
        #strip button.yes { background: var(--yes); border-color: var(--yes); }
        #strip button.no { background: var(--no); border-color: var(--no); }
        #strip button.na { background: #c9b458; border-color: #c9b458; }
        #strip button.current { outline: 2px solid var(--accent); outline-offset: 1px; }
        #notice { margin: 10px 20px 0; padding: 8px 12px; border-radius: 8px; background: #fff4d6; border: 1px solid #e9cf86; }
        #layout { display: grid; grid-template-columns: minmax(0, 1fr) 380px; gap: 20px; padding: 16px 20px 40px; max-width: 1400px; margin: 0 auto; }
        .key-line { display: flex; gap: 10px; align-items: center; margin-bottom: 10px; color: var(--muted); font-size: 14px; }
        #item-key { font-family: ui-monospace, monospace; }
        .chip { text-transform: none; letter-spacing: 0; display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 12.5px; background: #e6eaf1; color: #3a4455; }
        .chip.misaligned { background: #fde6d8; color: #8a3a0e; }
        .chip.type { background: #e1ebfb; color: #1f4a8f; font-weight: 600; }
        .box { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px; margin-bottom: 12px; }
        .box > summary { cursor: pointer; font-weight: 600; color: #3a4455; }
        .box[open] > summary { margin-bottom: 8px; }
        .system { background: #fbfaf4; }
        .history .turn { border-top: 1px dashed var(--line); padding-top: 8px; margin-top: 8px; }
        .history .turn:first-child { border-top: 0; margin-top: 0; padding-top: 0; }
        .role { font-size: 12.5px; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin-bottom: 6px; }
        .user { border-left: 4px solid #8aa6d6; }
        .answer { border-left: 4px solid #5fbf7f; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; word-break: normal; }
        .history .text { color: #3a4455; }
        #panel { position: relative; }
        .panel-inner { position: sticky; top: 76px; background: var(--card); border: 1px solid var(--line); border-radius: 12px;
          padding: 16px; box-shadow: 0 2px 10px rgba(20,30,50,.06); max-height: calc(100vh - 96px); overflow: auto; }
        .criterion { font-size: 17px; font-weight: 600; padding: 10px 12px; background: #f1f5fc; border-radius: 8px; margin: 4px 0 10px; }
        .judge { font-size: 14px; color: var(--muted); margin-bottom: 8px; }
        .question { margin: 8px 0; color: var(--muted); font-size: 14px; }
        .choices { display: grid; gap: 8px; }
        .choice { text-align: left; font-size: 16px; padding: 10px 14px; border-width: 2px; }
        .choice.yes[aria-pressed="true"] { background: var(--yes); border-color: var(--yes); color: #fff; }
        .choice.no[aria-pressed="true"] { background: var(--no); border-color: var(--no); color: #fff; }
        .choice.na[aria-pressed="true"] { background: #c9b458; border-color: #c9b458; color: #2b2410; }
        .choice[aria-pressed="true"] kbd { background: rgba(255,255,255,.85); }
        .moves { display: flex; gap: 8px; margin-top: 14px; }
        .moves button { flex: 1 1 auto; font-size: 14px; white-space: nowrap; padding: 7px 10px; }
        .moves button:disabled { opacity: .4; cursor: default; }
        .keys { font-size: 12.5px; color: var(--muted); line-height: 2; margin: 14px 0 0; }
        .muted { color: var(--muted); }
        .small { font-size: 12.5px; }
        @media (max-width: 900px) {
          #layout { grid-template-columns: 1fr; }
          .panel-inner { position: static; max-height: none; }
        }

        """#
}
