// The SLA chart: data from the page's <script id="sla-data">, drawn by the vendored ECharts on a canvas.
document.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("sla-chart");
  var data = document.getElementById("sla-data");
  if (!box || !data || !window.echarts) return;
  var d = JSON.parse(data.textContent);
  var chart = echarts.init(box, null, { renderer: "canvas" });
  chart.setOption({
    tooltip: { trigger: "axis" },
    legend: { data: ["一半（分钟）", "九成（分钟）", "运营回复", "机器人代答"], bottom: 0 },
    grid: { left: 40, right: 40, top: 20, bottom: 60 },
    xAxis: { type: "category", data: d.days },
    yAxis: [{ type: "value", name: "分钟" }, { type: "value", name: "条", splitLine: { show: false } }],
    series: [
      { name: "一半（分钟）", type: "line", data: d.p50, connectNulls: true },
      { name: "九成（分钟）", type: "line", data: d.p90, connectNulls: true },
      { name: "运营回复", type: "bar", stack: "n", yAxisIndex: 1, data: d.answered },
      { name: "机器人代答", type: "bar", stack: "n", yAxisIndex: 1, data: d.covers }
    ]
  });
  box.dataset.points = String(d.answered.reduce(function (a, b) { return a + b; }, 0) +
                              d.covers.reduce(function (a, b) { return a + b; }, 0));
  window.addEventListener("resize", function () { chart.resize(); });
});

// A room's health over four weeks: data from <script id="health-data">, members as bars, shares and rates as lines.
document.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("health-chart");
  var data = document.getElementById("health-data");
  if (!box || !data || !window.echarts) return;
  var d = JSON.parse(data.textContent);
  var chart = echarts.init(box, null, { renderer: "canvas" });
  chart.setOption({
    tooltip: { trigger: "axis" },
    legend: { data: ["成员", "说话的人（%）", "每天消息", "多久有人接（分钟）"], bottom: 0 },
    grid: { left: 40, right: 40, top: 20, bottom: 60 },
    xAxis: { type: "category", data: d.weeks },
    yAxis: [{ type: "value", name: "人" }, { type: "value", splitLine: { show: false } }],
    series: [
      { name: "成员", type: "bar", data: d.members },
      { name: "说话的人（%）", type: "line", yAxisIndex: 1, data: d.active },
      { name: "每天消息", type: "line", yAxisIndex: 1, data: d.per_day },
      { name: "多久有人接（分钟）", type: "line", yAxisIndex: 1, data: d.response_min, connectNulls: true }
    ]
  });
  box.dataset.points = String(d.members.length + d.active.length);
  box.dataset.members = d.members.join(",");
  window.addEventListener("resize", function () { chart.resize(); });
});
