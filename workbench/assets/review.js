// Review controls of `workbench serve`: the page's only script (CSP script-src 'self').
// Builds every control with createElement/textContent (no HTML is ever parsed), so notes and ids
// stay text. Talks only to this server's /api/ with the run's token in X-Workbench-Token.
(function () {
  "use strict";
  const token = document.querySelector('meta[name="workbench-token"]').content;
  const reviewFile = (document.querySelector('meta[name="workbench-review-file"]') || {}).content || "";
  const state = { decisions: [], pending: null, selected: null, focus: null };
  const byId = new Map();

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v);
    }
    for (const c of children) e.append(c);
    return e;
  }

  async function api(method, path, body) {
    const opts = { method, headers: { "X-Workbench-Token": token }, credentials: "omit", cache: "no-store" };
    if (body !== undefined) {
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(body);
    }
    const r = await fetch(path, opts);
    let data;
    try { data = await r.json(); } catch (e) { data = { error: r.statusText }; }
    if (!r.ok) { const err = new Error(data.error || r.statusText); err.data = data; throw err; }
    return data;
  }

  const idOf = (node, attr) => JSON.parse(node.getAttribute(attr));

  // ---------------------------------------------------------------- the panel
  const status = el("div", { id: "wb-status", role: "status", "aria-live": "polite" });
  const noteWhat = el("div", { id: "wb-what" });
  const noteInput = el("input", { id: "wb-note", type: "text", maxlength: "2000", autocomplete: "off",
    placeholder: "why (kept in the review file)" });
  const okButton = el("button", { id: "wb-ok", type: "button", text: "Save" });
  const cancelButton = el("button", { id: "wb-cancel", type: "button", text: "Cancel" });
  const noteBox = el("div", { id: "wb-notebox", hidden: "" }, noteWhat, noteInput, okButton, cancelButton);
  const list = el("ol", { id: "wb-list" });
  const rerunButton = el("button", { id: "wb-rerun", type: "button", text: "Re-run with these decisions" });
  const progress = el("progress", { id: "wb-progress", hidden: "" });
  const rerunMsg = el("div", { id: "wb-rerun-msg" });
  const help = el("div", { class: "wb-help", text:
    "j/k next/previous flag · J/K next/previous link · d dismiss · r reject · u undo · Esc cancel" });
  const panel = el("aside", { id: "wb-panel", "aria-label": "review" },
    el("h2", { text: "Review" }), el("div", { class: "wb-file", text: reviewFile }), status, noteBox,
    rerunButton, progress, rerunMsg, help, el("h3", { text: "Decisions" }), list);
  document.body.append(panel);
  document.body.classList.add("wb-served");

  function say(text, bad) {
    status.textContent = text;
    status.classList.toggle("wb-bad", !!bad);
  }

  // ---------------------------------------------------------------- controls on the page
  const flags = Array.from(document.querySelectorAll("li.flag > .ids[data-flag]"), ids => ({ li: ids.parentElement, id: idOf(ids, "data-flag") }));
  const links = Array.from(document.querySelectorAll("li[data-link]"), li => ({ li, id: idOf(li, "data-link") }));

  // What the last run rendered about decisions is replaced by what the review file says now.
  document.querySelectorAll("li.flag > .note, .cflag .cnote, li[data-link] .rv").forEach(n => n.remove());

  for (const f of flags) {
    const bar = el("div", { class: "wb-bar" });
    bar.append(el("button", { type: "button", class: "wb-dismiss", text: "Dismiss…" }),
      el("button", { type: "button", class: "wb-undo", text: "Undo", hidden: "" }));
    bar.querySelector(".wb-dismiss").addEventListener("click", () => openNote("dismiss", f.id, "Dismiss flag " + f.id, f.li));
    bar.querySelector(".wb-undo").addEventListener("click", () => undo(f.id));
    f.li.append(bar);
    f.li.tabIndex = -1;
  }
  for (const l of links) {
    const bar = el("span", { class: "wb-bar" });
    bar.append(el("button", { type: "button", class: "wb-reject", text: "Reject…" }),
      el("button", { type: "button", class: "wb-accept", text: "Accept…" }),
      el("button", { type: "button", class: "wb-undo", text: "Undo", hidden: "" }));
    bar.querySelector(".wb-reject").addEventListener("click", () => openNote("reject", l.id, "Reject link " + l.id, l.li));
    bar.querySelector(".wb-accept").addEventListener("click", () => openNote("accept", l.id, "Accept link " + l.id, l.li));
    bar.querySelector(".wb-undo").addEventListener("click", () => undo(l.id));
    l.li.append(bar);
    l.li.tabIndex = -1;
  }
  for (const s of document.querySelectorAll("[data-sent]")) {
    const b = el("button", { type: "button", class: "wb-pick", title: "select this sentence, then another of the same event, to accept them as a link", text: "link…" });
    b.addEventListener("click", () => pick(idOf(s, "data-sent"), s));
    s.append(" ", b);
  }

  function pick(sid, node) {
    if (state.selected === null) {
      state.selected = { sid, node };
      node.classList.add("wb-selected");
      say("Sentence " + sid + " selected: now pick the other sentence of this event (Esc cancels).");
      return;
    }
    const first = state.selected;
    clearSelection();
    if (first.sid === sid) return;
    openNote("accept", first.sid + "+" + sid, "Accept link " + first.sid + " ↔ " + sid, node);
  }

  function clearSelection() {
    if (state.selected) state.selected.node.classList.remove("wb-selected");
    state.selected = null;
  }

  // ---------------------------------------------------------------- note box and API calls
  function openNote(action, target, what, node) {
    state.pending = { action, target, node };
    noteWhat.textContent = what;
    noteInput.value = "";
    noteBox.hidden = false;
    noteInput.focus();
  }

  function closeNote() {
    state.pending = null;
    noteBox.hidden = true;
  }

  async function save() {
    const p = state.pending;
    if (!p) return;
    try {
      const d = await api("POST", "/api/decisions", { action: p.action, target: p.target, note: noteInput.value });
      closeNote();
      say(d.action + " " + d.id + " saved");
      await refresh();
      if (p.node && p.node.focus) p.node.focus({ preventScroll: true });
    } catch (e) {
      say(e.message, true);
    }
  }

  async function undo(id) {
    const d = byId.get(id);
    if (!d) return;
    try {
      await api("DELETE", "/api/decisions/" + d.n + "?id=" + encodeURIComponent(id));
      say("undone: " + d.action + " " + id);
    } catch (e) {
      say(e.message, true);
    }
    await refresh();
  }

  okButton.addEventListener("click", save);
  cancelButton.addEventListener("click", closeNote);
  noteInput.addEventListener("keydown", e => {
    if (e.key === "Enter") { e.preventDefault(); save(); }
    if (e.key === "Escape") { e.preventDefault(); closeNote(); }
    e.stopPropagation();
  });

  // ---------------------------------------------------------------- showing the decisions
  async function refresh() {
    try {
      state.decisions = (await api("GET", "/api/decisions")).decisions;
    } catch (e) {
      say(e.message, true);
      return;
    }
    byId.clear();
    for (const d of state.decisions) byId.set(d.id, d);
    for (const f of flags) {
      const d = byId.get(f.id);
      const on = !!d && d.action === "dismiss";
      f.li.classList.toggle("dismissed", on);
      setNote(f.li, on ? "dismissed: " + (d.note || "(no note)") : null);
      f.li.querySelector(".wb-undo").hidden = !on;
      f.li.querySelector(".wb-dismiss").hidden = on;
    }
    for (const c of document.querySelectorAll(".cflag[data-flag]")) {
      const d = byId.get(idOf(c, "data-flag"));
      const on = !!d && d.action === "dismiss";
      c.classList.toggle("dismissed", on);
      setNote(c, on ? "(dismissed: " + (d.note || "no note") + ")" : null);
    }
    for (const l of links) {
      const d = byId.get(l.id);
      l.li.classList.toggle("wb-rejected", !!d && d.action === "reject");
      l.li.classList.toggle("wb-accepted", !!d && d.action === "accept");
      setNote(l.li, d ? d.action + "ed" + (d.note ? ": " + d.note : "") : null);
      l.li.querySelector(".wb-undo").hidden = !d;
    }
    list.replaceChildren(...state.decisions.map(d => {
      const b = el("button", { type: "button", class: "wb-undo", text: "Undo" });
      b.addEventListener("click", () => undo(d.id));
      return el("li", { class: "wb-d wb-" + d.action },
        el("b", { text: d.action }), " ", el("code", { text: d.id }), " ", el("span", { class: "wb-target", text: d.target }),
        d.note ? el("div", { class: "wb-dnote", text: d.note }) : "", b);
    }));
    if (!state.decisions.length) list.append(el("li", { class: "wb-empty", text: "none yet" }));
  }

  function setNote(node, text) {
    let n = node.querySelector(":scope > .wb-note");
    if (text === null) { if (n) n.remove(); return; }
    if (!n) { n = el("div", { class: "wb-note" }); node.insertBefore(n, node.querySelector(":scope > .wb-bar")); }
    n.textContent = text;
  }

  // ---------------------------------------------------------------- keyboard
  function move(items, step) {
    if (!items.length) return;
    const at = items.findIndex(x => x.li === state.focus);
    const next = items[(at + step + items.length) % items.length];
    focusOn(next.li);
  }

  function focusOn(node) {
    if (state.focus) state.focus.classList.remove("wb-focus");
    state.focus = node;
    node.classList.add("wb-focus");
    node.focus({ preventScroll: true });
    node.scrollIntoView({ block: "center" });
  }

  function focusedFlag() { return flags.find(f => f.li === state.focus); }
  function focusedLink() { return links.find(l => l.li === state.focus); }

  function linkBehind(flag) {
    const a = flag.li.querySelector('.ids a[href^="#claim-"]');
    const row = a && document.getElementById(a.getAttribute("href").slice(1));
    const li = row && row.querySelector("li[data-link]:not(.wb-rejected)");
    return li ? links.find(l => l.li === li) : undefined;
  }

  document.addEventListener("keydown", e => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA")) return;
    const k = e.key;
    if (k === "j" || k === "n") move(flags, 1);
    else if (k === "k" || k === "p") move(flags, -1);
    else if (k === "J" || k === "N") move(links, 1);
    else if (k === "K" || k === "P") move(links, -1);
    else if (k === "d") { const f = focusedFlag(); if (f) openNote("dismiss", f.id, "Dismiss flag " + f.id, f.li); else return; }
    else if (k === "r") {
      let l = focusedLink();
      const f = focusedFlag();
      if (!l && f) { l = linkBehind(f); if (l) focusOn(l.li); }
      if (l) openNote("reject", l.id, "Reject link " + l.id, l.li); else return;
    }
    else if (k === "u") { const x = focusedFlag() || focusedLink(); if (x) undo(x.id); else return; }
    else if (k === "Escape") { clearSelection(); closeNote(); }
    else return;
    e.preventDefault();
  });

  // ---------------------------------------------------------------- re-run
  async function rerun() {
    rerunMsg.replaceChildren();
    try {
      await api("POST", "/api/rerun", {});
    } catch (e) {
      rerunMsg.append(el("div", { class: "wb-bad", text: e.message }));
      if (e.data && e.data.command) {
        rerunMsg.append(el("div", { text: "Run this, then reload the page:" }), el("code", { class: "cmd", text: e.data.command }));
      }
      return;
    }
    rerunButton.disabled = true;
    progress.hidden = false;
    poll();
  }

  async function poll() {
    let s;
    try { s = await api("GET", "/api/rerun"); } catch (e) { rerunMsg.textContent = e.message; return; }
    if (s.state === "running") {
      rerunMsg.textContent = "running: " + s.stage + (s.total ? " " + s.done + "/" + s.total : "");
      if (s.total) { progress.max = s.total; progress.value = Math.min(s.done, s.total); } else progress.removeAttribute("value");
      setTimeout(poll, 400);
    } else if (s.state === "done") {
      rerunMsg.textContent = "done: reloading";
      location.reload();
    } else {
      rerunButton.disabled = false;
      progress.hidden = true;
      rerunMsg.replaceChildren(el("div", { class: "wb-bad", text: "the re-run failed (exit " + s.exit + ")" }),
        ...(s.messages || []).map(m => el("code", { class: "cmd", text: m })));
    }
  }

  rerunButton.addEventListener("click", rerun);
  refresh().then(() => api("GET", "/api/rerun")).then(s => {
    if (s && s.state === "running") { rerunButton.disabled = true; progress.hidden = false; poll(); }
  }).catch(() => {});
})();
