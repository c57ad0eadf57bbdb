extension LabelPage {
    /// The page's script: renders one item, takes labels, saves progress in localStorage
    /// under the sample id, and exports `labels.json`. Data is shown with `textContent`
    /// only, so nothing in an answer is ever read as markup.
    static let script = #"""
        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("sample-data").textContent);
          var items = data.items;
          var total = items.length;
          var storeKey = "sysbench-kit-labels:" + data.sample;
          var CLASS = { "yes": "yes", "no": "no", "not applicable": "na" };
          var state = { annotator: "", labels: {}, position: 0, system: true, history: false };
          var $ = function (id) { return document.getElementById(id); };

          function keyOf(item) { return JSON.stringify([item["case"], item.turn, item.item]); }
          var known = {};
          items.forEach(function (item) { known[keyOf(item)] = true; });

          var storage = null;
          try {
            storage = window.localStorage;
            storage.setItem(storeKey + ":probe", "1");
            storage.removeItem(storeKey + ":probe");
          } catch (e) { storage = null; }

          function load() {
            if (!storage) return;
            var saved = null;
            try { saved = JSON.parse(storage.getItem(storeKey) || "null"); } catch (e) { saved = null; }
            if (!saved || typeof saved !== "object") return;
            if (typeof saved.annotator === "string") state.annotator = saved.annotator;
            if (saved.labels && typeof saved.labels === "object") {
              Object.keys(saved.labels).forEach(function (key) {
                if (known[key] && CLASS.hasOwnProperty(saved.labels[key])) state.labels[key] = saved.labels[key];
              });
            }
            if (typeof saved.position === "number" && saved.position >= 0 && saved.position < total) state.position = Math.floor(saved.position);
            if (typeof saved.system === "boolean") state.system = saved.system;
            if (typeof saved.history === "boolean") state.history = saved.history;
          }

          function save() {
            if (!storage) return;
            try { storage.setItem(storeKey, JSON.stringify(state)); }
            catch (e) { notice("Could not save progress in this browser: export often."); }
          }

          var noticeTimer = null;
          function notice(text, sticky) {
            var box = $("notice");
            box.textContent = text;
            box.hidden = false;
            clearTimeout(noticeTimer);
            if (!sticky) noticeTimer = setTimeout(function () { box.hidden = true; }, 4000);
          }

          function labelledCount() { return Object.keys(state.labels).length; }

          var stripButtons = [];
          function buildStrip() {
            var strip = $("strip");
            items.forEach(function (item, index) {
              var b = document.createElement("button");
              b.type = "button";
              b.title = (index + 1) + ": " + item["case"] + " turn " + item.turn + " item " + item.item;
              b.addEventListener("click", function () { go(index); });
              strip.appendChild(b);
              stripButtons.push(b);
            });
          }

          function paintStrip() {
            stripButtons.forEach(function (b, index) {
              var label = state.labels[keyOf(items[index])];
              b.className = (label ? CLASS[label] : "") + (index === state.position ? " current" : "");
              b.setAttribute("aria-current", index === state.position ? "true" : "false");
            });
          }

          function block(role, text) {
            var wrap = document.createElement("div");
            var head = document.createElement("div");
            head.className = "role";
            head.textContent = role;
            var body = document.createElement("div");
            body.className = "text";
            body.textContent = text;
            wrap.appendChild(head);
            wrap.appendChild(body);
            return wrap;
          }

          function render() {
            if (total === 0) {
              $("position").textContent = "0 of 0";
              notice("This sample has no items.", true);
              return;
            }
            var item = items[state.position];
            var label = state.labels[keyOf(item)] || null;
            var done = labelledCount();
            $("position").textContent = (state.position + 1) + " of " + total;
            $("done").textContent = done + " labelled";
            $("meter-fill").style.width = (100 * done / total) + "%";
            $("item-key").textContent = item["case"] + " · turn " + item.turn + " · item " + item.item;
            $("alignment").textContent = item.alignment;
            $("alignment").className = "chip " + item.alignment;
            $("type").textContent = item.type + " · " + item.type_zh;
            $("system").textContent = item.system;
            $("system-box").open = state.system;
            var history = $("history");
            history.textContent = "";
            item.history.forEach(function (turn, index) {
              var t = document.createElement("div");
              t.className = "turn";
              t.appendChild(block("Turn " + (index + 1) + " · user", turn.user));
              t.appendChild(block("Turn " + (index + 1) + " · assistant", turn.assistant));
              history.appendChild(t);
            });
            $("history-box").hidden = item.history.length === 0;
            $("history-box").open = state.history;
            $("history-title").textContent = "Earlier turns (" + item.history.length + ")";
            $("user").textContent = item.user;
            $("response").textContent = item.response;
            $("criterion").textContent = item.criterion;
            if (data.show_judge) {
              $("judge-line").hidden = false;
              $("judge").textContent = item.judge === null || item.judge === undefined ? "(no verdict)" : item.judge;
            }
            document.querySelectorAll(".choice").forEach(function (b) {
              b.setAttribute("aria-pressed", b.getAttribute("data-label") === label ? "true" : "false");
            });
            $("prev").disabled = state.position === 0;
            $("next").disabled = state.position === total - 1;
            $("saved-note").textContent = storage ? "Progress is kept in this browser for this sample." :
              "This browser does not keep progress: export before closing.";
            paintStrip();
            document.title = (state.position + 1) + "/" + total + " · Label · sysbench-kit";
          }

          function go(index) {
            if (index < 0 || index >= total || index === state.position) return;
            state.position = index;
            save();
            render();
            window.scrollTo(0, 0);
          }

          function nextOpen() {
            for (var step = 1; step <= total; step++) {
              var index = (state.position + step) % total;
              if (!state.labels[keyOf(items[index])]) return go(index);
            }
            notice("Every item is labelled. Export labels.json when you are done.");
          }

          function setLabel(label) {
            if (total === 0) return;
            var key = keyOf(items[state.position]);
            if (label) state.labels[key] = label; else delete state.labels[key];
            save();
            render();
            if (!label) return;
            if (labelledCount() === total) {
              notice("All " + total + " items labelled. Export labels.json when you are done.");
            } else if (state.position < total - 1) {
              // At once, not after a pause: a fast second key must land on the next item.
              go(state.position + 1);
            }
          }

          function exportLabels() {
            var name = $("annotator").value.trim();
            if (!name) {
              $("annotator").classList.add("missing");
              $("annotator").focus();
              notice("Enter your name before exporting: it names you in the results.");
              return;
            }
            var out = { format: data.format, version: data.version, sample: data.sample, annotator: name, labels: [] };
            items.forEach(function (item) {
              var label = state.labels[keyOf(item)];
              if (label) out.labels.push({ "case": item["case"], turn: item.turn, item: item.item, label: label });
            });
            var blob = new Blob([JSON.stringify(out, null, 1) + "\n"], { type: "application/json" });
            var url = URL.createObjectURL(blob);
            var link = document.createElement("a");
            link.href = url;
            link.download = "labels.json";
            document.body.appendChild(link);
            link.click();
            setTimeout(function () { URL.revokeObjectURL(url); link.remove(); }, 1000);
            notice("Exported " + out.labels.length + " of " + total + " labels as labels.json.");
          }

          $("annotator").addEventListener("input", function () {
            state.annotator = $("annotator").value;
            $("annotator").classList.remove("missing");
            save();
          });
          $("annotator").addEventListener("keydown", function (event) {
            if (event.key === "Enter" || event.key === "Escape") $("annotator").blur();
          });
          document.querySelectorAll(".choice").forEach(function (b) {
            b.addEventListener("click", function () {
              var label = b.getAttribute("data-label");
              var current = state.labels[keyOf(items[state.position])];
              setLabel(current === label ? null : label);
              b.blur();
            });
          });
          $("prev").addEventListener("click", function () { go(state.position - 1); });
          $("next").addEventListener("click", function () { go(state.position + 1); });
          $("next-open").addEventListener("click", nextOpen);
          $("export").addEventListener("click", exportLabels);
          $("system-box").addEventListener("toggle", function () { state.system = $("system-box").open; save(); });
          $("history-box").addEventListener("toggle", function () { state.history = $("history-box").open; save(); });

          document.addEventListener("keydown", function (event) {
            if (event.ctrlKey || event.metaKey || event.altKey) return;
            var target = event.target;
            if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable)) return;
            var handled = true;
            switch (event.key) {
              case "y": case "Y": case "1": setLabel("yes"); break;
              case "n": case "N": case "2": setLabel("no"); break;
              case "a": case "A": case "3": setLabel("not applicable"); break;
              case "x": case "X": case "Delete": case "Backspace": setLabel(null); break;
              case "j": case "ArrowRight": go(state.position + 1); break;
              case "k": case "ArrowLeft": go(state.position - 1); break;
              case "u": nextOpen(); break;
              case "s": $("system-box").open = !$("system-box").open; break;
              case "h": if (!$("history-box").hidden) $("history-box").open = !$("history-box").open; break;
              case "e": exportLabels(); break;
              default: handled = false;
            }
            if (handled) event.preventDefault();
          });

          load();
          $("annotator").value = state.annotator;
          buildStrip();
          render();
          if (!storage) notice("This browser does not keep progress for pages opened from a file: export before closing.", true);
        })();

        """#
}
