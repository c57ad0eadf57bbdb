/// The page's only style sheet, inlined so the file works offline and as an email
/// attachment. The font stack reaches a CJK face on every common system, because
/// system messages, answers and judge reasons are often Chinese.
enum ReportStyle {
    static let css = """
        :root { --fg: #202124; --muted: #5f6368; --line: #dadce0; --soft: #f1f3f4; --accent: #0b57d0;
          --fail: #b3261e; --pass: #137333; --other: #b06000; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--fg); background: #fff; line-height: 1.5; font-size: 15px;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial,
            "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
            "WenQuanYi Micro Hei", sans-serif; }
        main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 64px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 20px; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
        h3 { font-size: 16px; margin: 18px 0 6px; }
        h4 { font-size: 13px; margin: 10px 0 2px; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
        .matrices { display: flex; flex-wrap: wrap; gap: 4px 24px; }
        p { margin: 6px 0; }
        .meta, .note { color: var(--muted); font-size: 13px; }
        .note.warn { color: #8a5300; }
        details.history { margin: 4px 0 8px; } details.history h4 { margin: 8px 0 2px; }
        nav { margin: 14px 0 0; font-size: 14px; }
        nav a { color: var(--accent); margin-right: 14px; text-decoration: none; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace;
          font-size: 12.5px; background: var(--soft); padding: 1px 4px; border-radius: 3px; word-break: break-all; }
        table { border-collapse: collapse; margin: 8px 0; font-size: 14px; }
        th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: right; vertical-align: top; }
        th { background: var(--soft); font-weight: 600; }
        th:first-child, td:first-child { text-align: left; }
        td.text { text-align: left; }
        table.table2 td { font-variant-numeric: tabular-nums; }
        table.table2 .v { font-size: 16px; }
        .ci { color: var(--muted); font-size: 12.5px; white-space: nowrap; }
        td.best .v { font-weight: 700; }
        td.best .v::after { content: " ★"; color: #e37400; font-size: 13px; }
        .charts { display: flex; flex-wrap: wrap; gap: 18px 28px; align-items: flex-start; }
        .charts > figure { margin: 0; }
        svg.chart { max-width: 100%; height: auto; }
        svg.chart text { font-family: inherit; }
        details { margin: 6px 0; }
        details > summary { cursor: pointer; }
        details.model { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; margin: 10px 0; }
        details.model > summary { font-weight: 600; font-size: 15px; }
        details.turn { border-top: 1px solid var(--soft); padding: 4px 0; margin: 0; }
        details.turn > summary { font-size: 14px; }
        .turn-body { padding: 4px 0 10px 18px; }
        .text-block { white-space: pre-wrap; word-break: break-word; background: #fafafa; border: 1px solid var(--soft);
          border-radius: 4px; padding: 6px 10px; margin: 0; font-size: 14px; max-height: 28em; overflow: auto; }
        .omitted { color: var(--muted); font-size: 12.5px; font-style: italic; }
        .tag { display: inline-block; font-size: 11.5px; font-weight: 600; border-radius: 3px; padding: 0 6px;
          margin-right: 6px; color: #fff; }
        .tag.fail { background: var(--fail); } .tag.judge { background: #5f6368; } .tag.other { background: var(--other); }
        .verdict-yes { color: var(--pass); font-weight: 600; }
        .verdict-no { color: var(--fail); font-weight: 600; }
        .verdict-other { color: var(--other); font-weight: 600; }
        table.checklist td.text { max-width: 640px; }
        table.checklist th { text-align: left; }
        details.system > summary { font-size: 13px; color: var(--muted); margin-top: 6px; }
        footer { margin-top: 48px; color: var(--muted); font-size: 12.5px; }
        """
}
