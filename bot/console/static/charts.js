// One chart, drawn by the vendored ECharts on a canvas once the page is loaded: data from the page's
// <script id="NAME-data"> into #NAME-chart, with the axes and series `options` makes of the data (it may also note
// on the box what it drew, for the page's tests); every chart has the same tooltip and margins.
function drawChart(name, options) {
  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById(name + "-chart");
    var data = document.getElementById(name + "-data");
    if (!box || !data || !window.echarts) return;
    var chart = echarts.init(box, null, { renderer: "canvas" });
    chart.setOption(Object.assign({ tooltip: { trigger: "axis" }, grid: { left: 40, right: 40, top: 20, bottom: 60 } },
                                  options(JSON.parse(data.textContent), box)));
    window.addEventListener("resize", function () { chart.resize(); });
  });
}

// The SLA chart: how long members waited (lines) and who answered them (bars).
drawChart("sla", function (d, box) {
  box.dataset.points = String(d.answered.reduce(function (a, b) { return a + b; }, 0) +
                              d.covers.reduce(function (a, b) { return a + b; }, 0));
  return {
    legend: { data: ["一半（分钟）", "九成（分钟）", "运营回复", "机器人代答"], bottom: 0 },
    xAxis: { type: "category", data: d.days },
    yAxis: [{ type: "value", name: "分钟" }, { type: "value", name: "条", splitLine: { show: false } }],
    series: [
      { name: "一半（分钟）", type: "line", data: d.p50, connectNulls: true },
      { name: "九成（分钟）", type: "line", data: d.p90, connectNulls: true },
      { name: "运营回复", type: "bar", stack: "n", yAxisIndex: 1, data: d.answered },
      { name: "机器人代答", type: "bar", stack: "n", yAxisIndex: 1, data: d.covers }
    ]
  };
});

// A room's health over four weeks: members as bars, shares and rates as lines.
drawChart("health", function (d, box) {
  box.dataset.points = String(d.members.length + d.active.length);
  box.dataset.members = d.members.join(",");
  return {
    legend: { data: ["成员", "说话的人（%）", "每天消息", "多久有人接（分钟）"], bottom: 0 },
    xAxis: { type: "category", data: d.weeks },
    yAxis: [{ type: "value", name: "人" }, { type: "value", splitLine: { show: false } }],
    series: [
      { name: "成员", type: "bar", data: d.members },
      { name: "说话的人（%）", type: "line", yAxisIndex: 1, data: d.active },
      { name: "每天消息", type: "line", yAxisIndex: 1, data: d.per_day },
      { name: "多久有人接（分钟）", type: "line", yAxisIndex: 1, data: d.response_min, connectNulls: true }
    ]
  };
});
