// The owner's Report tab on /board/ (superadmin and admin): a business day's figures from
// GET /api/reports/daily/, sales per hour as an inline SVG bar chart, the CSV download and the
// close-the-day button. Self-contained: it needs only the board's tab hook,
// window.AdakingsBoard.registerTab({id, title, roles, mount(el, api)}), where api offers
// get(path) -> parsed JSON, post(path, body) -> parsed JSON, download(path), and user.
// Every value from the server is put on the page as text (never as HTML).
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";

  function h(tag, attrs, children) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) {
      if (k === "style") e.style.cssText = attrs[k];
      else if (k === "text") e.textContent = attrs[k];
      else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), attrs[k]);
      else e.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) {
      if (c == null) return;
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }

  function s(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }

  function cedi(v) { return "GH\u20b5 " + (v == null ? "0.00" : v); }

  // "2026-12-01T06:00:00.000000Z" -> "2026-12-01 06:00" (the server's times are UTC, which is
  // the restaurant's local time); anything else is shown as it came.
  function when(iso) {
    var m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)/.exec(iso || "");
    return m ? m[1] + " " + m[2] : String(iso);
  }

  function isNum(v) { return typeof v === "number" || /^-?\d+\.\d\d$/.test(String(v)); }

  // A table of `rows` (objects) with columns [[heading, key or function], ...].
  function table(title, rows, cols) {
    function val(r, c) { return typeof c[1] === "function" ? c[1](r) : r[c[1]]; }
    // A heading sits over its figures: right-aligned when the column holds numbers.
    var first = (rows || [])[0];
    var head = h("tr", {}, cols.map(function (c) {
      return h("th", { text: c[0], "class": first && isNum(val(first, c)) ? "num" : "" });
    }));
    var body = (rows || []).map(function (r) {
      return h("tr", {}, cols.map(function (c) {
        var v = val(r, c);
        return h("td", { text: v == null ? "\u2014" : String(v), "class": isNum(v) ? "num" : "" });
      }));
    });
    if (!body.length) body = [h("tr", {}, [h("td", { text: "None.", colspan: String(cols.length), style: "padding:2px 8px;color:#777" })])];
    return h("section", { "class": "report-section", style: "margin:12px 0" }, [
      h("h3", { text: title, style: "margin:4px 0" }),
      h("table", {}, [h("thead", {}, [head]), h("tbody", {}, body)]),
    ]);
  }

  function card(label, value, id) {
    return h("div", { "data-figure": id, style: "display:inline-block;min-width:130px;margin:4px;padding:8px 12px;border:1px solid #ccc;border-radius:6px" }, [
      h("div", { text: label, style: "font-size:12px;color:#555" }),
      h("div", { text: value, style: "font-size:18px;font-weight:bold" }),
    ]);
  }

  // Sales per hour of the business day as bars, the first hour at the left.
  function chart(hours) {
    var W = 720, H = 200, pad = 28, n = hours.length || 24;
    var bw = (W - pad) / n;
    var max = 0;
    hours.forEach(function (x) { max = Math.max(max, parseFloat(x.sales) || 0); });
    var svg = s("svg", { viewBox: "0 0 " + W + " " + (H + 20), width: "100%", role: "img", "aria-label": "Sales per hour", "class": "report-chart" });
    svg.style.maxWidth = W + "px";
    svg.appendChild(s("line", { x1: pad, y1: H, x2: W, y2: H, stroke: "#999" }));
    hours.forEach(function (x, i) {
      var v = parseFloat(x.sales) || 0;
      var bh = max > 0 ? Math.round((v / max) * (H - 20)) : 0;
      var r = s("rect", { x: pad + i * bw + 2, y: H - bh, width: Math.max(bw - 4, 1), height: bh, fill: "#2f7d32", "data-hour": x.hour });
      var t = s("title");
      t.textContent = x.hour + ": " + cedi(x.sales) + " (" + x.orders + " orders)";
      r.appendChild(t);
      svg.appendChild(r);
      if (i % 3 === 0) {
        var lab = s("text", { x: pad + i * bw + bw / 2, y: H + 14, "font-size": "11", "text-anchor": "middle", fill: "#444" });
        lab.textContent = x.hour;
        svg.appendChild(lab);
      }
    });
    var top = s("text", { x: 2, y: 12, "font-size": "11", fill: "#444" });
    top.textContent = max.toFixed(2);
    svg.appendChild(top);
    return svg;
  }

  function mount(el, api) {
    var dateInput = h("input", { type: "date", "aria-label": "Business day" });
    var msg = h("div", { "class": "report-msg", role: "status", style: "margin:6px 0;min-height:1.2em" });
    var out = h("div", { "class": "report-body" });
    var closeBtn = h("button", { type: "button", text: "Close the day" });
    var csvBtn = h("button", { type: "button", text: "Download CSV" });
    var loadBtn = h("button", { type: "button", text: "Show" });
    el.textContent = "";
    el.appendChild(h("div", { "class": "report-bar", style: "display:flex;gap:8px;align-items:center;flex-wrap:wrap" }, [
      h("label", {}, ["Business day ", dateInput]), loadBtn, csvBtn, closeBtn,
    ]));
    el.appendChild(msg);
    el.appendChild(out);

    function say(text, bad) {
      msg.textContent = text || "";
      msg.style.color = bad ? "#b00020" : "#333";
    }

    function path() {
      return "/api/reports/daily/" + (dateInput.value ? "?date=" + encodeURIComponent(dateInput.value) : "");
    }

    function render(r) {
      out.textContent = "";
      dateInput.value = r.date;
      var closed = r.closed;
      closeBtn.disabled = !!closed;
      var state = closed
        ? "Closed by " + closed.closed_by + " at " + when(closed.closed_at) + (closed.before_day_end ? " (before the day ended)" : "") + ". Figures below are frozen."
        : "Open: figures as of " + when(r.generated_at) + ".";
      out.appendChild(h("p", { "class": "report-state", text: r.date + " (" + when(r.business_day.start) + " to " + when(r.business_day.end) + "). " + state }));
      if (r.after_close && r.after_close.changed) {
        var a = r.after_close;
        out.appendChild(h("div", { "class": "report-after-close", role: "alert", style: "border:2px solid #e65100;padding:8px;margin:8px 0" }, [
          h("strong", { text: "Changed after the close: " }),
          "orders " + a.orders.join(", ") + ". Net taken now " + cedi(a.live_totals.net_taken) +
            " (frozen " + cedi(a.frozen_totals.net_taken) + "), gross sales now " + cedi(a.live_totals.gross_sales) +
            " (frozen " + cedi(a.frozen_totals.gross_sales) + ").",
        ]));
      }
      out.appendChild(h("div", { "class": "report-figures" }, [
        card("Orders", String(r.orders.count), "orders"),
        card("Gross sales", cedi(r.sales.gross_sales), "gross_sales"),
        card("Discounts", cedi(r.sales.discounts), "discounts"),
        card("Payments", cedi(r.payments.total), "payments"),
        card("Refunds", cedi(r.refunds.total), "refunds"),
        card("Net taken", cedi(r.net_taken), "net_taken"),
        card("Outstanding", cedi(r.outstanding.total), "outstanding"),
        card("Rider cash", cedi(r.riders.cash_total), "rider_cash"),
      ]));
      out.appendChild(h("h3", { text: "Sales per hour", style: "margin:12px 0 4px" }));
      out.appendChild(chart(r.sales_per_hour || []));
      (r.notes || []).forEach(function (n) { out.appendChild(h("p", { text: n, style: "font-size:12px;color:#555;margin:2px 0" })); });
      out.appendChild(table("Net taken by method", r.net_by_method, [["Method", "method"], ["Amount", "amount"]]));
      out.appendChild(table("Payments by method", r.payments.by_method, [["Method", "method"], ["Count", "count"], ["Amount", "amount"]]));
      out.appendChild(table("Refunds by method (on the day issued)", r.refunds.by_method, [["Method", "method"], ["Count", "count"], ["Amount", "amount"]]));
      out.appendChild(table("Orders by status", r.orders.by_status, [["Status", "status"], ["Orders", "orders"], ["Value", "value"]]));
      out.appendChild(table("Orders by delivery type", r.orders.by_delivery_type, [["Type", "delivery_type"], ["Orders", "orders"], ["Sales", "sales"]]));
      out.appendChild(table("Outstanding balances", r.outstanding.orders, [["Order", "order_number"], ["Status", "status"], ["Payment", "payment_status"], ["Total", "total"], ["Paid", "paid"], ["Due", "balance_due"]]));
      out.appendChild(table("By staff member", r.by_staff, [["Staff", function (x) { return x.username || "(deleted user)"; }], ["Orders", "orders"], ["Sales", "sales"], ["Payments", "payments_amount"], ["Refunds", "refunds_amount"], ["Taken", "taken"]]));
      out.appendChild(table("Riders", r.riders.rows, [["Rider", function (x) { return x.rider || "(no rider)"; }], ["Orders", "orders"], ["Cash collected", "cash_collected"]]));
      out.appendChild(table("By menu item", r.by_menu_item, [["Item", "name"], ["Quantity", "quantity"], ["Revenue", "revenue"]]));
      out.appendChild(table("By delivery location", r.by_location, [["Location", function (x) { return x.location || "(none)"; }], ["Orders", "orders"], ["Sales", "sales"], ["Fees", "delivery_fees"]]));
      if (r.after_close && r.after_close.changes && r.after_close.changes.length) {
        out.appendChild(table("After close: changes", r.after_close.changes, [["#", "id"], ["When", "created_at"], ["Who", "username"], ["Action", "action"], ["What", "object_type"], ["Id", "object_id"]]));
      }
    }

    // Only the latest request may draw: a slow answer for the day picked before must not
    // replace the day picked since.
    var seq = 0;
    async function load() {
      var mine = ++seq;
      say("Loading\u2026");
      try {
        var r = await api.get(path());
        if (mine !== seq) return;
        render(r);
        say("");
      } catch (e) {
        if (mine === seq) say(e.message || String(e), true);
      }
    }

    loadBtn.addEventListener("click", load);
    dateInput.addEventListener("change", load);
    csvBtn.addEventListener("click", async function () {
      try {
        var name = await api.download(path() + (dateInput.value ? "&" : "?") + "format=csv");
        say("Downloaded " + (name || "the CSV") + ".");
      } catch (e) {
        say(e.message || String(e), true);
      }
    });
    closeBtn.addEventListener("click", async function () {
      var d = dateInput.value;
      if (!d) return;
      if (!window.confirm("Close " + d + "? Its report will be frozen as it stands now.")) return;
      closeBtn.disabled = true;
      try {
        var closed = await api.post("/api/reports/daily/" + encodeURIComponent(d) + "/close/", {});
        seq++; // a load still under way would show the day as it was before the close
        render(closed);
        say("Closed " + d + ".");
      } catch (e) {
        closeBtn.disabled = false;
        say(e.message || String(e), true);
      }
    });
    load();
  }

  function register() {
    if (!window.AdakingsBoard || typeof window.AdakingsBoard.registerTab !== "function") return false;
    window.AdakingsBoard.registerTab({ id: "report", title: "Report", roles: ["superadmin", "admin"], mount: mount });
    return true;
  }

  if (!register()) document.addEventListener("DOMContentLoaded", register, { once: true });
})();
