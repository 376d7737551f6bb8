/* A stand-in for echarts.min.js in golden files: the real one is 1 MB.
   It carries the pinned version string the renderer checks. */
(function (t) { t.version="6.1.0"; })(window.echarts = window.echarts || {});
