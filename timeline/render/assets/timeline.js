/*
 * timeline.js: the behaviour of a timeline page or fragment, embedded by
 * timeline/render.
 *
 * It defines one global, window.timelineEmbed, once, however many copies
 * of a fragment a page holds. Each chart is started by a script of its
 * own, right after this one:
 *
 *   timelineEmbed.start(document.currentScript, TL, function (tl) { return OPTION; })
 *
 * start finds the chart's container from that script (the closest
 * .tl-embed, or the whole document for a page), and runs everything below
 * for that container only: its own state, theme, ECharts instance, list and
 * controls. TL is the data: lanes (bottom up), events' short labels, eras,
 * axis, breaks, views. The rest of an event (text, date, link) is read from
 * its item in the container's list, which has the same order. OPTION is the
 * ECharts option built in Go; it names what it needs through tl
 * (tl.renderItem, tl.tooltip, tl.theme.text, ...).
 *
 * User text never goes into HTML here without esc, and links are opened
 * only when they are http(s) (Go has checked them already).
 *
 * Ready signal: once the series has rendered, the container's chart element
 * (.tl-chart; #timeline-chart on a page) gets data-timeline-ready="N" (N =
 * event marks drawn, or events counted in the density view) and
 * data-timeline-labels="L" (L = labels that found room next to their
 * marks), or data-timeline-error. A page also gets
 * window.timelineChart, its ECharts instance.
 *
 * Density: with more than DENSE events in the window, the event series
 * show buckets of time per lane instead (see buildBuckets), and the chart
 * element gets data-timeline-mode="density" and data-timeline-bucket.
 *
 * Search: typing in the container's search box keeps the events whose
 * title, description, group, tags or date contain every word typed (case
 * and accents ignored); the chart draws only those, the list hides the
 * others, and the count says "N of M events".
 *
 * Keyboard: the chart element takes the focus and steps through what the
 * window shows (see bindKeys); the container's .tl-live region says, as
 * text, what is focused.
 */
(function () {
  "use strict";
  if (window.timelineEmbed) {
    return;
  }

  /* Vertical room for a label row, and the most label rows on each side. */
  var LINE = 15, SLOTS = 3;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];
  /* the share of the axis a break takes: "4%" in the option */
  var BREAK_GAP = 0.04;
  /* charts started in this document */
  var started = 0;
  var widths = {}, measureCtx = null;

  /* Escapes text for HTML, attribute values included. */
  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"'`=]/g, function (c) {
      return "&#" + c.charCodeAt(0) + ";";
    });
  }

  function fade(color, alpha) {
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

  /* measure is the width of a text in pixels at a font size (12 default). */
  function measure(text, size, font) {
    var px = size || 12, key = px + "|" + font + "|" + text;
    var w = widths[key];
    if (w === undefined) {
      if (!measureCtx) {
        measureCtx = document.createElement("canvas").getContext("2d");
      }
      measureCtx.font = px + "px " + font;
      w = widths[key] = Math.ceil(measureCtx.measureText(text).width);
    }
    return w;
  }

  function host(url) {
    var m = /^https?:\/\/([^\/?#:]+)/i.exec(url || "");
    return m ? m[1].replace(/^www\./i, "") : "";
  }

  /* link is the event's own link: the first link of its list item's
     citations unless another is marked as the event's (class u), none when
     the item says it has none (data-nolink); only http(s). */
  function link(li) {
    if (!li || li.hasAttribute("data-nolink")) {
      return "";
    }
    var a = li.querySelector("a.u") || li.querySelector(".c a[href]");
    var url = a ? a.getAttribute("href") : "";
    return /^https?:\/\//i.test(url || "") ? url : "";
  }

  /* title is the text of the item's heading without its group and badge. */
  function title(li) {
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

  /* fold lowers a text and drops its accents, for the search. */
  function fold(s) {
    s = String(s || "").toLowerCase();
    return s.normalize ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : s;
  }

  function yearText(y) {
    return y <= 0 ? (1 - y) + " BC" : String(y);
  }

  /* dateLabel writes a tick: years as "1960" or "44 BC", month starts as
   * "Aug 2024" (January as the year), other days as "5 Aug", times "02:00". */
  function dateLabel(value) {
    var d = new Date(value);
    var y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate();
    var hh = d.getUTCHours(), mm = d.getUTCMinutes();
    if (hh || mm) {
      return (hh < 10 ? "0" : "") + hh + ":" + (mm < 10 ? "0" : "") + mm;
    }
    if (day !== 1) {
      return day + " " + MONTHS[m];
    }
    if (m === 0) {
      return yearText(y);
    }
    return MONTHS[m] + " " + yearText(y);
  }

  function yearStart(y) {
    return utcDay(y, 0, 1);
  }

  /* utcDay is midnight UTC of a day; months past 11 roll into later years
     (and years 0 to 99 stay themselves, unlike Date.UTC). */
  function utcDay(y, m, day) {
    var d = new Date(0);
    d.setUTCFullYear(y, m, day);
    d.setUTCHours(0, 0, 0, 0);
    return d.getTime();
  }

  /*
   * The density view. When the window shows more than DENSE events, each
   * lane counts its events per bucket of time instead of drawing them. A
   * bucket unit is [kind, step]: hours, days, weeks (Monday to Sunday),
   * half-months (1st-15th, 16th-end), months, years; the view takes the
   * finest unit that cuts the window (axis breaks left out) into at most
   * MAX_BUCKETS. Each unit is at most three times the one before, so that
   * gives 50 to 150 buckets. Buckets are calendar-aligned in UTC, years
   * astronomical (decades are 1960-1969).
   */
  var DENSE = 400, MAX_BUCKETS = 150, HOUR = 36e5, DAY = 864e5, YEAR = 365.2425 * DAY;
  var UNITS = [["h", 1], ["h", 2], ["h", 3], ["h", 6], ["h", 12], ["d", 1], ["d", 2], ["d", 3], ["w", 7], ["hm", 1],
    ["m", 1], ["m", 3], ["m", 6], ["y", 1], ["y", 2], ["y", 5], ["y", 10], ["y", 20], ["y", 50], ["y", 100],
    ["y", 200], ["y", 500], ["y", 1000], ["y", 2000], ["y", 5000], ["y", 10000]];

  function unitLength(u) {
    var k = u[0], n = u[1];
    return k === "h" ? n * HOUR : k === "d" || k === "w" ? n * DAY : k === "hm" ? YEAR / 24 : k === "m" ? n * YEAR / 12 : n * YEAR;
  }

  /* unitFor is the finest unit that cuts span ms into at most MAX_BUCKETS. */
  function unitFor(span) {
    for (var i = 0; i < UNITS.length; i++) {
      if (span / unitLength(UNITS[i]) <= MAX_BUCKETS) {
        return UNITS[i];
      }
    }
    return UNITS[UNITS.length - 1];
  }

  /* bucketOf is the start of the bucket holding t. */
  function bucketOf(t, u) {
    var k = u[0], n = u[1], size, d, y, m;
    if (k === "h" || k === "d" || k === "w") {
      size = unitLength(u);
      /* 1970-01-05 was a Monday */
      var shift = k === "w" ? 4 * DAY : 0;
      return Math.floor((t - shift) / size) * size + shift;
    }
    d = new Date(t);
    y = d.getUTCFullYear();
    m = d.getUTCMonth();
    if (k === "hm") {
      return utcDay(y, m, d.getUTCDate() < 16 ? 1 : 16);
    }
    if (k === "m") {
      return utcDay(y, Math.floor(m / n) * n, 1);
    }
    return yearStart(Math.floor(y / n) * n);
  }

  /* bucketAfter is the start of the bucket after the one starting at b. */
  function bucketAfter(b, u) {
    var k = u[0], n = u[1], d = new Date(b);
    if (k === "h" || k === "d" || k === "w") {
      return b + unitLength(u);
    }
    if (k === "hm") {
      return d.getUTCDate() < 16 ? utcDay(d.getUTCFullYear(), d.getUTCMonth(), 16) : utcDay(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    }
    if (k === "m") {
      return utcDay(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
    }
    return yearStart(d.getUTCFullYear() + n);
  }

  /* unitName names a unit for people: "day", "3 days", "week", "quarter", "decade". */
  function unitName(u) {
    var k = u[0], n = u[1];
    var names = { h1: "hour", d1: "day", w7: "week", hm1: "half-month", m1: "month", m3: "quarter", m6: "half-year", y1: "year", y10: "decade", y100: "century" };
    var plural = { h: " hours", d: " days", y: " years" };
    return names[k + n] || n + plural[k];
  }

  /* plural writes a count: "1 event", "1,204 events". */
  function plural(n, one) {
    return String(n).replace(/\B(?=(\d{3})+$)/g, ",") + " " + one + (n === 1 ? "" : "s");
  }

  function dayText(t) {
    var d = new Date(t);
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + yearText(d.getUTCFullYear());
  }

  /* bucketLabel writes a bucket's span: "06:00–12:00, 5 Aug 2024",
     "5 Aug 2024", "5–11 Aug 2024", "29 Jul – 4 Aug 2024", "Aug 2024",
     "Jul–Sep 2024", "2024", "1960–1969". */
  function bucketLabel(b, u) {
    var k = u[0], n = u[1], e = bucketAfter(b, u), d = new Date(b), last = new Date(e - DAY);
    var y = d.getUTCFullYear(), m = d.getUTCMonth();
    function hh(t) {
      var h = new Date(t).getUTCHours();
      return (h < 10 ? "0" : "") + h + ":00";
    }
    if (k === "h") {
      return hh(b) + "\u2013" + (new Date(e).getUTCHours() === 0 ? "24:00" : hh(e)) + ", " + dayText(b);
    }
    if (k === "d" && n === 1) {
      return dayText(b);
    }
    if (k === "d" || k === "w" || k === "hm") {
      if (last.getUTCFullYear() !== y) {
        return dayText(b) + " \u2013 " + dayText(last.getTime());
      }
      if (last.getUTCMonth() !== m) {
        return d.getUTCDate() + " " + MONTHS[m] + " \u2013 " + dayText(last.getTime());
      }
      return d.getUTCDate() + "\u2013" + dayText(last.getTime());
    }
    if (k === "m") {
      return (n === 1 ? "" : MONTHS[m] + "\u2013") + MONTHS[last.getUTCMonth()] + " " + yearText(y);
    }
    return n === 1 ? yearText(y) : yearText(y) + "\u2013" + yearText(y + n - 1);
  }

  /* containerOf is the element a start script belongs to: its closest
     .tl-embed; for a script that lost track of itself (no currentScript),
     the last container not started yet; on a page, the document. */
  function containerOf(script) {
    var c = script && script.closest ? script.closest(".tl-embed") : null;
    if (!c && !script) {
      var all = document.querySelectorAll(".tl-embed:not([data-timeline-started])");
      c = all.length ? all[all.length - 1] : null;
    }
    return c;
  }

  /* start draws the chart of the container of script. */
  function start(script, TL, makeOption) {
    var embed = containerOf(script);
    var root = embed || document.documentElement;
    if (embed) {
      if (embed.hasAttribute("data-timeline-started")) {
        /* the same script run twice */
        return;
      }
      embed.setAttribute("data-timeline-started", "");
    }
    started++;
    instance(root, !embed, started, TL, makeOption);
  }

  /* buckets is for tests and for whoever reads the page's behaviour: the
     density view's rules, pure functions of times in ms. */
  window.timelineEmbed = {
    start: start,
    buckets: { limit: DENSE, most: MAX_BUCKETS, unit: unitFor, of: bucketOf, after: bucketAfter, name: unitName, label: bucketLabel }
  };

  /*
   * instance runs one chart: root is its container (the document element
   * for a page), page whether it is a whole page (which may use the URL
   * hash, report script errors of the window and publish
   * window.timelineChart), n its number in the document.
   */
  function instance(root, page, n, TL, makeOption) {
    var chartEl = root.querySelector(".tl-chart");
    var dom = root.querySelector(".tl-canvas");
    /* the list: on a page it comes after the script */
    var list = null;
    var state = {
      gen: 0, ctx: [], total: 0, error: "", started: false, plan: null, ticksKey: "",
      /* what the event series show: "events", or "density" (buckets of
         unit over range, the tallest peak high); inWindow counts the events
         in the window; key says which search and legend state the data
         were made for (matchVer, selVer: bumped when those change) */
      mode: "events", inWindow: 0, unit: null, range: null, buckets: [], peak: 0, key: "", matchVer: 0, selVer: 0, sel: {}
    };
    var theme = readTheme();
    var ec = null, chart = null, baseData = null, match = null, haystack = null, k;
    /* the chart's events, read from its option; series names; event series */
    var evs = null, names = [], isEv = [];
    /* the series' data now given to the chart; each event's rank class */
    var shownData = [], rankOf = null;

    function items() {
      list = list || root.querySelector(".tl-list");
      return list ? list.children : [];
    }

    function readTheme() {
      var cs = window.getComputedStyle(chartEl || root);
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

    function fail(err) {
      var msg = err && err.message ? err.message : String(err || "error");
      if (!window.echarts) {
        msg = "ECharts did not load (" + msg + "); without a network, build the page with --assets inline";
      }
      if (!state.error) {
        state.error = msg;
      }
      report(true);
    }

    /*
     * report publishes the ready signal. Every render pass gives each
     * series a fresh params.context, which counts the marks drawn; a pass
     * is summed when it ends. Passes that drew nothing (a hover) keep the
     * last count unless force is set (a zoom to an empty window, a search
     * that matches nothing).
     */
    function report(force) {
      count(force);
      publish();
    }

    function count(force) {
      var sum = 0, labels = 0, any = false, i, c;
      if (state.mode === "density") {
        /* the bars count every event in the window, and draw no label */
        state.gen++;
        state.total = state.inWindow;
        state.labels = 0;
        return;
      }
      for (i = 0; i < state.ctx.length; i++) {
        c = state.ctx[i];
        if (c && c.gen === state.gen) {
          sum += c.drawn;
          labels += c.labels;
          any = true;
        }
      }
      state.gen++;
      if (any || force) {
        state.total = sum;
        state.labels = labels;
      }
    }

    function publish() {
      if (!chartEl || !state.started) {
        return;
      }
      if (state.error) {
        chartEl.removeAttribute("data-timeline-ready");
        chartEl.setAttribute("data-timeline-error", state.error);
        if (!chartEl.querySelector("canvas") && !chartEl.querySelector(".tl-chart-error")) {
          var p = document.createElement("p");
          p.className = "tl-chart-error";
          p.textContent = "The chart could not be drawn: " + state.error + ". Every event is listed below.";
          chartEl.insertBefore(p, chartEl.firstChild);
        }
        return;
      }
      if (document.readyState === "loading") {
        /* published on DOMContentLoaded, when the list is there too */
        return;
      }
      chartEl.setAttribute("data-timeline-mode", state.mode);
      if (state.mode === "density") {
        chartEl.setAttribute("data-timeline-bucket", unitName(state.unit));
      } else {
        chartEl.removeAttribute("data-timeline-bucket");
      }
      chartEl.setAttribute("data-timeline-labels", String(state.labels || 0));
      chartEl.setAttribute("data-timeline-ready", String(state.total));
    }

    function renderItem(params, api) {
      try {
        return api.value(5) === -1 ? drawBucket(params, api) : drawEvent(params, api);
      } catch (e) {
        fail(e);
        return null;
      }
    }

    /*
     * drawEvent draws one event: a dot, a bar or a faded bar, filled or
     * hollow, on its row of its lane, and its label in the first free label
     * row above or below the marks (greedy, in time order, per lane), with
     * a leader line when the label is not next to its mark. A label with no
     * free row is left out; the tooltip still has the title.
     */
    function drawEvent(params, api) {
      var L = params.context.tl;
      if (!L) {
        L = params.context.tl = { gen: state.gen, drawn: 0, labels: 0, edge: {} };
        state.ctx[params.seriesIndex] = L;
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
      var children = [], x0, x1, ax, markEl, ring;
      if (kind === 0) {
        var cx = api.coord([(s + e) / 2, lane])[0];
        if (cx < cs.x - 6 || cx > cs.x + cs.width + 6) {
          return null;
        }
        markEl = {
          type: "circle", z2: 10, shape: { cx: cx, cy: y, r: 5.5 },
          style: { fill: hollow ? theme.bg : color, stroke: hollow ? color : theme.bg, lineWidth: hollow ? 2 : 1.5 }
        };
        ring = { type: "circle", shape: { cx: cx, cy: y, r: 9 } };
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
        var rect = ec.graphic.clipRectByRect({ x: a, y: y - 5, width: b - a, height: 10 }, cs);
        if (!rect || rect.width <= 0) {
          return null;
        }
        var st;
        if (kind === 2) {
          st = {
            fill: hollow ? theme.bg : new ec.graphic.LinearGradient(0, 0, 1, 0, [
              { offset: 0, color: fade(color, 0.06) }, { offset: 0.5, color: fade(color, theme.barAlpha + 0.07) }, { offset: 1, color: fade(color, 0.06) }
            ]),
            stroke: color, lineWidth: 1.2, lineDash: [4, 3]
          };
        } else {
          st = { fill: hollow ? theme.bg : fade(color, theme.barAlpha), stroke: color, lineWidth: hollow ? 1.8 : 1.2 };
        }
        markEl = { type: "rect", z2: 10, shape: { x: rect.x, y: rect.y, width: rect.width, height: rect.height, r: 5 }, style: st };
        ring = { type: "rect", shape: { x: rect.x - 3, y: rect.y - 3, width: rect.width + 6, height: rect.height + 6, r: 8 } };
        x0 = rect.x;
        x1 = rect.x + rect.width;
        ax = Math.min(x1 - 3, x0 + 6);
      }
      L.drawn++;
      children.push(markEl, focusRing(ring));

      var text = TL.ev[idx];
      var slots = Math.max(0, Math.min(SLOTS, Math.floor((bandH / 2 - half - 9) / LINE)));
      if (text && slots > 0) {
        var w = measure(text, 12, theme.font);
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
            L.labels++;
            var up = placed < 0, nth = Math.abs(placed);
            var ty = up ? cy - half - 8 - (nth - 1) * LINE : cy + half + 8 + (nth - 1) * LINE;
            var markEdge = up ? y - 6 : y + 6;
            if (Math.abs(ty - markEdge) > 4) {
              children.push({
                type: "line", z2: 1, silent: true,
                shape: { x1: ax, y1: markEdge, x2: ax, y2: up ? ty + 1 : ty - 1 },
                style: { stroke: theme.axis, lineWidth: 1, opacity: 0.7 }
              });
            }
            children.push({
              type: "text", z2: 20,
              style: {
                text: text, x: lx, y: ty, align: "left", verticalAlign: up ? "bottom" : "top",
                font: "12px " + theme.font, fill: theme.text, stroke: lane % 2 === 0 ? theme.band : theme.band2, lineWidth: 3
              }
            });
          }
        }
      }
      return { type: "group", children: children };
    }

    /*
     * drawBucket draws a bucket of the density view: a bar rising from the
     * bottom of its lane, as tall as its count against the tallest bucket
     * (one scale for all lanes) and darker the fuller it is. Events dated
     * within the bucket make the solid part; the shares of events with
     * broader dates, spread over the buckets they cover, the faded top.
     */
    function drawBucket(params, api) {
      var x = state.buckets[api.value(3)];
      if (!x || !state.peak) {
        return null;
      }
      var cs = params.coordSys, color = api.visual("color"), lane = api.value(2);
      var bandH = api.size([0, 1])[1], cy = api.coord([x.start, lane])[1];
      var a = api.coord([x.start, lane])[0], b = api.coord([x.end, lane])[0];
      if (b - a > 3) {
        /* a hairline between neighbours */
        a += 0.5;
        b -= 0.5;
      }
      var base = cy + bandH / 2 - 3, room = Math.max(6, bandH - 10);
      var all = x.fine + x.share, heat = Math.min(1, all / state.peak);
      var hAll = Math.max(2, room * all / state.peak), hFine = x.fine ? Math.max(2, room * x.fine / state.peak) : 0;
      var children = [], r;
      if (hAll - hFine > 0.5) {
        r = ec.graphic.clipRectByRect({ x: a, y: base - hAll, width: Math.max(b - a, 1), height: hAll - hFine }, cs);
        if (r) {
          children.push({ type: "rect", shape: r, style: { fill: fade(color, theme.barAlpha * (0.4 + 0.4 * heat)) } });
        }
      }
      if (hFine) {
        r = ec.graphic.clipRectByRect({ x: a, y: base - hFine, width: Math.max(b - a, 1), height: hFine }, cs);
        if (r) {
          children.push({ type: "rect", shape: r, style: { fill: fade(color, theme.barAlpha + (1 - theme.barAlpha) * heat) } });
        }
      }
      if (!children.length) {
        return null;
      }
      /* A bracket over the bar (at least 14 px tall, so that a low bar's
         shows), open at its foot, which stays where the bar stands on the
         lane (and where a test clicks it). */
      var top = Math.min(base - hAll - 2, base - 14), l = Math.max(a - 2, cs.x), rt = Math.min(Math.max(b, a + 1) + 2, cs.x + cs.width);
      children.push(focusRing({ type: "polyline", shape: { points: [[l, base - 3], [l, top], [rt, top], [rt, base - 3]] } }));
      return { type: "group", children: children };
    }

    /*
     * focusRing makes el an outline that shows only when its item is
     * highlighted: focused from the keyboard (see bindKeys) or hovered.
     */
    function focusRing(el) {
      el.silent = true;
      el.z2 = 30;
      el.style = { fill: "none", stroke: theme.text, lineWidth: 2, opacity: 0 };
      el.emphasis = { style: { opacity: 1 } };
      return el;
    }

    /* renderEra shades an era across all lanes and names it above the plot. */
    function renderEra(params, api) {
      try {
        var cs = params.coordSys;
        var a = api.coord([api.value(0), 0])[0], b = api.coord([api.value(1), 0])[0];
        var r = ec.graphic.clipRectByRect({ x: a, y: cs.y, width: Math.max(b - a, 2), height: cs.height }, cs);
        if (!r) {
          return null;
        }
        var era = TL.eras[api.value(3)] || ["", ""];
        var color = era[1] || theme.era;
        var children = [
          { type: "rect", shape: { x: r.x, y: r.y, width: r.width, height: r.height }, style: { fill: fade(color, 0.08) } },
          { type: "rect", shape: { x: r.x, y: r.y - 4, width: r.width, height: 4 }, style: { fill: fade(color, 0.55) } }
        ];
        if (era[0] && r.width > 24) {
          children.push({
            type: "text",
            style: {
              text: era[0], x: r.x + 3, y: r.y - 6, verticalAlign: "bottom", width: r.width - 6, overflow: "truncate", ellipsis: "\u2026",
              font: "italic 11px " + theme.font, fill: theme.muted
            }
          });
        }
        return { type: "group", children: children };
      } catch (e) {
        fail(e);
        return null;
      }
    }

    /* item is the list item of event idx: the list is in the same order. */
    function item(idx) {
      return items()[idx] || null;
    }

    function tooltip(p) {
      if (!p || !p.value || p.value.length < 6) {
        return "";
      }
      if (p.value[5] === -1) {
        return bucketTip(state.buckets[p.value[3]]);
      }
      var idx = p.value[3];
      var lane = TL.lanes[p.value[2]] || ["", "", 1];
      var li = item(idx);
      function q(sel) {
        var el = li && li.querySelector(sel);
        return el ? el.textContent.replace(/\s+/g, " ").trim() : "";
      }
      function cut(s) {
        return s.length > 300 ? s.slice(0, 299).replace(/\s+\S*$/, "") + "\u2026" : s;
      }
      var t = title(li) || TL.ev[idx] || "";
      var desc = cut(q("h3 + p:not(.c):not(.t)")), quote = cut(q("q"));
      var badge = q("h3 em"), prec = q("small"), url = link(li);
      var h = '<div class="tt-grp" style="color:' + esc(lane[1]) + '">' + esc(lane[0]) + "</div>";
      h += '<div class="tt-title">' + esc(t) + (badge ? ' <span class="tt-badge">' + esc(badge) + "</span>" : "") + "</div>";
      h += '<div class="tt-date">' + esc(q("time")) + (prec ? " <span>(" + esc(prec) + ")</span>" : "") + "</div>";
      if (desc) {
        h += '<div class="tt-desc">' + esc(desc) + "</div>";
      }
      if (quote) {
        h += "<blockquote>\u201C" + esc(quote) + "\u201D</blockquote>";
      }
      if (url) {
        h += '<a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">' + esc(host(url)) + " \u2197</a>";
      }
      return h;
    }

    /*
     * telling picks the n most telling of the events ids: curated before
     * candidates before extracted, then the more confident, then the
     * earlier (the rank class Go put in each event's style, then the
     * event's index, which is in time order; see rank.go).
     */
    function telling(ids, n) {
      var out = [], k, j, id;
      function before(a, b) {
        return rankOf[a] < rankOf[b] || (rankOf[a] === rankOf[b] && a < b);
      }
      for (k = 0; k < ids.length; k++) {
        id = ids[k];
        for (j = out.length; j > 0 && before(id, out[j - 1]); j--) {
          /* find its place */
        }
        if (j < n) {
          out.splice(j, 0, id);
          out.length = Math.min(out.length, n);
        }
      }
      return out;
    }

    /*
     * bucketTip tells a bucket's group, span and count, and the five most
     * telling events dated within it (date, short label and badge), every
     * text escaped.
     */
    function bucketTip(x) {
      if (!x) {
        return "";
      }
      var lane = TL.lanes[x.lane] || ["", "", 1], k, li, t, b, top = telling(x.ids, 5), shown = top.length;
      var h = '<div class="tt-grp" style="color:' + esc(lane[1]) + '">' + esc(lane[0]) + "</div>";
      h += '<div class="tt-title">' + esc(bucketLabel(x.start, state.unit)) + "</div>";
      var unit = unitName(state.unit);
      h += '<div class="tt-date">' + esc(plural(x.fine, "event") + " dated within " + (/^\d/.test(unit) ? "these " : "this ") + unit) + "</div>";
      if (x.over) {
        h += '<div class="tt-date"><span>' + esc("+ " + plural(x.over, "event") + " with broader dates overlapping it, counted as " + x.share.toFixed(1) + " (faded)") + "</span></div>";
      }
      if (shown) {
        h += '<ul class="tt-list">';
        for (k = 0; k < shown; k++) {
          li = item(top[k]);
          t = li && li.querySelector("time");
          b = li && li.querySelector("h3 em");
          h += "<li>" + (t ? "<span>" + esc(t.textContent) + "</span> " : "") + esc(TL.ev[top[k]] || title(li)) +
            (b ? " <span>(" + esc(b.textContent) + ")</span>" : "") + "</li>";
        }
        h += "</ul>";
        if (x.ids.length > shown) {
          h += '<div class="tt-more">' + esc("and " + (x.ids.length - shown) + " more") + "</div>";
        }
      }
      return h + '<div class="tt-more">Click to zoom in.</div>';
    }

    function click(p) {
      if (!p || !p.value || p.value.length < 6) {
        return;
      }
      if (p.value[5] === -1) {
        zoomInto(state.buckets[p.value[3]]);
        return;
      }
      openLink(p.value[3]);
    }

    /* zoomInto shows the span of bucket x. */
    function zoomInto(x) {
      if (x && chart) {
        chart.dispatchAction({ type: "dataZoom", startValue: Math.max(x.start, TL.axis[0]), endValue: Math.min(x.end, TL.axis[1]) });
      }
    }

    /* openLink opens event idx's own link in a new tab, if it is http(s),
       and returns it. */
    function openLink(idx) {
      var url = link(item(idx));
      if (url) {
        window.open(url, "_blank", "noopener,noreferrer");
      }
      return url;
    }

    /*
     * The keyboard. bindKeys makes the chart element focusable and names
     * it; a focused item then moves through what the window shows: the
     * events drawn (search matches of the groups shown), in time order, or
     * in the density view the bars, group by group. Left and Right step
     * (through a group's bars in the density view), Up and Down go to the
     * nearest item in time of the next group up or down that has one, Home
     * and End to the first and last. Past the last item in view, Right
     * moves the window on, keeping its width, until the next item (the
     * next event shown, or the group's next bar) stands a tenth of the
     * window in from its left edge, and focuses it; Left likewise; Ctrl+Home
     * and Ctrl+End do the same for the first and last of the whole
     * timeline (see beyond). The item is highlighted (its focus
     * ring) with its tooltip, and the live region says what it is. Enter
     * (and Space, as on a button) does what a click does: opens an event's
     * http(s) link, zooms into a bar. + and - (Page Up, Page Down) zoom in
     * and out around it (or the middle of the window), and the live region
     * says what the window shows. focused holds the item: its kind, series
     * and key (the event's index, or the bar's start), found again in what
     * the chart shows at each key.
     */
    var focused = null, live = null;
    var KEYS = { ArrowRight: 1, ArrowLeft: 1, ArrowUp: 1, ArrowDown: 1, Home: 1, End: 1, Enter: 1, PageUp: 1, PageDown: 1, Escape: 1, "+": 1, "=": 1, "-": 1, "_": 1 };

    /* navItems lists what the window shows: events in time order, or bars
       from the top group down, each group's in time order. A bar counts
       when its middle is in the window (the sliver of one cut by an edge
       is drawn as nothing). */
    function navItems() {
      var w = currentWindow(), out = [], bar = state.mode === "density", si, di, d, v;
      for (si = 0; si < isEv.length; si++) {
        d = isEv[si] && state.sel[names[si]] !== false ? shownData[si] || [] : [];
        for (di = 0; di < d.length; di++) {
          v = d[di];
          if (bar ? Math.abs(v[0] + v[1] - w[0] - w[1]) < w[1] - w[0] : v[0] < w[1] && v[1] > w[0]) {
            out.push({ bar: bar, si: si, di: di, s: v[0], e: v[1], lane: v[2], key: bar ? v[0] : v[3], x: bar ? state.buckets[v[3]] : null });
          }
        }
      }
      out.sort(function (a, b) { return bar ? b.lane - a.lane || a.s - b.s : a.key - b.key; });
      return out;
    }

    function indexOf(list, it) {
      for (var i = 0; it && i < list.length; i++) {
        if (list[i].bar === it.bar && list[i].si === it.si && list[i].key === it.key) {
          return i;
        }
      }
      return -1;
    }

    function say(text) {
      if (live) {
        live.textContent = text;
      }
    }

    function textOf(li, sel) {
      var el = li && li.querySelector(sel);
      return el ? el.textContent.replace(/\s+/g, " ").trim() : "";
    }

    /* describe says what item it of list is, as text. */
    function describe(it, list) {
      var lane = (TL.lanes[it.lane] || [""])[0], x = it.x, n = 0, k = 0, i;
      if (it.bar) {
        for (i = 0; i < list.length; i++) {
          if (list[i].si === it.si) {
            n++;
            k += list[i].s <= it.s ? 1 : 0;
          }
        }
        return lane + ", " + bucketLabel(x.start, state.unit) + ": " + plural(x.fine, "event") + " dated within" +
          (x.over ? ", " + plural(x.over, "event") + " with broader dates overlapping" : "") +
          ". Bar " + k + " of " + n + " in this group. Enter zooms in.";
      }
      var li = item(it.key), prec = textOf(li, "small"), badge = textOf(li, "h3 em"), url = link(li);
      return textOf(li, "time") + (prec ? " (" + prec + ")" : "") + ": " + (title(li) || TL.ev[it.key] || "") +
        (badge ? " (" + badge + ")" : "") + ". " + lane + ". Event " + (list.indexOf(it) + 1) + " of " + list.length + " in view." +
        (url ? " Enter opens " + host(url) + "." : " No link.");
    }

    /* light highlights item it and shows its tooltip, or clears both. */
    function light(it) {
      chart.dispatchAction({ type: "downplay" });
      if (it) {
        chart.dispatchAction({ type: "highlight", seriesIndex: it.si, dataIndex: it.di });
        chart.dispatchAction({ type: "showTip", seriesIndex: it.si, dataIndex: it.di, position: tipBeside });
      } else {
        chart.dispatchAction({ type: "hideTip" });
      }
    }

    /* tipBeside places the tooltip of an item focused from the keyboard
       below its mark and label (rect), or above, or beside: not over it. */
    function tipBeside(pt, params, el, rect, size) {
      var w = size.contentSize[0], h = size.contentSize[1], vw = size.viewSize[0], vh = size.viewSize[1];
      if (!rect) {
        return null;
      }
      var x = Math.max(4, Math.min(vw - w - 4, rect.x + rect.width / 2 - w / 2));
      if (rect.y + rect.height + 8 + h <= vh) {
        return [x, rect.y + rect.height + 8];
      }
      if (rect.y - 8 - h >= 0) {
        return [x, rect.y - 8 - h];
      }
      return [rect.x + rect.width + 8 + w <= vw ? rect.x + rect.width + 8 : Math.max(4, rect.x - 8 - w), Math.max(4, Math.min(vh - h - 4, rect.y + rect.height / 2 - h / 2))];
    }

    /* target is the item a key moves to from list[at] (at -1: none). */
    function target(key, list, at) {
      var cur = list[at] || null, i, best = null, lane;
      /* the items Left, Right, Home and End go through: a group's bars */
      var mine = !list.length || !list[0].bar ? list : list.filter(function (o) { return o.si === (cur || list[0]).si; });
      if (!cur || key === "Home" || key === "End") {
        return mine[key === "End" || (!cur && key === "ArrowLeft") ? mine.length - 1 : 0] || null;
      }
      if (key === "ArrowRight" || key === "ArrowLeft") {
        return mine[mine.indexOf(cur) + (key === "ArrowRight" ? 1 : -1)] || null;
      }
      /* Up and Down: the next group that has an item, the nearest there. */
      var dir = key === "ArrowUp" ? 1 : -1;
      for (i = 0; i < list.length; i++) {
        if ((list[i].lane - cur.lane) * dir > 0 && (lane === undefined || (list[i].lane - lane) * dir < 0)) {
          lane = list[i].lane;
        }
      }
      var mid = (cur.s + cur.e) / 2;
      for (i = 0; i < list.length; i++) {
        if (list[i].lane === lane && (!best || Math.abs((list[i].s + list[i].e) / 2 - mid) < Math.abs((best.s + best.e) / 2 - mid))) {
          best = list[i];
        }
      }
      return best;
    }

    /* shift moves time t by d ms of time shown, skipping axis breaks. */
    function shift(t, d) {
      var dir = d < 0 ? -1 : 1, left = Math.abs(d), i, b, stop, hit, guard;
      for (guard = 0; guard < 20; guard++) {
        hit = null;
        for (i = 0; i < TL.breaks.length; i++) {
          b = TL.breaks[i];
          stop = dir > 0 ? b[0] : b[1];
          if ((stop - t) * dir >= 0 && (!hit || Math.abs(stop - t) < Math.abs((dir > 0 ? hit[0] : hit[1]) - t))) {
            hit = b;
          }
        }
        stop = hit ? (dir > 0 ? hit[0] : hit[1]) : 0;
        if (!hit || Math.abs(stop - t) >= left) {
          break;
        }
        left -= Math.abs(stop - t);
        t = dir > 0 ? hit[1] : hit[0];
      }
      return t + dir * left;
    }

    /* zoomBy shows f times the time shown now, around the focused item
       or the middle of the window, within the axis. */
    function zoomBy(f, it) {
      var w = currentWindow(), ax = TL.axis, vs = windowSpan(w), all = windowSpan(ax);
      var ns = Math.min(all, Math.max(HOUR, vs * f));
      if (Math.abs(ns - vs) <= vs * 1e-6) {
        say(f < 1 ? "Zoomed in as far as the chart goes." : "The chart shows everything already.");
        return;
      }
      var c = it ? Math.max(w[0], Math.min(w[1], (it.s + it.e) / 2)) : shift(w[0], vs / 2);
      showSpan(shift(c, -ns / 2), ns);
    }

    /* showSpan shows ns ms of time, breaks left out, from a, moved to stay
       within the axis. */
    function showSpan(a, ns) {
      var ax = TL.axis, b;
      a = Math.max(ax[0], a);
      b = shift(a, ns);
      if (b > ax[1]) {
        b = ax[1];
        a = Math.max(ax[0], shift(b, -ns));
      }
      chart.dispatchAction({ type: "dataZoom", startValue: a, endValue: b });
    }

    /*
     * beyond finds the item a key moves to when the window has none left
     * that way (dir 1: later, -1: earlier), wherever it is: { bar, si,
     * key } as indexOf matches items, and t, the time to bring into view;
     * null if there is none. For events it is the shown event nearest
     * past index ref, t its start (its end, going left). For the bars of
     * group si it is the bucket holding t, the nearest time past the time
     * ref at which a shown event of the group lies (an event that spans
     * ref counts from ref on, as its shares do). ref -dir * Infinity asks
     * for the first or the last of all.
     */
    function beyond(dir, ref, bar, si) {
      var best = null, k, t;
      for (k = 0; k < evs.n; k++) {
        t = !bar ? evs.idx[k] : dir > 0 ? Math.max(evs.s[k], ref) : Math.min(evs.e[k], ref);
        if (shown(k) && (!bar ? (t - ref) * dir > 0 : evs.si[k] === si && (dir > 0 ? evs.e[k] > ref : evs.s[k] < ref)) && (!best || (t - best.n) * dir < 0)) {
          best = { n: t, bar: bar, si: evs.si[k], t: bar ? t : dir > 0 ? evs.s[k] : evs.e[k], key: bar ? bucketOf(dir > 0 ? t : t - 1, state.unit) : t };
        }
      }
      return best;
    }

    function onKey(ev) {
      /* Space acts as Enter; Ctrl+Home and Ctrl+End reach the whole
         timeline (whole) */
      var key = ev.key === " " ? "Enter" : ev.key, whole = ev.ctrlKey && /^(Home|End)$/.test(key);
      if (ev.target !== chartEl || ev.altKey || ev.ctrlKey && !whole || ev.metaKey || !KEYS[key] || !chart || !evs) {
        return;
      }
      var list = navItems(), at = indexOf(list, focused), cur = list[at] || null, next, far, w;
      var dir = key === "ArrowRight" || key === "Home" ? 1 : -1, bar = state.mode === "density";
      ev.preventDefault();
      if (key === "Escape") {
        focused = null;
        light(null);
        say("");
      } else if (key === "Enter") {
        if (!cur) {
          say("Nothing is focused: use the arrow keys first.");
        } else if (cur.bar) {
          zoomInto(cur.x);
        } else if (!openLink(cur.key)) {
          say("This event has no http or https link to open.");
        }
      } else if (key === "+" || key === "=" || key === "PageUp") {
        zoomBy(0.5, cur);
      } else if (key === "-" || key === "_" || key === "PageDown") {
        zoomBy(2, cur);
      } else if (!whole && (next = target(key, list, at))) {
        focused = next;
        light(next);
        say(describe(next, list));
      } else if ((whole || cur && /^Arrow[LR]/.test(key)) &&
        (far = beyond(dir, whole ? -dir * Infinity : !bar ? cur.key : dir > 0 ? cur.x.end : cur.x.start, bar, (cur || list[0] || {}).si))) {
        /* past the window: move it on, keeping its width, so that the
           item stands a tenth of the way in from the edge it comes from
           (zoomed, on datazoom, says what it shows; a new mode may not
           show the item) */
        w = currentWindow();
        if (indexOf(list, far) < 0) {
          showSpan(shift(far.t, -windowSpan(w) * (dir > 0 ? 0.1 : 0.9)), windowSpan(w));
        }
        if ((next = (list = navItems())[indexOf(list, far)])) {
          focused = next;
          light(next);
          w = currentWindow();
          say(describe(next, list) + " Showing " + zoomLabel(w[0]) + " to " + zoomLabel(w[1]) + ".");
        }
      } else {
        say(!list.length ? "No " + (bar ? "bar" : "event") + " in view." : key === "ArrowUp" || key === "ArrowDown" ? "No group " + (key === "ArrowUp" ? "above" : "below") + " has anything in view." :
          "No " + (dir > 0 ? "later " : "earlier ") + (bar ? "bar in this group." : "event."));
      }
    }

    /* zoomed says what the window shows once it changed while the chart
       has the focus, and keeps the focused item lit if it is still shown. */
    function zoomed() {
      if (!chartEl || document.activeElement !== chartEl) {
        return;
      }
      var list = navItems(), at = indexOf(list, focused), w = currentWindow();
      if (focused) {
        focused = list[at] || null;
        light(focused);
      }
      say("Showing " + zoomLabel(w[0]) + " to " + zoomLabel(w[1]) + ": " + plural(state.inWindow, "event") + " in view" +
        (state.mode === "density" ? ", counted per " + unitName(state.unit) + " in bars" : "") + ".");
    }

    /* bindKeys makes the chart element a focusable, named widget. */
    function bindKeys() {
      if (!chartEl) {
        return;
      }
      var fig = chartEl.closest ? chartEl.closest("figure") : null, ids = [], els, i, id, k, labels = [];
      live = fig && fig.querySelector(".tl-live");
      for (i = TL.lanes.length - 1; i >= 0; i--) {
        labels.push(TL.lanes[i][0]);
      }
      chartEl.tabIndex = 0;
      chartEl.setAttribute("role", "application");
      chartEl.setAttribute("aria-roledescription", "interactive timeline");
      chartEl.setAttribute("aria-label", "Timeline chart of " + plural(evs.n, "event") + " in " + plural(labels.length, "group") + ": " + labels.join(", ") +
        ". Every event is also listed, with its sources, after the chart.");
      els = [fig && fig.querySelector("figcaption"), root.querySelector(".tl-density")];
      for (i = 0; i < els.length; i++) {
        if (els[i]) {
          if (!els[i].id) {
            for (id = "tl" + n + (i ? "-note" : "-help"), k = 2; document.getElementById(id); k++) {
              id = "tl" + n + (i ? "-note-" : "-help-") + k;
            }
            els[i].id = id;
          }
          ids.push(els[i].id);
        }
      }
      chartEl.setAttribute("aria-describedby", ids.join(" "));
      chartEl.addEventListener("keydown", onKey);
      chartEl.addEventListener("focusout", function (ev) {
        if (focused && !chartEl.contains(ev.relatedTarget)) {
          chart.dispatchAction({ type: "downplay" });
          chart.dispatchAction({ type: "hideTip" });
        }
      });
    }

    /* axisLabel formats the time axis. The two labels at an axis break lean
     * away from it (rich text padded by the label's width, see axisPlan), so
     * that both fit beside a narrow break. */
    function axisLabel(value) {
      var text = dateLabel(value), i, b;
      for (i = 0; i < TL.breaks.length; i++) {
        b = TL.breaks[i];
        if (value === b[0] || value === b[1]) {
          return "{" + (value === b[0] ? "r" : "l") + measure(text, 11, theme.font) + "|" + text + "}";
        }
      }
      return text;
    }

    function zoomLabel(value) {
      var d = new Date(value);
      var span = windowSpan(currentWindow());
      if (span > 3 * 365.25 * 864e5) {
        return yearText(d.getUTCFullYear());
      }
      if (span > 90 * 864e5) {
        return MONTHS[d.getUTCMonth()] + " " + yearText(d.getUTCFullYear());
      }
      return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + yearText(d.getUTCFullYear());
    }

    /* The window now shown, [start, end] in ms. */
    function currentWindow() {
      if (chart) {
        try {
          var ext = chart.getModel().getComponent("xAxis", 0).axis.scale.getExtent();
          if (ext && isFinite(ext[0]) && isFinite(ext[1])) {
            return [ext[0], ext[1]];
          }
        } catch (e) {
          /* not laid out yet */
        }
      }
      return [TL.axis[0], TL.axis[1]];
    }

    /* The time a window shows, breaks left out. */
    function windowSpan(w) {
      var span = w[1] - w[0], i, b;
      for (i = 0; i < TL.breaks.length; i++) {
        b = TL.breaks[i];
        span -= Math.max(0, Math.min(w[1], b[1]) - Math.max(w[0], b[0]));
      }
      return span;
    }

    /*
     * axisPlan chooses the ticks of the window shown: round years (every 1,
     * 2, 5, 10, ... years as the width allows, BC years counted as people
     * count them), the two ends of each axis break, and the axis' own ends
     * in the first view. Labels must not touch: break ends go first, then
     * the axis ends, then the round years, each kept only where its label
     * has room. Under three years it returns no ticks, and ECharts' own
     * month and day ticks, which are round already, are used.
     */
    function axisPlan(win) {
      var w = win || currentWindow();
      var width = Math.max(200, ((dom && dom.clientWidth) || 1000) - TL.grid[0] - TL.grid[1]);
      var key = w[0] + ":" + w[1] + ":" + width;
      if (state.plan && state.plan.key === key) {
        return state.plan;
      }
      var plan = { key: key, ticks: null, rich: {} };
      state.plan = plan;
      var span = windowSpan(w);
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
      var plotW = width * (1 - BREAK_GAP * nb);
      /* x of a time, with breaks taking their share of the width. */
      function px(v) {
        var x = 0, k, bk, from = w[0];
        for (k = 0; k < TL.breaks.length; k++) {
          bk = TL.breaks[k];
          if (bk[1] <= w[0] || bk[0] >= w[1] || bk[0] >= v) {
            continue;
          }
          x += (Math.max(bk[0], from) - from) / span * plotW + width * BREAK_GAP;
          from = Math.min(bk[1], w[1]);
        }
        return x + (Math.max(v, from) - from) / span * plotW;
      }
      var boxes = [], out = [];
      function take(v, lean) {
        var lw = measure(dateLabel(v), 11, theme.font) + 10, x = px(v);
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
          plan.rich["r" + measure(dateLabel(b[0]), 11, theme.font)] = { padding: [0, measure(dateLabel(b[0]), 11, theme.font), 0, 0], fontSize: 11, color: theme.muted };
        }
        if (b[1] > w[0] && b[1] < w[1]) {
          take(b[1], 1);
          plan.rich["l" + measure(dateLabel(b[1]), 11, theme.font)] = { padding: [0, 0, 0, measure(dateLabel(b[1]), 11, theme.font)], fontSize: 11, color: theme.muted };
        }
      }
      for (i = 0; i < 2; i++) {
        var d = new Date(w[i]);
        if (w[i] === TL.axis[i] && d.getUTCMonth() === 0 && d.getUTCDate() === 1 && d.getUTCHours() === 0) {
          take(w[i], 0);
        }
      }
      var target = Math.max(2, Math.floor(plotW / 85)), step = STEPS[STEPS.length - 1];
      for (i = 0; i < STEPS.length; i++) {
        if (years / STEPS[i] <= target) {
          step = STEPS[i];
          break;
        }
      }
      var y0 = new Date(w[0]).getUTCFullYear(), y1 = new Date(w[1]).getUTCFullYear();
      for (y = y0; y <= y1; y++) {
        hy = y <= 0 ? 1 - y : y;
        if (hy % step !== 0) {
          continue;
        }
        t = yearStart(y);
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
    function ticks() {
      return axisPlan([TL.axis[0], TL.axis[1]]).ticks;
    }

    function tickRich() {
      return axisPlan([TL.axis[0], TL.axis[1]]).rich;
    }

    function tickHide() {
      return !axisPlan([TL.axis[0], TL.axis[1]]).ticks;
    }

    function updateTicks() {
      if (!chart) {
        return;
      }
      var plan = axisPlan();
      var key = plan.ticks ? plan.ticks.join(",") : "auto";
      if (key === state.ticksKey) {
        return;
      }
      state.ticksKey = key;
      chart.setOption({
        xAxis: {
          axisLabel: { customValues: plan.ticks, rich: plan.rich, hideOverlap: !plan.ticks },
          axisTick: { customValues: plan.ticks }
        }
      });
    }

    function showView(i) {
      var v = TL.views[i];
      if (!v || !chart) {
        return;
      }
      chart.dispatchAction({ type: "dataZoom", startValue: v[0], endValue: v[1] });
      markView(i);
    }

    function markView(i) {
      var bs = root.querySelectorAll(".tl-views button"), k;
      for (k = 0; k < bs.length; k++) {
        bs[k].setAttribute("aria-pressed", String(Number(bs[k].getAttribute("data-view")) === i));
      }
    }

    function themeOption() {
      return {
        textStyle: { fontFamily: theme.font, color: theme.text },
        legend: { textStyle: { color: theme.text }, inactiveColor: theme.faint, pageTextStyle: { color: theme.muted } },
        tooltip: { backgroundColor: theme.tipBg, borderColor: theme.line, textStyle: { color: theme.text } },
        xAxis: {
          axisLabel: { color: theme.muted }, axisLine: { lineStyle: { color: theme.axis } },
          axisTick: { lineStyle: { color: theme.axis } }, splitLine: { lineStyle: { color: theme.grid } },
          breakArea: { itemStyle: { color: theme.brk, borderColor: theme.axis } }
        },
        yAxis: { axisLabel: { color: theme.text }, splitArea: { areaStyle: { color: [theme.band, theme.band2] } } },
        dataZoom: [{
          borderColor: theme.line, fillerColor: theme.zoom, backgroundColor: theme.band, textStyle: { color: theme.muted },
          handleStyle: { color: theme.tipBg, borderColor: theme.axis }, moveHandleStyle: { color: theme.axis }
        }, {}],
        toolbox: { iconStyle: { borderColor: theme.muted }, feature: { saveAsImage: { backgroundColor: theme.bg } } }
      };
    }

    /* searchText is what the search looks in for each event: the date, the
       title with its group and badge, the description and the tags. */
    function searchText() {
      var out = [], k, li, parts, j, sel = ["time", "small", "h3", "h3 + p:not(.c):not(.t)", "p.t"], el;
      var all = items();
      for (k = 0; k < all.length; k++) {
        li = all[k];
        parts = [];
        for (j = 0; j < sel.length; j++) {
          el = li.querySelector(sel[j]);
          if (el) {
            parts.push(el.textContent);
          }
        }
        out.push(fold(parts.join(" ").replace(/\s+/g, " ")));
      }
      return out;
    }

    /* filter shows the events that contain every word of query: in the
       list, in the chart, and in the count. */
    function filter(query) {
      var words = fold(query).split(/\s+/).filter(function (w) { return w; });
      var all = items(), k, shown = 0, ok, was = match;
      if (words.length && !haystack) {
        haystack = searchText();
      }
      match = words.length ? [] : null;
      for (k = 0; k < all.length; k++) {
        ok = true;
        for (var j = 0; j < words.length && ok; j++) {
          ok = haystack[k].indexOf(words[j]) >= 0;
        }
        if (match) {
          match[k] = ok;
        }
        if (all[k].hidden !== !ok) {
          all[k].hidden = !ok;
        }
        if (ok) {
          shown++;
        }
      }
      var out = root.querySelector(".tl-count");
      if (out) {
        out.textContent = shown + " of " + all.length + " events";
      }
      if (chart && baseData && (match || was)) {
        /* The chart gets the matches, as events or as buckets; the count
           is of what the new data draw (nothing may match). */
        state.matchVer++;
        report(!refresh());
      }
    }

    function bindSearch() {
      var box = root.querySelector(".tl-q"), timer = 0, last = "";
      if (!box) {
        return;
      }
      var run = function () {
        timer = 0;
        if (box.value !== last) {
          last = box.value;
          filter(last);
        }
      };
      box.addEventListener("input", function () {
        if (timer) {
          clearTimeout(timer);
        }
        timer = setTimeout(run, TL.ev.length > 2000 ? 120 : 30);
      });
      box.addEventListener("keydown", function (ev) {
        if (ev.key === "Escape" && box.value) {
          box.value = "";
          run();
        }
      });
      /* the count, and a query the browser restored */
      filter(box.value);
      last = box.value;
    }

    /* Anchors stay unique: a second copy of a fragment numbers its own. */
    function uniqueAnchors() {
      var all = items(), k;
      if (!all.length || !all[0].id || document.getElementById(all[0].id) === all[0]) {
        return;
      }
      for (k = 0; k < all.length; k++) {
        if (all[k].id) {
          all[k].id += "-" + n;
        }
      }
    }

    /* indexEvents reads the chart's events from the option's data (start,
       end, series, list index), for the counts of the density view. */
    function indexEvents(series) {
      var n = 0, si, k, d, v;
      names = [];
      isEv = [];
      for (si = 0; si < series.length; si++) {
        d = baseData[si] || [];
        names.push(series[si].name);
        /* the eras' items have four values */
        isEv.push(!(d.length && d[0].length < 6));
        n += isEv[si] ? d.length : 0;
      }
      evs = { n: 0, s: new Float64Array(n), e: new Float64Array(n), si: new Int32Array(n), lane: new Int32Array(n), idx: new Int32Array(n) };
      rankOf = new Int32Array(TL.ev.length);
      for (si = 0; si < series.length; si++) {
        d = isEv[si] ? baseData[si] || [] : [];
        for (k = 0; k < d.length; k++) {
          v = d[k];
          evs.s[evs.n] = v[0];
          evs.e[evs.n] = v[1];
          evs.si[evs.n] = si;
          evs.lane[evs.n] = v[2];
          evs.idx[evs.n] = v[3];
          /* the style's bits above mark and hollow */
          rankOf[v[3]] = v[5] >> 3;
          evs.n++;
        }
      }
    }

    /* shown: event k matches the search and its group is not hidden. */
    function shown(k) {
      return (!match || match[evs.idx[k]]) && state.sel[names[evs.si[k]]] !== false;
    }

    /* inWindow counts the events shown that overlap the window w. */
    function inWindow(w) {
      var c = 0, k;
      for (k = 0; k < evs.n; k++) {
        if (evs.s[k] < w[1] && evs.e[k] > w[0] && shown(k)) {
          c++;
        }
      }
      return c;
    }

    /*
     * buildBuckets counts the events shown per lane and bucket of unit u
     * over the window w widened by its own span on each side (so that a
     * pan does not rebuild them), and returns the event series' data:
     * [start, end, lane, bucket id, events within, -1, broader share,
     * broader events]. An event within one bucket counts 1 there; a longer
     * one counts in every bucket it overlaps by the share of its span that
     * falls there, so that it adds 1 in all, as a dot or a bar would; a
     * bucket inside an axis break is skipped.
     */
    function buildBuckets(w, u) {
      var ws = windowSpan(w);
      var r0 = bucketOf(Math.max(TL.axis[0], w[0] - ws), u), r1 = Math.min(TL.axis[1], w[1] + ws);
      var end = bucketOf(r1, u);
      r1 = end < r1 ? bucketAfter(end, u) : end;
      var map = {}, list = [], k, s, e, b, nb, x, guard, i;
      function at(si, b0, lane, b1) {
        var key = si + ":" + b0, y = map[key];
        if (!y) {
          y = map[key] = { si: si, lane: lane, start: b0, end: b1 || bucketAfter(b0, u), fine: 0, share: 0, over: 0, ids: [] };
          list.push(y);
        }
        return y;
      }
      function inBreak(b0, b1) {
        for (var j = 0; j < TL.breaks.length; j++) {
          if (b0 >= TL.breaks[j][0] && b1 <= TL.breaks[j][1]) {
            return TL.breaks[j][1];
          }
        }
        return 0;
      }
      for (k = 0; k < evs.n; k++) {
        s = evs.s[k];
        e = evs.e[k];
        if (e <= r0 || s >= r1 || !shown(k)) {
          continue;
        }
        b = bucketOf(s, u);
        nb = bucketAfter(b, u);
        if (e <= nb) {
          x = at(evs.si[k], b, evs.lane[k], nb);
          x.fine++;
          x.ids.push(evs.idx[k]);
          continue;
        }
        for (b = bucketOf(Math.max(s, r0), u), guard = 0; b < Math.min(e, r1) && guard < 5000; guard++) {
          nb = bucketAfter(b, u);
          var skip = inBreak(b, nb);
          if (skip) {
            b = Math.max(nb, bucketOf(skip, u));
            continue;
          }
          x = at(evs.si[k], b, evs.lane[k], nb);
          x.share += (Math.min(e, nb) - Math.max(s, b)) / (e - s);
          x.over++;
          b = nb;
        }
      }
      list.sort(function (p, q) { return p.si - q.si || p.start - q.start; });
      var data = isEv.map(function (ev) { return ev ? [] : null; }), peak = 0;
      for (i = 0; i < list.length; i++) {
        x = list[i];
        peak = Math.max(peak, x.fine + x.share);
        x.di = data[x.si].length;
        data[x.si].push([x.start, x.end, x.lane, i, x.fine, -1, Math.round(x.share * 100) / 100, x.over]);
      }
      state.buckets = list;
      state.peak = peak;
      state.unit = u;
      state.range = [r0, r1];
      return data;
    }

    /*
     * plan decides what the event series show for the window now shown:
     * buckets when it holds more than DENSE events (search and hidden
     * groups taken into account), else the events themselves. It returns
     * the mode, the series' data and what they were made for, or null
     * when what the chart shows already fits (unless force).
     */
    function plan(force) {
      var w = currentWindow(), n = inWindow(w), key;
      state.inWindow = n;
      if (n > DENSE) {
        var u = unitFor(windowSpan(w));
        key = "d" + state.matchVer + ":" + state.selVer;
        if (!force && state.mode === "density" && state.key === key && state.unit === u && w[0] >= state.range[0] && w[1] <= state.range[1]) {
          return null;
        }
        return { mode: "density", key: key, data: buildBuckets(w, u) };
      }
      key = "e" + state.matchVer;
      if (!force && state.mode === "events" && state.key === key) {
        return null;
      }
      return {
        mode: "events", key: key, data: baseData.map(function (d, si) {
          return !isEv[si] ? null : !match || !d ? d : d.filter(function (v) { return match[v[3]]; });
        })
      };
    }

    /*
     * refresh gives the chart what plan decides, if that changed, and says
     * whether it did. The count starts again from zero, and the pass the
     * new data draw is counted as it ends ("finished", within setOption),
     * so the caller reports without force; otherwise the caller counts the
     * pass it knows of (a zoom) as before.
     */
    function refresh(force) {
      if (!chart || !evs) {
        return false;
      }
      var p = plan(force);
      if (p) {
        state.gen++;
        state.total = 0;
        state.labels = 0;
        state.mode = p.mode;
        state.key = p.key;
        if (p.mode === "events") {
          state.buckets = [];
        }
        chart.dispatchAction({ type: "hideTip" });
        shownData = p.data;
        chart.setOption({ series: p.data.map(function (d) { return d ? { data: d } : {}; }) });
      }
      note();
      return !!p;
    }

    /* note says, under the chart, when and how the density view counts. */
    function note() {
      var el = root.querySelector(".tl-density");
      if (!el) {
        return;
      }
      el.hidden = state.mode !== "density";
      if (!el.hidden) {
        el.textContent = "Density view: the " + plural(state.inWindow, "event") + " in view are counted per " + unitName(state.unit) +
          " in each group; the tallest bar holds " + plural(Math.round(state.peak), "event") +
          " (its faded part: shares of events with broader dates). Zoom in to " + DENSE + " events or fewer, or click a bar, to see each event.";
      }
    }

    var tl = {
      theme: theme, renderItem: renderItem, renderEra: renderEra, tooltip: tooltip,
      axisLabel: axisLabel, zoomLabel: zoomLabel, ticks: ticks, tickRich: tickRich, tickHide: tickHide
    };

    if (page) {
      window.addEventListener("error", function (ev) {
        var t = ev.target;
        if (t && t !== window && t.tagName) {
          if (t.tagName === "SCRIPT") {
            fail("could not load " + (t.src || "a script"));
          }
          return;
        }
        fail(ev.message || "script error");
      }, true);
    }
    document.addEventListener("DOMContentLoaded", publish);
    if (!page) {
      /* the fragment's list comes before its script */
      uniqueAnchors();
    }

    state.started = true;
    ec = window.echarts;
    if (!ec || !ec.init || !dom) {
      fail(state.error || (dom ? "the chart did not start" : "no chart element in the container"));
      return;
    }
    try {
      chart = ec.init(dom, "white", { renderer: "canvas" });
      var option = makeOption(tl);
      baseData = (option.series || []).map(function (s) { return s.data; });
      indexEvents(option.series || []);
      /* The first view: a timeline too dense to read starts as buckets,
         and its events are never drawn one by one. */
      var first = plan(true);
      state.mode = first.mode;
      state.key = first.key;
      shownData = first.data;
      for (k = 0; k < first.data.length; k++) {
        if (first.data[k]) {
          option.series[k].data = first.data[k];
        }
      }
      chart.setOption(option);
      chart.on("click", "series", click);
    } catch (e) {
      fail(e);
      return;
    }
    if (page) {
      window.timelineChart = chart;
    }
    /* the pass of setOption, already drawn */
    count(true);
    state.ticksKey = (function (t) { return t ? t.join(",") : "auto"; })(ticks());
    chart.on("finished", function () { report(false); });
    chart.on("datazoom", function () {
      updateTicks();
      report(!refresh());
      zoomed();
    });
    /* A group hidden or shown: the window holds fewer or more events. */
    var onLegend = function (ev) {
      state.sel = (ev && ev.selected) || {};
      state.selVer++;
      report(!refresh());
    };
    var legendEvents = ["legendselectchanged", "legendselected", "legendunselected", "legendselectall", "legendinverseselect"];
    for (k = 0; k < legendEvents.length; k++) {
      chart.on(legendEvents[k], onLegend);
    }
    chart.on("restore", function () {
      /* The chart is back to its first option, every group shown. */
      state.ticksKey = "";
      updateTicks();
      markView(0);
      state.sel = {};
      state.selVer++;
      var box = root.querySelector(".tl-q");
      if (box && box.value) {
        box.value = "";
        filter("");
      }
      refresh(true);
      report(false);
    });
    var bs = root.querySelectorAll(".tl-views button");
    for (k = 0; k < bs.length; k++) {
      bs[k].addEventListener("click", function () {
        var i = Number(this.getAttribute("data-view"));
        showView(i);
        if (page && window.history && history.replaceState) {
          history.replaceState(null, "", i ? "#view=" + i : location.pathname + location.search);
        }
      });
    }
    window.addEventListener("resize", function () {
      chart.resize();
      updateTicks();
    });
    var themed = root.closest ? root.closest("[data-theme]") : null;
    if (window.matchMedia && themed && themed.getAttribute("data-theme") === "auto") {
      var mq = window.matchMedia("(prefers-color-scheme: dark)");
      var onTheme = function () {
        theme = tl.theme = readTheme();
        chart.setOption(themeOption());
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
    var m = page ? /(?:^#|&)view=(\d+)/.exec(location.hash) : null;
    var view = m ? Number(m[1]) : 0;
    if (view > 0 && view < TL.views.length) {
      showView(view);
    } else {
      markView(0);
    }
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", bindSearch);
    } else {
      bindSearch();
    }
    bindKeys();
    note();
    publish();
  }
})();
