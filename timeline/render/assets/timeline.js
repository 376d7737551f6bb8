/*
 * timeline.js: the behaviour of a timeline page, embedded by timeline/render.
 *
 * The ECharts option (built in Go with go-echarts) refers to the functions
 * here by name: tlRenderItem and tlRenderEra draw the series, tlTooltip
 * writes the tooltip, tlClick opens links, tlAxisLabel, tlTicks (with
 * tlTickRich, tlTickHide) and tlZoomLabel shape the time axis, and tlTheme holds the colours read from
 * the page's CSS variables. TL (written before this file) is the data:
 * lanes (bottom up), events' short labels, eras, axis, breaks, views. The
 * rest of an event (text, date, link) is read from its item in the list,
 * which has the same order.
 *
 * User text never goes into HTML here without tlEsc, and links are opened
 * only when they are http(s) (Go has checked them already).
 *
 * Ready signal: once the series has rendered, #timeline-chart gets
 * data-timeline-ready="N" (N = event marks drawn), or data-timeline-error.
 */
/* global echarts, TL */
"use strict";

var tlTheme = tlReadTheme();
var tlState = { gen: 0, ctx: [], total: 0, error: "", started: false, chart: null, canvas: null, widths: {}, ticksKey: "" };

function tlReadTheme() {
  var cs = window.getComputedStyle(document.documentElement);
  function v(name, dflt) {
    var s = cs.getPropertyValue(name).trim();
    return s || dflt;
  }
  return {
    bg: v("--bg", "#ffffff"), text: v("--text", "#1b1f24"), muted: v("--muted", "#5b6570"),
    faint: v("--faint", "#c3c9d0"), line: v("--line", "#d8dde3"), axis: v("--axis", "#8b95a1"),
    grid: v("--grid", "#e7eaee"), band: v("--band", "#ffffff"), band2: v("--band2", "#f6f7f9"),
    brk: v("--brk", "#eef0f3"), era: v("--era", "#7d6bb3"), zoom: v("--zoom", "rgba(80,110,200,.14)"),
    tipBg: v("--tip-bg", "#ffffff"), font: v("--font", "sans-serif"), barAlpha: Number(v("--bar-alpha", "0.35")) || 0.35
  };
}

/* Escapes text for HTML, attribute values included. */
function tlEsc(s) {
  return String(s == null ? "" : s).replace(/[&<>"'`=]/g, function (c) {
    return "&#" + c.charCodeAt(0) + ";";
  });
}

function tlFail(err) {
  var msg = err && err.message ? err.message : String(err || "error");
  if (!window.echarts) {
    msg = "ECharts did not load (" + msg + "); without a network, build the page with --assets inline";
  }
  if (!tlState.error) {
    tlState.error = msg;
  }
  tlReport(true);
}

window.addEventListener("error", function (ev) {
  var t = ev.target;
  if (t && t !== window && t.tagName) {
    if (t.tagName === "SCRIPT") {
      tlFail("could not load " + (t.src || "a script"));
    }
    return;
  }
  tlFail(ev.message || "script error");
}, true);

/*
 * tlReport publishes the ready signal. Every render pass gives each series
 * a fresh params.context, which counts the marks drawn; a pass is summed
 * when it ends. Passes that drew nothing (a hover) keep the last count
 * unless force is set (a zoom to an empty window).
 */
function tlReport(force) {
  tlCount(force);
  tlPublish();
}

function tlCount(force) {
  var sum = 0, any = false, i, c;
  for (i = 0; i < tlState.ctx.length; i++) {
    c = tlState.ctx[i];
    if (c && c.gen === tlState.gen) {
      sum += c.drawn;
      any = true;
    }
  }
  tlState.gen++;
  if (any || force) {
    tlState.total = sum;
  }
}

function tlPublish() {
  var el = document.getElementById("timeline-chart");
  if (!el || !tlState.started) {
    return;
  }
  if (tlState.error) {
    el.removeAttribute("data-timeline-ready");
    el.setAttribute("data-timeline-error", tlState.error);
    if (!el.querySelector("canvas") && !el.querySelector(".tl-chart-error")) {
      var p = document.createElement("p");
      p.className = "tl-chart-error";
      p.textContent = "The chart could not be drawn: " + tlState.error + ". Every event is listed below.";
      el.insertBefore(p, el.firstChild);
    }
    return;
  }
  if (document.readyState === "loading") {
    return; /* published on DOMContentLoaded, when the list is there too */
  }
  el.setAttribute("data-timeline-ready", String(tlState.total));
}

document.addEventListener("DOMContentLoaded", tlPublish);

/* tlMeasure is the width of a text in pixels at a font size (12 default). */
function tlMeasure(text, size) {
  var px = size || 12, key = px + "|" + text;
  var w = tlState.widths[key];
  if (w === undefined) {
    if (!tlState.canvas) {
      tlState.canvas = document.createElement("canvas").getContext("2d");
    }
    tlState.canvas.font = px + "px " + tlTheme.font;
    w = tlState.widths[key] = Math.ceil(tlState.canvas.measureText(text).width);
  }
  return w;
}

function tlFade(color, alpha) {
  var m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color || "");
  if (!m) {
    return color;
  }
  var h = m[1];
  if (h.length === 3) {
    h = h[0] + h[0] + h[1] + h[1] + h[2] + h[2];
  }
  return "rgba(" + parseInt(h.slice(0, 2), 16) + "," + parseInt(h.slice(2, 4), 16) + "," + parseInt(h.slice(4, 6), 16) + "," + alpha + ")";
}

function tlRenderItem(params, api) {
  try {
    return tlDrawEvent(params, api);
  } catch (e) {
    tlFail(e);
    return null;
  }
}

/* Vertical room for a label row, and the most label rows on each side. */
var TL_LINE = 15, TL_SLOTS = 3;

/*
 * tlDrawEvent draws one event: a dot, a bar or a faded bar, filled or
 * hollow, on its row of its lane, and its label in the first free label
 * row above or below the marks (greedy, in time order, per lane), with a
 * leader line when the label is not next to its mark. A label with no free
 * row is left out; the tooltip still has the title.
 */
function tlDrawEvent(params, api) {
  var L = params.context.tl;
  if (!L) {
    L = params.context.tl = { gen: tlState.gen, drawn: 0, edge: {} };
    tlState.ctx[params.seriesIndex] = L;
  }
  var s = api.value(0), e = api.value(1), lane = api.value(2), idx = api.value(3), row = api.value(4), style = api.value(5);
  var kind = style & 3, hollow = (style & 4) !== 0;
  var cs = params.coordSys;
  var color = api.visual("color");
  var bandH = api.size([0, 1])[1];
  var cy = api.coord([s, lane])[1];
  var rows = (TL.lanes[lane] && TL.lanes[lane][2]) || 1;
  var gap = rows > 1 ? Math.min(16, (bandH * 0.4) / (rows - 1)) : 0;
  var half = (rows - 1) / 2 * gap;
  var y = cy - half + row * gap;
  var children = [], x0, x1, ax, markEl;
  if (kind === 0) {
    var cx = api.coord([(s + e) / 2, lane])[0];
    if (cx < cs.x - 6 || cx > cs.x + cs.width + 6) {
      return null;
    }
    markEl = {
      type: "circle", z2: 10, shape: { cx: cx, cy: y, r: 5.5 },
      style: { fill: hollow ? tlTheme.bg : color, stroke: hollow ? color : tlTheme.bg, lineWidth: hollow ? 2 : 1.5 }
    };
    x0 = cx - 5.5;
    x1 = cx + 5.5;
    ax = cx;
  } else {
    var a = api.coord([s, lane])[0], b = api.coord([e, lane])[0];
    if (b - a < 10) {
      var mid = (a + b) / 2;
      a = mid - 5;
      b = mid + 5;
    }
    var rect = echarts.graphic.clipRectByRect({ x: a, y: y - 5, width: b - a, height: 10 }, cs);
    if (!rect || rect.width <= 0) {
      return null;
    }
    var st;
    if (kind === 2) {
      st = {
        fill: hollow ? tlTheme.bg : new echarts.graphic.LinearGradient(0, 0, 1, 0, [
          { offset: 0, color: tlFade(color, 0.06) }, { offset: 0.5, color: tlFade(color, tlTheme.barAlpha + 0.07) }, { offset: 1, color: tlFade(color, 0.06) }
        ]),
        stroke: color, lineWidth: 1.2, lineDash: [4, 3]
      };
    } else {
      st = { fill: hollow ? tlTheme.bg : tlFade(color, tlTheme.barAlpha), stroke: color, lineWidth: hollow ? 1.8 : 1.2 };
    }
    markEl = { type: "rect", z2: 10, shape: { x: rect.x, y: rect.y, width: rect.width, height: rect.height, r: 5 }, style: st };
    x0 = rect.x;
    x1 = rect.x + rect.width;
    ax = Math.min(x1 - 3, x0 + 6);
  }
  L.drawn++;
  children.push(markEl);

  var text = TL.ev[idx];
  var slots = Math.max(0, Math.min(TL_SLOTS, Math.floor((bandH / 2 - half - 9) / TL_LINE)));
  if (text && slots > 0) {
    var w = tlMeasure(text);
    var right = cs.x + cs.width;
    var lx = kind === 0 ? x0 + 1 : x0;
    if (lx + w > right) {
      lx = Math.min(x1, right) - w;
    }
    if (lx >= cs.x - 1) {
      var prefer = rows > 1 && row > (rows - 1) / 2 ? 1 : -1;
      var placed = 0, k, side, key;
      for (k = 1; k <= slots && !placed; k++) {
        for (side = 0; side < 2 && !placed; side++) {
          key = (side === 0 ? prefer : -prefer) * k;
          if (L.edge[key] === undefined || L.edge[key] + 8 <= lx) {
            L.edge[key] = lx + w;
            placed = key;
          }
        }
      }
      if (placed) {
        var up = placed < 0, n = Math.abs(placed);
        var ty = up ? cy - half - 8 - (n - 1) * TL_LINE : cy + half + 8 + (n - 1) * TL_LINE;
        var markEdge = up ? y - 6 : y + 6;
        if (Math.abs(ty - markEdge) > 4) {
          children.push({
            type: "line", z2: 1, silent: true,
            shape: { x1: ax, y1: markEdge, x2: ax, y2: up ? ty + 1 : ty - 1 },
            style: { stroke: tlTheme.axis, lineWidth: 1, opacity: 0.7 }
          });
        }
        children.push({
          type: "text", z2: 20,
          style: {
            text: text, x: lx, y: ty, align: "left", verticalAlign: up ? "bottom" : "top",
            font: "12px " + tlTheme.font, fill: tlTheme.text, stroke: tlFadeBand(lane), lineWidth: 3
          }
        });
      }
    }
  }
  return { type: "group", children: children };
}

/* The halo behind a label takes the colour of its lane's band. */
function tlFadeBand(lane) {
  return lane % 2 === 0 ? tlTheme.band : tlTheme.band2;
}

/* tlRenderEra shades an era across all lanes and names it above the plot. */
function tlRenderEra(params, api) {
  try {
    var cs = params.coordSys;
    var a = api.coord([api.value(0), 0])[0], b = api.coord([api.value(1), 0])[0];
    var r = echarts.graphic.clipRectByRect({ x: a, y: cs.y, width: Math.max(b - a, 2), height: cs.height }, cs);
    if (!r) {
      return null;
    }
    var era = TL.eras[api.value(3)] || ["", ""];
    var color = era[1] || tlTheme.era;
    var children = [
      { type: "rect", shape: { x: r.x, y: r.y, width: r.width, height: r.height }, style: { fill: tlFade(color, 0.08) } },
      { type: "rect", shape: { x: r.x, y: r.y - 4, width: r.width, height: 4 }, style: { fill: tlFade(color, 0.55) } }
    ];
    if (era[0] && r.width > 24) {
      children.push({
        type: "text",
        style: {
          text: era[0], x: r.x + 3, y: r.y - 6, verticalAlign: "bottom", width: r.width - 6, overflow: "truncate", ellipsis: "\u2026",
          font: "italic 11px " + tlTheme.font, fill: tlTheme.muted
        }
      });
    }
    return { type: "group", children: children };
  } catch (e) {
    tlFail(e);
    return null;
  }
}

function tlHost(url) {
  var m = /^https?:\/\/([^\/?#:]+)/i.exec(url || "");
  return m ? m[1].replace(/^www\./i, "") : "";
}

/* tlItem is the list item of event idx: the list is in the same order. */
function tlItem(idx) {
  var ol = tlState.list || (tlState.list = document.getElementById("tl-list"));
  return ol ? ol.children[idx] : null;
}

/* tlLink is the event's own link: the first link of its list item's
   citations unless another is marked as the event's (class u), none when
   the item says it has none (data-nolink); only http(s). */
function tlLink(li) {
  if (!li || li.hasAttribute("data-nolink")) {
    return "";
  }
  var a = li.querySelector("a.u") || li.querySelector(".c a[href]");
  var url = a ? a.getAttribute("href") : "";
  return /^https?:\/\//i.test(url || "") ? url : "";
}

/* tlTitle is the text of the item's heading without its group and badge. */
function tlTitle(li) {
  var h = li && li.querySelector("h3"), s = "", k, n;
  if (!h) {
    return "";
  }
  for (k = 0; k < h.childNodes.length; k++) {
    n = h.childNodes[k];
    if (n.nodeType === 3) {
      s += n.nodeValue;
    }
  }
  return s.replace(/\s+/g, " ").trim();
}

function tlTooltip(p) {
  if (!p || !p.value || p.value.length < 6) {
    return "";
  }
  var idx = p.value[3];
  var lane = TL.lanes[p.value[2]] || ["", "", 1];
  var li = tlItem(idx);
  function q(sel) {
    var n = li && li.querySelector(sel);
    return n ? n.textContent.replace(/\s+/g, " ").trim() : "";
  }
  function cut(s) {
    return s.length > 300 ? s.slice(0, 299).replace(/\s+\S*$/, "") + "\u2026" : s;
  }
  var title = tlTitle(li) || TL.ev[idx] || "";
  var desc = cut(q("h3 + p:not(.c)")), quote = cut(q("q"));
  var badge = q("h3 em"), prec = q("small"), url = tlLink(li);
  var h = '<div class="tt-grp" style="color:' + tlEsc(lane[1]) + '">' + tlEsc(lane[0]) + "</div>";
  h += '<div class="tt-title">' + tlEsc(title) + (badge ? ' <span class="tt-badge">' + tlEsc(badge) + "</span>" : "") + "</div>";
  h += '<div class="tt-date">' + tlEsc(q("time")) + (prec ? " <span>(" + tlEsc(prec) + ")</span>" : "") + "</div>";
  if (desc) {
    h += '<div class="tt-desc">' + tlEsc(desc) + "</div>";
  }
  if (quote) {
    h += "<blockquote>\u201C" + tlEsc(quote) + "\u201D</blockquote>";
  }
  if (url) {
    h += '<a href="' + tlEsc(url) + '" target="_blank" rel="noopener noreferrer">' + tlEsc(tlHost(url)) + " \u2197</a>";
  }
  return h;
}

function tlClick(p) {
  if (!p || !p.value || p.value.length < 6) {
    return;
  }
  var url = tlLink(tlItem(p.value[3]));
  if (url) {
    window.open(url, "_blank", "noopener,noreferrer");
  }
}

var TL_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function tlYearText(y) {
  return y <= 0 ? (1 - y) + " BC" : String(y);
}

/* tlDateLabel writes a tick: years as "1960" or "44 BC", month starts as
 * "Aug 2024" (January as the year), other days as "5 Aug", times "02:00". */
function tlDateLabel(value) {
  var d = new Date(value);
  var y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate();
  var hh = d.getUTCHours(), mm = d.getUTCMinutes();
  if (hh || mm) {
    return (hh < 10 ? "0" : "") + hh + ":" + (mm < 10 ? "0" : "") + mm;
  }
  if (day !== 1) {
    return day + " " + TL_MONTHS[m];
  }
  if (m === 0) {
    return tlYearText(y);
  }
  return TL_MONTHS[m] + " " + tlYearText(y);
}

/* tlAxisLabel formats the time axis. The two labels at an axis break lean
 * away from it (rich text padded by the label's width, see tlAxisPlan), so
 * that both fit beside a narrow break. */
function tlAxisLabel(value) {
  var text = tlDateLabel(value), i, b;
  for (i = 0; i < TL.breaks.length; i++) {
    b = TL.breaks[i];
    if (value === b[0] || value === b[1]) {
      return "{" + (value === b[0] ? "r" : "l") + tlMeasure(text, 11) + "|" + text + "}";
    }
  }
  return text;
}

function tlZoomLabel(value) {
  var d = new Date(value);
  var span = tlWindowSpan(tlWindow());
  if (span > 3 * 365.25 * 864e5) {
    return tlYearText(d.getUTCFullYear());
  }
  if (span > 90 * 864e5) {
    return TL_MONTHS[d.getUTCMonth()] + " " + tlYearText(d.getUTCFullYear());
  }
  return d.getUTCDate() + " " + TL_MONTHS[d.getUTCMonth()] + " " + tlYearText(d.getUTCFullYear());
}

function tlYearStart(y) {
  var d = new Date(0);
  d.setUTCFullYear(y, 0, 1);
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime();
}

/* The window now shown, [start, end] in ms. */
function tlWindow() {
  var c = tlState.chart;
  if (c) {
    try {
      var ext = c.getModel().getComponent("xAxis", 0).axis.scale.getExtent();
      if (ext && isFinite(ext[0]) && isFinite(ext[1])) {
        return [ext[0], ext[1]];
      }
    } catch (e) { /* not laid out yet */ }
  }
  return [TL.axis[0], TL.axis[1]];
}

/* The time a window shows, breaks left out. */
function tlWindowSpan(w) {
  var span = w[1] - w[0], i, b;
  for (i = 0; i < TL.breaks.length; i++) {
    b = TL.breaks[i];
    span -= Math.max(0, Math.min(w[1], b[1]) - Math.max(w[0], b[0]));
  }
  return span;
}

var TL_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];
var TL_BREAK_GAP = 0.04; /* the share of the axis a break takes: "4%" in the option */

/*
 * tlAxisPlan chooses the ticks of the window shown: round years (every 1,
 * 2, 5, 10, ... years as the width allows, BC years counted as people count
 * them), the two ends of each axis break, and the axis' own ends in the
 * first view. Labels must not touch: break ends go first, then the axis
 * ends, then the round years, each kept only where its label has room.
 * Under three years it returns no ticks, and ECharts' own month and day
 * ticks, which are round already, are used.
 */
function tlAxisPlan(win) {
  var w = win || tlWindow();
  var dom = document.getElementById("timeline");
  var width = Math.max(200, ((dom && dom.clientWidth) || 1000) - TL.grid[0] - TL.grid[1]);
  var key = w[0] + ":" + w[1] + ":" + width;
  if (tlState.plan && tlState.plan.key === key) {
    return tlState.plan;
  }
  var plan = { key: key, ticks: null, rich: {} };
  tlState.plan = plan;
  var span = tlWindowSpan(w);
  var years = span / (365.2425 * 864e5);
  if (years < 3) {
    return plan;
  }
  var i, b, y, t, hy, inside, nb = 0;
  for (i = 0; i < TL.breaks.length; i++) {
    b = TL.breaks[i];
    if (b[0] < w[1] && b[1] > w[0]) {
      nb++;
    }
  }
  var plotW = width * (1 - TL_BREAK_GAP * nb);
  /* x of a time, with breaks taking their share of the width. */
  function px(v) {
    var x = 0, k, bk, from = w[0];
    for (k = 0; k < TL.breaks.length; k++) {
      bk = TL.breaks[k];
      if (bk[1] <= w[0] || bk[0] >= w[1] || bk[0] >= v) {
        continue;
      }
      x += (Math.max(bk[0], from) - from) / span * plotW + width * TL_BREAK_GAP;
      from = Math.min(bk[1], w[1]);
    }
    return x + (Math.max(v, from) - from) / span * plotW;
  }
  var boxes = [], out = [];
  function take(v, lean) {
    var lw = tlMeasure(tlDateLabel(v), 11) + 10, x = px(v);
    var box = lean < 0 ? [x - lw, x] : lean > 0 ? [x, x + lw] : [x - lw / 2, x + lw / 2];
    for (var k = 0; k < boxes.length; k++) {
      if (box[0] < boxes[k][1] && boxes[k][0] < box[1]) {
        return;
      }
    }
    boxes.push(box);
    out.push(v);
  }
  for (i = 0; i < TL.breaks.length; i++) {
    b = TL.breaks[i];
    if (b[0] > w[0] && b[0] < w[1]) {
      take(b[0], -1);
      plan.rich["r" + tlMeasure(tlDateLabel(b[0]), 11)] = { padding: [0, tlMeasure(tlDateLabel(b[0]), 11), 0, 0], fontSize: 11, color: tlTheme.muted };
    }
    if (b[1] > w[0] && b[1] < w[1]) {
      take(b[1], 1);
      plan.rich["l" + tlMeasure(tlDateLabel(b[1]), 11)] = { padding: [0, 0, 0, tlMeasure(tlDateLabel(b[1]), 11)], fontSize: 11, color: tlTheme.muted };
    }
  }
  for (i = 0; i < 2; i++) {
    var d = new Date(w[i]);
    if (w[i] === TL.axis[i] && d.getUTCMonth() === 0 && d.getUTCDate() === 1 && d.getUTCHours() === 0) {
      take(w[i], 0);
    }
  }
  var target = Math.max(2, Math.floor(plotW / 85)), step = TL_STEPS[TL_STEPS.length - 1];
  for (i = 0; i < TL_STEPS.length; i++) {
    if (years / TL_STEPS[i] <= target) {
      step = TL_STEPS[i];
      break;
    }
  }
  var y0 = new Date(w[0]).getUTCFullYear(), y1 = new Date(w[1]).getUTCFullYear();
  for (y = y0; y <= y1; y++) {
    hy = y <= 0 ? 1 - y : y;
    if (hy % step !== 0) {
      continue;
    }
    t = tlYearStart(y);
    if (t < w[0] || t > w[1]) {
      continue;
    }
    inside = false;
    for (i = 0; i < TL.breaks.length; i++) {
      b = TL.breaks[i];
      if (t >= b[0] && t <= b[1]) {
        inside = true;
      }
    }
    if (!inside) {
      take(t, 0);
    }
  }
  out.sort(function (p, q) { return p - q; });
  plan.ticks = out;
  return plan;
}

/* For the option: the first view's ticks, their rich label styles, and
   whether ECharts should hide overlapping labels (only for its own ticks). */
function tlTicks() {
  return tlAxisPlan([TL.axis[0], TL.axis[1]]).ticks;
}

function tlTickRich() {
  return tlAxisPlan([TL.axis[0], TL.axis[1]]).rich;
}

function tlTickHide() {
  return !tlAxisPlan([TL.axis[0], TL.axis[1]]).ticks;
}

function tlUpdateTicks() {
  var c = tlState.chart;
  if (!c) {
    return;
  }
  var plan = tlAxisPlan();
  var key = plan.ticks ? plan.ticks.join(",") : "auto";
  if (key === tlState.ticksKey) {
    return;
  }
  tlState.ticksKey = key;
  c.setOption({
    xAxis: {
      axisLabel: { customValues: plan.ticks, rich: plan.rich, hideOverlap: !plan.ticks },
      axisTick: { customValues: plan.ticks }
    }
  });
}

function tlShowView(i) {
  var v = TL.views[i], c = tlState.chart;
  if (!v || !c) {
    return;
  }
  c.dispatchAction({ type: "dataZoom", startValue: v[0], endValue: v[1] });
  tlMarkView(i);
}

function tlMarkView(i) {
  var bs = document.querySelectorAll(".tl-views button"), k;
  for (k = 0; k < bs.length; k++) {
    bs[k].setAttribute("aria-pressed", String(Number(bs[k].getAttribute("data-view")) === i));
  }
}

function tlThemeOption() {
  return {
    textStyle: { fontFamily: tlTheme.font, color: tlTheme.text },
    legend: { textStyle: { color: tlTheme.text }, inactiveColor: tlTheme.faint, pageTextStyle: { color: tlTheme.muted } },
    tooltip: { backgroundColor: tlTheme.tipBg, borderColor: tlTheme.line, textStyle: { color: tlTheme.text } },
    xAxis: {
      axisLabel: { color: tlTheme.muted }, axisLine: { lineStyle: { color: tlTheme.axis } },
      axisTick: { lineStyle: { color: tlTheme.axis } }, splitLine: { lineStyle: { color: tlTheme.grid } },
      breakArea: { itemStyle: { color: tlTheme.brk, borderColor: tlTheme.axis } }
    },
    yAxis: { axisLabel: { color: tlTheme.text }, splitArea: { areaStyle: { color: [tlTheme.band, tlTheme.band2] } } },
    dataZoom: [{
      borderColor: tlTheme.line, fillerColor: tlTheme.zoom, backgroundColor: tlTheme.band, textStyle: { color: tlTheme.muted },
      handleStyle: { color: tlTheme.tipBg, borderColor: tlTheme.axis }, moveHandleStyle: { color: tlTheme.axis }
    }, {}],
    toolbox: { iconStyle: { borderColor: tlTheme.muted }, feature: { saveAsImage: { backgroundColor: tlTheme.bg } } }
  };
}

/* tlStart runs after go-echarts' script has created the chart. */
function tlStart() {
  tlState.started = true;
  var dom = document.getElementById("timeline");
  var chart = window.echarts && dom ? echarts.getInstanceByDom(dom) : null;
  if (!chart) {
    tlFail(tlState.error || "the chart did not start");
    return;
  }
  window.timelineChart = chart;
  tlState.chart = chart;
  tlCount(true); /* the pass of go-echarts' setOption, already drawn */
  tlState.ticksKey = (function (t) { return t ? t.join(",") : "auto"; })(tlTicks());
  chart.on("finished", function () { tlReport(false); });
  chart.on("datazoom", function () {
    tlUpdateTicks();
    tlReport(true);
  });
  chart.on("restore", function () {
    tlState.ticksKey = "";
    tlUpdateTicks();
    tlMarkView(0);
  });
  var bs = document.querySelectorAll(".tl-views button"), k;
  for (k = 0; k < bs.length; k++) {
    bs[k].addEventListener("click", function () {
      var i = Number(this.getAttribute("data-view"));
      tlShowView(i);
      if (window.history && history.replaceState) {
        history.replaceState(null, "", i ? "#view=" + i : location.pathname + location.search);
      }
    });
  }
  window.addEventListener("resize", function () {
    chart.resize();
    tlUpdateTicks();
  });
  if (window.matchMedia && document.documentElement.getAttribute("data-theme") === "auto") {
    var mq = window.matchMedia("(prefers-color-scheme: dark)");
    var onTheme = function () {
      tlTheme = tlReadTheme();
      chart.setOption(tlThemeOption());
    };
    if (mq.addEventListener) {
      mq.addEventListener("change", onTheme);
    }
  }
  /* On paper the zoom slider and the toolbox mean nothing. */
  window.addEventListener("beforeprint", function () {
    chart.setOption({ toolbox: { show: false }, dataZoom: [{ show: false }, {}] });
  });
  window.addEventListener("afterprint", function () {
    chart.setOption({ toolbox: { show: true }, dataZoom: [{ show: true }, {}] });
  });
  var m = /(?:^#|&)view=(\d+)/.exec(location.hash);
  var view = m ? Number(m[1]) : 0;
  if (view > 0 && view < TL.views.length) {
    tlShowView(view);
  } else {
    tlMarkView(0);
  }
  tlPublish();
}
