// Adakings order board: login, a live board fed by the /ws/orders/ event stream, a counter tab,
// and tabs other files register. Plain JavaScript, no build step, nothing loaded from elsewhere.
//
// What the page trusts: the server. Status buttons come from /api/board/config/ (the server's
// own transition table for this role); the board is rebuilt from the server's snapshot after a
// resync; the connection badge says "live" only while the stream is open and caught up.
(function () {
  "use strict";

  var STORE = "adakings.board.auth";
  var MUTE = "adakings.board.muted";
  var COLUMNS = ["Pending", "Accepted", "Ready", "Out for Delivery"];
  var STAFF = ["superadmin", "admin", "frontdesk"];

  var $ = function (id) { return document.getElementById(id); };
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function hms(d) { return pad(d.getHours()) + ":" + pad(d.getMinutes()) + ":" + pad(d.getSeconds()); }

  // ---------------------------------------------------------------- auth and HTTP

  var auth = null; // {access, refresh, access_expires_at, refresh_expires_at, user}
  var refreshTimer = null;
  var refreshing = null;

  function loadAuth() {
    try { auth = JSON.parse(localStorage.getItem(STORE) || "null"); } catch (e) { auth = null; }
    return auth;
  }
  function saveAuth() { localStorage.setItem(STORE, JSON.stringify(auth)); }

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = new Uint8Array(16);
    if (window.crypto && crypto.getRandomValues) crypto.getRandomValues(b);
    else for (var i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function HttpError(status, body) {
    this.status = status;
    this.body = body;
    this.message = messageOf(body) || ("HTTP " + status);
  }
  HttpError.prototype = Object.create(Error.prototype);

  // The server's own words: DRF's `detail`, else the first field message.
  function messageOf(body) {
    if (!body || typeof body !== "object") return typeof body === "string" ? body : "";
    if (typeof body.detail === "string") return body.detail;
    for (var k in body) {
      var v = body[k];
      while (Array.isArray(v)) v = v[0];
      if (v && typeof v === "object") return messageOf(v);
      // A refused status change says all it needs without the field's name.
      if (v != null) return (k === "non_field_errors" || k === "status" ? "" : k + ": ") + v;
    }
    return "";
  }

  function raw(method, path, body, headers) {
    var h = { "Accept": "application/json" };
    for (var k in headers || {}) h[k] = headers[k];
    if (body !== undefined) h["Content-Type"] = "application/json";
    return fetch(path, { method: method, headers: h, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store" });
  }

  async function parse(res) {
    var text = await res.text();
    var data = text;
    try { data = text ? JSON.parse(text) : null; } catch (e) { /* not JSON: keep the text */ }
    if (!res.ok) throw new HttpError(res.status, data);
    return data;
  }

  // One refresh at a time; every caller waits for the same one.
  function refresh() {
    if (!auth || !auth.refresh) return Promise.reject(new HttpError(401, { detail: "Not signed in." }));
    if (!refreshing) {
      refreshing = raw("POST", "/api/token/refresh/", { refresh: auth.refresh }).then(parse).then(function (d) {
        auth.access = d.access;
        auth.access_expires_at = d.access_expires_at || null;
        saveAuth();
        scheduleRefresh();
        return auth.access;
      }, function (e) {
        // A 401 means the refresh token or the account is no longer good: back to the login
        // form. A network failure is not the user's fault: keep the session and try later.
        if (e instanceof HttpError && (e.status === 401 || e.status === 400)) {
          endSession("Your session has ended (" + (e.message || "signed out") + "). Please sign in again.");
        } else {
          scheduleRefresh(30000);
        }
        throw e;
      }).finally(function () { refreshing = null; });
    }
    return refreshing;
  }

  function scheduleRefresh(inMs) {
    clearTimeout(refreshTimer);
    if (!auth) return;
    var ms = inMs;
    if (ms == null) {
      var exp = Date.parse(auth.access_expires_at || "");
      // Two minutes before expiry (or at 80% of a short lifetime), never in a tight loop.
      ms = isNaN(exp) ? 10 * 60000 : Math.max(5000, Math.min(exp - Date.now() - 120000, (exp - Date.now()) * 0.8));
    }
    refreshTimer = setTimeout(function () { refresh().catch(function () {}); }, Math.min(ms, 2147483000));
  }

  // Authenticated JSON request; one refresh and retry on 401.
  async function call(method, path, body, headers) {
    if (!auth) throw new HttpError(401, { detail: "Not signed in." });
    var h = {};
    for (var k in headers || {}) h[k] = headers[k];
    h["Authorization"] = "Bearer " + auth.access;
    var res = await raw(method, path, body, h);
    if (res.status === 401) {
      await refresh();
      h["Authorization"] = "Bearer " + auth.access;
      res = await raw(method, path, body, h);
      if (res.status === 401) {
        var err = await parse(res).catch(function (e) { return e; });
        endSession("Your account can no longer sign in (" + err.message + ").");
        throw err;
      }
    }
    return parse(res);
  }

  // A mutation: one Idempotency-Key per user action, the same key on every retry of that
  // action, so a lost response never turns into a second order or payment.
  async function mutate(method, path, body, key) {
    key = key || uuid();
    var wait = 400;
    for (var attempt = 0; ; attempt++) {
      try {
        return await call(method, path, body, { "Idempotency-Key": key });
      } catch (e) {
        var retriable = !(e instanceof HttpError) || e.status === 503 || e.status === 429;
        if (!retriable || attempt >= 3) throw e;
        await new Promise(function (r) { setTimeout(r, wait + Math.random() * wait); });
        wait *= 2;
      }
    }
  }

  // Keys for forms: the same key while the same request is retried (double tap, retry after
  // an error), a new key once the request itself changes.
  var formKeys = {};
  function formKey(scope, body) {
    var sig = JSON.stringify(body);
    var k = formKeys[scope];
    if (!k || k.sig !== sig) k = formKeys[scope] = { sig: sig, key: uuid() };
    return k.key;
  }

  async function download(path) {
    var res = await raw("GET", path, undefined, { "Authorization": "Bearer " + auth.access });
    if (res.status === 401) {
      await refresh();
      res = await raw("GET", path, undefined, { "Authorization": "Bearer " + auth.access });
    }
    if (!res.ok) return parse(res);
    var blob = await res.blob();
    var name = (/filename="?([^";]+)"?/.exec(res.headers.get("Content-Disposition") || "") || [])[1] ||
      path.split("?")[0].split("/").filter(Boolean).pop() || "download";
    var a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    return name;
  }

  // ---------------------------------------------------------------- login / logout

  function showLogin(msg) {
    $("app").hidden = true;
    $("login").hidden = false;
    var m = $("login-msg");
    m.textContent = msg || "";
    m.className = "msg" + (msg ? " error" : "");
    $("login-user").focus();
  }

  async function doLogin(ev) {
    ev.preventDefault();
    unlockAudio();
    var btn = $("login-submit");
    btn.disabled = true;
    $("login-msg").textContent = "";
    try {
      var d = await raw("POST", "/api/token/", { username: $("login-user").value.trim(), password: $("login-pass").value }).then(parse);
      auth = { access: d.access, refresh: d.refresh, access_expires_at: d.access_expires_at, refresh_expires_at: d.refresh_expires_at, user: d.user };
      saveAuth();
      $("login-pass").value = "";
      await startSession();
    } catch (e) {
      showLogin(e instanceof HttpError ? e.message : "Cannot reach the server. Check the connection and try again.");
    } finally {
      btn.disabled = false;
    }
  }

  function endSession(msg) {
    var had = auth;
    auth = null;
    localStorage.removeItem(STORE);
    clearTimeout(refreshTimer);
    stopLive();
    unmountTabs();
    if (had || msg) showLogin(msg);
  }

  async function logout() {
    var r = auth && auth.refresh;
    var a = auth && auth.access;
    endSession("");
    // Best effort: tell the server so the refresh token cannot be used again.
    if (r) raw("POST", "/api/users/logout/", { refresh: r }, { "Authorization": "Bearer " + a }).catch(function () {});
  }

  // ---------------------------------------------------------------- session

  var cfg = null; // /api/board/config/

  async function startSession() {
    try {
      cfg = await call("GET", "/api/board/config/");
    } catch (e) {
      if (!auth) return; // endSession already showed the login form
      if (!(e instanceof HttpError) || e.status >= 500) {
        // The server is down or unreachable, the session is fine: keep trying.
        showLogin("Cannot reach the server; trying again…");
        setTimeout(function () { if (auth) startSession(); }, 3000 + Math.random() * 2000);
        return;
      }
      showLogin(e.message || "Cannot load the board.");
      return;
    }
    auth.user = Object.assign({}, auth.user || {}, cfg.user);
    saveAuth();
    $("login").hidden = true;
    $("app").hidden = false;
    $("who").textContent = cfg.user.username + " (" + cfg.user.role + ")";
    buildTabs();
    buildColumns();
    scheduleRefresh();
    startLive();
  }

  // ---------------------------------------------------------------- tabs

  var extraTabs = [];
  var mounted = {};
  var current = "board";

  function isStaff() { return cfg && STAFF.indexOf(cfg.user.role) >= 0; }

  function tabList() {
    var list = [{ id: "board", title: "Board" }];
    if (isStaff()) list.push({ id: "counter", title: "Counter" });
    extraTabs.forEach(function (t) {
      if (!t.roles || !t.roles.length || t.roles.indexOf(cfg.user.role) >= 0) list.push(t);
    });
    return list;
  }

  function buildTabs() {
    if (!cfg) return;
    var nav = $("tabs");
    nav.textContent = "";
    var list = tabList();
    if (!list.some(function (t) { return t.id === current; })) current = "board";
    list.forEach(function (t) {
      var b = el("button", t.id === current ? "active" : "", t.title);
      b.type = "button";
      b.dataset.tab = t.id;
      b.onclick = function () { showTab(t.id); };
      nav.appendChild(b);
    });
    showTab(current);
  }

  function paneFor(id) {
    var p = $("tab-" + id);
    if (!p) {
      p = el("div", "tab-pane");
      p.id = "tab-" + id;
      p.hidden = true;
      document.querySelector("main").appendChild(p);
    }
    return p;
  }

  function showTab(id) {
    current = id;
    Array.prototype.forEach.call($("tabs").children, function (b) { b.classList.toggle("active", b.dataset.tab === id); });
    Array.prototype.forEach.call(document.querySelectorAll(".tab-pane"), function (p) { p.hidden = p.id !== "tab-" + id; });
    var pane = paneFor(id);
    pane.hidden = false;
    if (id === "counter") openCounter();
    var t = extraTabs.filter(function (x) { return x.id === id; })[0];
    if (t && !mounted[id]) {
      mounted[id] = true;
      try { t.mount(pane, tabApi()); } catch (e) { pane.textContent = "This tab failed to load: " + e.message; }
    }
  }

  function unmountTabs() {
    extraTabs.forEach(function (t) { var p = $("tab-" + t.id); if (p) p.remove(); });
    mounted = {};
    current = "board";
  }

  function tabApi() {
    return {
      get: function (path) { return call("GET", path); },
      post: function (path, body, key) { return mutate("POST", path, body, key); },
      download: download,
      user: Object.assign({}, auth && auth.user),
    };
  }

  // ---------------------------------------------------------------- the live stream

  var orders = new Map(); // id -> Order (active ones on the board)
  var lastEventId = null;
  var epoch = null;
  var ws = null;
  var attempt = 0;
  var retryTimer = null;
  var downSince = null;
  var lastHeard = 0;
  var watchdog = null;
  var caughtUp = false;
  var seen = {}; // order_number -> Date.now() when its card first entered the DOM

  function setConn() {
    var c = $("conn");
    var state, text;
    // The device saying it has no network wins: a socket cannot be live without one.
    if (!navigator.onLine) { state = "offline"; text = "offline" + (downSince ? " since " + hms(downSince) : ""); }
    else if (ws && ws.readyState === 1 && caughtUp) { state = "live"; text = "live"; }
    else { state = "reconnecting"; text = "reconnecting since " + hms(downSince || new Date()); }
    c.className = "conn " + state;
    c.textContent = text;
    c.dataset.state = state;
  }

  function startLive() {
    stopLive();
    orders.clear();
    lastEventId = null;
    epoch = null;
    downSince = new Date();
    connect();
    watchdog = setInterval(tick, 5000);
  }

  function stopLive() {
    clearTimeout(retryTimer);
    clearInterval(watchdog);
    retryTimer = watchdog = null;
    if (ws) { ws.onclose = ws.onmessage = ws.onerror = null; try { ws.close(1000); } catch (e) { /* already closed */ } }
    ws = null;
    caughtUp = false;
    orders.clear();
    renderBoard();
  }

  function connect() {
    clearTimeout(retryTimer);
    retryTimer = null;
    if (!auth) return;
    var q = "?token=" + encodeURIComponent(auth.access);
    if (lastEventId != null) {
      q += "&since=" + lastEventId;
      if (epoch) q += "&epoch=" + encodeURIComponent(epoch);
    }
    var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws/orders/" + q;
    var sock;
    try { sock = new WebSocket(url); } catch (e) { scheduleReconnect(); return; }
    ws = sock;
    caughtUp = false;
    lastHeard = Date.now();
    setConn();
    sock.onopen = function () { lastHeard = Date.now(); };
    sock.onmessage = function (ev) {
      lastHeard = Date.now();
      var m;
      try { m = JSON.parse(ev.data); } catch (e) { return; }
      onMessage(m);
    };
    sock.onclose = function (ev) {
      if (ws !== sock) return;
      dropped();
      if (ev.code === 4001) {
        // The token was refused: a fresh one, or back to the login form if there is none.
        refresh().then(function () { attempt = 0; connect(); }, function () { scheduleReconnect(); });
        return;
      }
      scheduleReconnect(ev.code === 1012 ? 0 : undefined);
    };
  }

  function dropped() {
    if (ws) { ws.onclose = ws.onmessage = ws.onerror = null; try { ws.close(); } catch (e) { /* gone */ } }
    ws = null;
    caughtUp = false;
    if (!downSince) downSince = new Date();
    setConn();
  }

  // Exponential backoff with full jitter, so a room of tablets does not reconnect in step.
  function scheduleReconnect(fixed) {
    if (!auth || retryTimer) return;
    var cap = Math.min(30000, 500 * Math.pow(2, attempt));
    var ms = fixed != null ? fixed + Math.random() * 250 : cap / 2 + Math.random() * cap / 2;
    attempt++;
    retryTimer = setTimeout(connect, ms);
  }

  // Sleep, Wi-Fi loss and silent drops: reconnect now when the device is back; after 20 s of
  // silence ask the server for a heartbeat, and after 45 s without any answer treat the
  // stream as dead (a vanished network never delivers a close frame).
  function tick() {
    if (ws && ws.readyState === 0 && Date.now() - lastHeard > 15000) { dropped(); scheduleReconnect(); }
    if (ws && ws.readyState === 1) {
      var quiet = Date.now() - lastHeard;
      if (quiet > 45000) { dropped(); scheduleReconnect(0); }
      else if (quiet > 20000) {
        try { ws.send(JSON.stringify({ type: "heartbeat", timestamp: Date.now() })); } catch (e) { /* closing */ }
      }
    }
    setConn();
    renderAges();
  }
  function wakeUp() {
    if (!auth) return;
    setConn();
    if (!ws) { attempt = 0; connect(); }
    else if (ws.readyState === 1) tick();
  }
  // Back on the network (perhaps another one): the old socket may be dead without knowing
  // it, so start afresh at once; `since` makes sure nothing is missed.
  window.addEventListener("online", function () {
    if (!auth) return;
    if (ws) dropped();
    attempt = 0;
    connect();
  });
  window.addEventListener("offline", function () { if (!downSince) downSince = new Date(); setConn(); });
  document.addEventListener("visibilitychange", function () { if (!document.hidden) wakeUp(); });

  function live() {
    caughtUp = true;
    attempt = 0;
    downSince = null;
    setConn();
  }

  function onMessage(m) {
    if (m.epoch) epoch = m.epoch;
    switch (m.type) {
      case "data_update":
        var first = lastEventId == null;
        var before = new Set(orders.keys());
        orders.clear();
        (m.data || []).forEach(function (o) { if (onBoard(o)) orders.set(o.id, o); });
        lastEventId = m.last_event_id;
        renderBoard();
        // After a resync, orders the board had not seen are new to the people watching it.
        if (!first) orders.forEach(function (o, id) { if (!before.has(id)) announce(o); });
        updateToday(m.data || []);
        live();
        break;
      case "item_created":
      case "item_updated":
        if (lastEventId != null && m.event_id <= lastEventId) break; // already applied
        lastEventId = m.event_id;
        upsert(m.item, m.type === "item_created");
        break;
      case "item_deleted":
        if (lastEventId != null && m.event_id <= lastEventId) break;
        lastEventId = m.event_id;
        orders.delete(m.item_id);
        var c = document.querySelector('.card[data-id="' + m.item_id + '"]');
        if (c) c.remove();
        todayRemove(m.item_id);
        counts();
        break;
      case "replay_complete":
        lastEventId = m.last_event_id;
        live();
        break;
    }
  }

  function onBoard(o) { return COLUMNS.indexOf(o.status) >= 0; }

  function upsert(o, isNew) {
    var had = orders.get(o.id);
    if (had && (had.version || 0) > (o.version || 0)) return; // a newer copy is shown already
    if (onBoard(o)) orders.set(o.id, o); else orders.delete(o.id);
    renderCard(o);
    if (isNew) announce(o);
    updateToday([o]);
  }

  // ---------------------------------------------------------------- the board

  function buildColumns() {
    var root = $("columns");
    root.textContent = "";
    COLUMNS.forEach(function (s) {
      var col = el("section", "column");
      col.dataset.status = s;
      var h = el("h2", null, s);
      h.appendChild(el("span", "count", "0"));
      col.appendChild(h);
      col.appendChild(el("div", "cards"));
      root.appendChild(col);
    });
  }

  function column(status) { return document.querySelector('.column[data-status="' + status + '"] .cards'); }

  function renderBoard() {
    Array.prototype.forEach.call(document.querySelectorAll(".column .cards"), function (c) { c.textContent = ""; });
    Array.from(orders.values()).sort(byAge).forEach(renderCard);
    counts();
  }
  function byAge(a, b) { return Date.parse(a.created_at) - Date.parse(b.created_at); }

  function counts() {
    COLUMNS.forEach(function (s) {
      var col = column(s);
      if (col) col.parentNode.querySelector(".count").textContent = col.children.length;
    });
  }

  function ageMinutes(o) { return Math.max(0, Math.floor((Date.now() - Date.parse(o.created_at)) / 60000)); }
  function ageClass(min) { return min >= cfg.late_minutes ? "late" : min >= cfg.warn_minutes ? "warn" : ""; }

  function renderAges() {
    if (!cfg) return;
    Array.prototype.forEach.call(document.querySelectorAll(".card"), function (c) {
      var o = orders.get(Number(c.dataset.id));
      if (!o) return;
      var min = ageMinutes(o);
      c.querySelector(".age").textContent = min + " min";
      c.classList.remove("warn", "late");
      var k = ageClass(min);
      if (k) c.classList.add(k);
    });
  }

  var cardErrors = {}; // id -> the server's last refusal for that card

  function renderCard(o) {
    var old = document.querySelector('.card[data-id="' + o.id + '"]');
    if (!onBoard(o)) { if (old) old.remove(); counts(); return; }
    var min = ageMinutes(o);
    var card = el("article", "card " + ageClass(min));
    card.dataset.id = o.id;
    card.dataset.order = o.order_number;
    card.dataset.status = o.status;
    if (old && old.classList.contains("new")) card.classList.add("new");

    var head = el("div", "head");
    head.appendChild(el("span", "num", o.order_number));
    head.appendChild(el("span", "age", min + " min"));
    card.appendChild(head);

    var meta = el("div", "meta");
    meta.textContent = o.delivery_type + (o.delivery_type === "Delivery" ? " · " + (o.delivery_location_name || o.delivery_location || "no location") : "") +
      (o.customer_phone ? " · " + o.customer_phone : "");
    card.appendChild(meta);

    var ul = el("ul");
    (o.items || []).forEach(function (it) {
      var li = el("li", null, it.quantity + " × " + it.menu_item_name);
      if (it.notes) li.appendChild(el("span", "note", it.notes));
      ul.appendChild(li);
    });
    card.appendChild(ul);
    if (o.notes) card.appendChild(el("span", "onote", o.notes));

    var pay = el("div", "meta");
    var badge = el("span", "pay " + String(o.payment_status || "").split(" ")[0], o.payment_status);
    pay.appendChild(badge);
    pay.appendChild(document.createTextNode(" GH₵ " + o.total_price + (Number(o.balance_due) > 0 ? " · due " + o.balance_due : "")));
    card.appendChild(pay);

    var moves = ((cfg.transitions[o.delivery_type] || {})[o.status]) || [];
    var owes = isStaff() && Number(o.balance_due) > 0;
    if (moves.length || owes) {
      var act = el("div", "actions");
      moves.forEach(function (mv) {
        var b = el("button", mv.to === "Cancelled" ? "cancel" : "", "→ " + mv.to);
        b.type = "button";
        b.dataset.to = mv.to;
        if (mv.needs_payment) b.title = "Needs the order to be paid";
        b.onclick = function () { move(o, mv.to, b); };
        act.appendChild(b);
      });
      if (owes) {
        // Unpaid pickups wait in Pending: the counter takes the money from here.
        var pay = el("button", "ghost pay-btn", "Pay " + o.balance_due);
        pay.type = "button";
        pay.onclick = function () { showTab("counter"); selectForPayment(orders.get(o.id) || o); };
        act.appendChild(pay);
      }
      card.appendChild(act);
    }
    if (cardErrors[o.id] && cardErrors[o.id].version === o.version) card.appendChild(el("div", "err", cardErrors[o.id].text));

    var col = column(o.status);
    if (old && old.parentNode === col) { col.replaceChild(card, old); }
    else {
      if (old) old.remove();
      // Oldest first: the order waiting longest is at the top.
      var t = Date.parse(o.created_at);
      var before = Array.prototype.find.call(col.children, function (c) {
        var x = orders.get(Number(c.dataset.id));
        return x && Date.parse(x.created_at) > t;
      });
      col.insertBefore(card, before || null);
    }
    if (!(o.order_number in seen)) seen[o.order_number] = Date.now();
    counts();
  }

  async function move(o, to, btn) {
    if (to === "Cancelled" && !confirm("Cancel order " + o.order_number + "?")) return;
    btn.disabled = true;
    delete cardErrors[o.id];
    try {
      var updated = await mutate("PATCH", "/api/orders/" + encodeURIComponent(o.order_number) + "/status/", { status: to });
      // The event will say the same; applying it now makes the tap feel instant.
      if (updated && updated.id) upsert(updated, false);
    } catch (e) {
      var cur = orders.get(o.id) || o;
      cardErrors[o.id] = { text: e.message || "The change was refused.", version: cur.version };
      renderCard(cur);
    } finally {
      btn.disabled = false;
    }
  }

  // ---------------------------------------------------------------- new-order sound

  var audio = null;
  var muted = localStorage.getItem(MUTE) === "1";
  function unlockAudio() {
    // Browsers allow sound only after a user gesture; the login tap or any tap unlocks it.
    if (audio) return;
    var AC = window.AudioContext || window.webkitAudioContext;
    if (AC) { try { audio = new AC(); } catch (e) { audio = null; } }
  }
  function beep() {
    if (muted || !audio) return;
    window.AdakingsBoard.beeps++;
    try {
      if (audio.state === "suspended") audio.resume();
      var t = audio.currentTime;
      [0, 0.18].forEach(function (d) {
        var osc = audio.createOscillator();
        var g = audio.createGain();
        osc.frequency.value = 880;
        g.gain.setValueAtTime(0.0001, t + d);
        g.gain.exponentialRampToValueAtTime(0.3, t + d + 0.01);
        g.gain.exponentialRampToValueAtTime(0.0001, t + d + 0.14);
        osc.connect(g).connect(audio.destination);
        osc.start(t + d);
        osc.stop(t + d + 0.15);
      });
    } catch (e) { /* no sound is better than no board */ }
  }
  function showMute() { $("mute").textContent = muted ? "Sound off" : "Sound on"; $("mute").setAttribute("aria-pressed", String(muted)); }
  function announce(o) {
    var c = document.querySelector('.card[data-id="' + o.id + '"]');
    if (c) { c.classList.remove("new"); void c.offsetWidth; c.classList.add("new"); }
    beep();
  }

  // ---------------------------------------------------------------- counter tab

  var today = new Map(); // id -> Order created today
  var menu = [];
  var cart = []; // {item, quantity, notes}
  var counterReady = false;

  function todayDate() { return new Date().toISOString().slice(0, 10); }
  function isToday(o) { return String(o.created_at || "").slice(0, 10) === todayDate(); }

  async function openCounter() {
    if (!counterReady) {
      counterReady = true;
      try {
        var items = await raw("GET", "/api/menu/items/?page_size=1000").then(parse);
        menu = (items.results || items).filter(function (m) { return m.is_available; });
        renderMenu();
        var locs = await raw("GET", "/api/orders/delivery-locations/?page_size=1000").then(parse);
        var sel = $("location");
        sel.textContent = "";
        (locs.results || locs).forEach(function (l) {
          var opt = el("option", null, l.name + " (GH₵ " + l.fee + ")");
          opt.value = l.name;
          sel.appendChild(opt);
        });
        var modes = await call("GET", "/api/payments/payment-modes/");
        var ps = $("pay-method");
        ps.textContent = "";
        (modes.payment_modes || []).filter(function (m) { return !m.disabled; }).forEach(function (m) {
          var opt = el("option", null, m.label || m.value);
          opt.value = m.value;
          ps.appendChild(opt);
        });
      } catch (e) {
        counterReady = false;
        showMsg("order-msg", "Cannot load the menu: " + e.message, true);
      }
    }
    try {
      var list = await call("GET", "/api/orders/?date=" + todayDate());
      today.clear();
      updateToday(list);
    } catch (e) { showMsg("order-msg", "Cannot load today's orders: " + e.message, true); }
  }

  function updateToday(list) {
    list.forEach(function (o) { if (isToday(o)) today.set(o.id, o); });
    renderToday();
  }
  function todayRemove(id) { today.delete(id); renderToday(); }

  function renderToday() {
    var body = document.querySelector("#today tbody");
    if (!body) return;
    var q = $("search").value.trim().toLowerCase();
    body.textContent = "";
    Array.from(today.values()).sort(function (a, b) { return -byAge(a, b); }).forEach(function (o) {
      var hay = [o.order_number, o.customer_phone, o.delivery_location_name, o.delivery_location, o.status, o.payment_status, o.notes].join(" ").toLowerCase();
      if (q && hay.indexOf(q) < 0) return;
      var tr = el("tr");
      tr.dataset.order = o.order_number;
      var t = new Date(o.created_at);
      var where = o.delivery_type === "Delivery" ? (o.delivery_location_name || o.delivery_location || "Delivery") : "Pickup";
      [o.order_number, pad(t.getHours()) + ":" + pad(t.getMinutes()), o.status, where,
        o.customer_phone || "", o.total_price, o.balance_due, o.payment_status]
        .forEach(function (v, i) { tr.appendChild(el("td", i === 5 || i === 6 ? "num" : null, v == null ? "" : String(v))); });
      if ($("pay-order").value === o.order_number) tr.className = "sel";
      tr.onclick = function () { selectForPayment(o); };
      body.appendChild(tr);
    });
  }

  function selectForPayment(o) {
    $("pay-order").value = o.order_number;
    $("pay-amount").value = Number(o.balance_due) > 0 ? o.balance_due : "";
    $("pay-mobile").value = o.customer_phone || "";
    $("pay-msg").textContent = "";
    renderToday();
    $("pay-amount").focus();
  }

  function renderMenu() {
    var root = $("menu");
    root.textContent = "";
    [["regular", "Dishes"], ["extra", "Extras"]].forEach(function (g) {
      var items = menu.filter(function (m) { return (m.item_type || "regular") === g[0]; });
      if (!items.length) return;
      root.appendChild(el("h3", null, g[1]));
      items.forEach(function (m) {
        var b = el("button", g[0] === "extra" ? "extra" : "", m.name + " · " + m.price);
        b.type = "button";
        b.dataset.menuId = m.id;
        b.onclick = function () { addToCart(m); };
        root.appendChild(b);
      });
    });
  }

  function addToCart(m) {
    var line = cart.filter(function (l) { return l.item.id === m.id && !l.notes; })[0];
    if (line) line.quantity++; else cart.push({ item: m, quantity: 1, notes: "" });
    renderCart();
  }

  function renderCart() {
    var root = $("cart");
    root.textContent = "";
    if (!cart.length) { root.appendChild(el("p", "muted", "Tap a dish to add it.")); $("cart-total").textContent = ""; return; }
    var total = 0;
    cart.forEach(function (l, i) {
      total += Number(l.item.price) * l.quantity;
      var row = el("div", "line");
      row.appendChild(el("span", null, l.quantity + " × " + l.item.name));
      [["−", -1], ["+", 1]].forEach(function (p) {
        var b = el("button", "ghost", p[0]);
        b.type = "button";
        b.onclick = function () { l.quantity += p[1]; if (l.quantity <= 0) cart.splice(i, 1); renderCart(); };
        row.appendChild(b);
      });
      var x = el("button", "ghost", "✕");
      x.type = "button";
      x.onclick = function () { cart.splice(i, 1); renderCart(); };
      row.appendChild(x);
      var note = el("input");
      note.placeholder = "Note for the kitchen";
      note.value = l.notes;
      note.oninput = function () { l.notes = note.value; };
      row.appendChild(note);
      root.appendChild(row);
    });
    $("cart-total").textContent = "Items GH₵ " + total.toFixed(2);
  }

  function showMsg(id, text, isErr) {
    var m = $(id);
    m.textContent = text;
    m.className = "msg " + (isErr ? "error" : "ok");
  }

  function dtype() { return document.querySelector('input[name="dtype"]:checked').value; }

  async function submitOrder(ev) {
    ev.preventDefault();
    if (!cart.length) { showMsg("order-msg", "Add at least one item.", true); return; }
    var body = {
      delivery_type: dtype(),
      notes: $("order-notes").value,
      items: cart.map(function (l) { var x = { menu_item_id: l.item.id, quantity: l.quantity }; if (l.notes) x.notes = l.notes; return x; }),
    };
    if (body.delivery_type === "Delivery") {
      body.delivery_location = $("location").value;
      body.customer_phone = $("phone").value.trim();
    } else if ($("phone").value.trim()) {
      body.customer_phone = $("phone").value.trim();
    }
    var btn = ev.submitter || document.querySelector("#order-form button[type=submit]");
    btn.disabled = true;
    try {
      var o = await mutate("POST", "/api/orders/", body, formKey("order", body));
      delete formKeys.order;
      showMsg("order-msg", "Order " + o.order_number + " created (GH₵ " + o.total_price + ").", false);
      cart = [];
      renderCart();
      $("order-notes").value = "";
      $("phone").value = "";
      updateToday([o]);
      $("pay-order").value = o.order_number;
      $("pay-amount").value = o.balance_due;
    } catch (e) {
      showMsg("order-msg", e.message, true);
    } finally {
      btn.disabled = false;
    }
  }

  async function submitPayment(ev) {
    ev.preventDefault();
    var body = {
      order_number: $("pay-order").value.trim(),
      amount: $("pay-amount").value.trim(),
      payment_method: $("pay-method").value,
      payment_type: "payment",
    };
    if ($("pay-mobile").value.trim()) body.mobile_number = $("pay-mobile").value.trim();
    var btn = ev.submitter || document.querySelector("#pay-form button[type=submit]");
    btn.disabled = true;
    try {
      var p = await mutate("POST", "/api/payments/initiate/", body, formKey("payment", body));
      delete formKeys.payment;
      showMsg("pay-msg", "Recorded " + p.payment_method + " GH₵ " + p.amount + " for " + p.order_number + ".", false);
      $("pay-amount").value = "";
    } catch (e) {
      showMsg("pay-msg", e.message, true);
    } finally {
      btn.disabled = false;
    }
  }

  // ---------------------------------------------------------------- public interface

  window.AdakingsBoard = {
    // Tabs from other files (report.js): {id, title, roles: [...], mount(el, api)}; `api`
    // offers get(path), post(path, body), download(path) with this session's token, and the
    // current user.
    registerTab: function (tab) {
      if (!tab || !tab.id || typeof tab.mount !== "function") throw new Error("registerTab needs {id, title, mount}");
      if (tab.id === "board" || tab.id === "counter" || extraTabs.some(function (t) { return t.id === tab.id; })) {
        throw new Error("tab id already taken: " + tab.id);
      }
      extraTabs.push({ id: String(tab.id), title: tab.title || tab.id, roles: tab.roles || [], mount: tab.mount });
      if (cfg && auth) buildTabs();
    },
    // Diagnostics: when each order's card first appeared, in ms since the epoch, and how
    // many new-order sounds were played.
    seen: seen,
    beeps: 0,
  };

  function init() {
    $("login-form").addEventListener("submit", doLogin);
    $("logout").onclick = logout;
    $("mute").onclick = function () {
      unlockAudio();
      muted = !muted;
      localStorage.setItem(MUTE, muted ? "1" : "0");
      showMute();
    };
    document.addEventListener("pointerdown", unlockAudio, { once: true });
    showMute();
    $("search").oninput = renderToday;
    $("order-form").addEventListener("submit", submitOrder);
    $("pay-form").addEventListener("submit", submitPayment);
    Array.prototype.forEach.call(document.querySelectorAll('input[name="dtype"]'), function (r) {
      r.onchange = function () { $("delivery-fields").hidden = dtype() !== "Delivery"; };
    });
    if (loadAuth() && auth.access) startSession(); else showLogin("");
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
