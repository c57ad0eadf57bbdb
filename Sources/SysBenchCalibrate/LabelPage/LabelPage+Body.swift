extension LabelPage {
    /// The page's fixed markup; the script fills it from the sample data.
    static let body = #"""
        <header id="bar">
          <div class="brand">sysbench-kit <span>label</span></div>
          <label class="who">Annotator <input id="annotator" type="text" autocomplete="name" placeholder="your name" spellcheck="false"></label>
          <div class="where"><span id="position">0 of 0</span><span id="done" class="muted"></span></div>
          <div class="meter" aria-hidden="true"><div id="meter-fill"></div></div>
          <button id="export" type="button" title="Download labels.json (e)">Export labels.json</button>
        </header>
        <nav id="strip" aria-label="Items"></nav>
        <div id="notice" role="status" hidden></div>
        <main id="layout">
          <section id="conversation">
            <div class="key-line"><span id="item-key"></span><span id="alignment" class="chip"></span></div>
            <details id="system-box" class="box system" open>
              <summary>System message <kbd>s</kbd></summary>
              <div id="system" class="text"></div>
            </details>
            <details id="history-box" class="box history">
              <summary><span id="history-title">Earlier turns</span> <kbd>h</kbd></summary>
              <div id="history"></div>
            </details>
            <div class="box user"><div class="role">User</div><div id="user" class="text"></div></div>
            <div class="box answer"><div class="role">Answer</div><div id="response" class="text"></div></div>
          </section>
          <aside id="panel">
            <div class="panel-inner">
              <div class="role">Checklist item <span id="type" class="chip type"></span></div>
              <div id="criterion" class="text criterion"></div>
              <div id="judge-line" class="judge" hidden>Judge: <span id="judge"></span></div>
              <p class="question">Does the answer satisfy this item?</p>
              <div class="choices">
                <button type="button" class="choice yes" data-label="yes"><kbd>y</kbd> Yes</button>
                <button type="button" class="choice no" data-label="no"><kbd>n</kbd> No</button>
                <button type="button" class="choice na" data-label="not applicable"><kbd>a</kbd> Not applicable</button>
              </div>
              <div class="moves">
                <button type="button" id="prev" title="Previous item (k or ←)">← Back</button>
                <button type="button" id="next-open" title="Next unlabelled item (u)">Next unlabelled</button>
                <button type="button" id="next" title="Next item (j or →)">Next →</button>
              </div>
              <p class="keys"><kbd>y</kbd> <kbd>n</kbd> <kbd>a</kbd> label and move on · <kbd>x</kbd> clear ·
                <kbd>j</kbd>/<kbd>→</kbd> next · <kbd>k</kbd>/<kbd>←</kbd> back · <kbd>u</kbd> next unlabelled ·
                <kbd>s</kbd> system · <kbd>h</kbd> earlier turns · <kbd>e</kbd> export</p>
              <p class="muted small" id="saved-note"></p>
            </div>
          </aside>
        </main>

        """#
}
