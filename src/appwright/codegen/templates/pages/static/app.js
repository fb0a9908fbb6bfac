// Behaviour htmx does not cover: Chart.js charts drawn from server data, and the tab bar that
// containers with a "mobile-tabs" layout show on phones. Runs on load and after every htmx swap.
(function () {
  "use strict";

  var PALETTE = ["#3657c8", "#2f9e8f", "#e0a030", "#d0506a", "#7a5cc8", "#4a9fd8", "#8aa04a", "#c8703a"];

  function chartConfig(data) {
    var round = data.type === "pie" || data.type === "doughnut";
    var colors = round
      ? data.labels.map(function (_, index) { return PALETTE[index % PALETTE.length]; })
      : PALETTE[0];
    return {
      type: data.type,
      data: {
        labels: data.labels,
        datasets: [{
          label: data.label,
          data: data.values,
          backgroundColor: data.type === "line" ? "rgba(54, 87, 200, 0.12)" : colors,
          borderColor: round ? "#ffffff" : PALETTE[0],
          borderWidth: round ? 2 : data.type === "line" ? 2 : 0,
          borderRadius: data.type === "bar" ? 4 : 0,
          fill: data.type === "line",
          tension: 0.3,
          maxBarThickness: 48
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: round, position: "bottom" } },
        scales: round ? {} : {
          x: { grid: { display: false } },
          y: {
            beginAtZero: true,
            grid: { color: "#eef0f3" },
            ticks: data.integer ? { precision: 0 } : {}
          }
        }
      }
    };
  }

  function drawCharts(root) {
    if (typeof Chart === "undefined") return;
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      if (Chart.getChart(canvas)) return;
      new Chart(canvas, chartConfig(JSON.parse(canvas.dataset.chart)));
    });
  }

  function destroyCharts(root) {
    if (typeof Chart === "undefined") return;
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var chart = Chart.getChart(canvas);
      if (chart) chart.destroy();
    });
  }

  function selectTab(container, index) {
    var items = container.querySelectorAll(":scope > .layout-item");
    var tabs = container.querySelectorAll(":scope > .tabbar [role=tab]");
    items.forEach(function (item, position) {
      item.classList.toggle("is-tab-active", position === index);
    });
    tabs.forEach(function (tab, position) {
      tab.setAttribute("aria-selected", position === index ? "true" : "false");
      tab.tabIndex = position === index ? 0 : -1;
    });
  }

  document.addEventListener("click", function (event) {
    var tab = event.target.closest(".tabbar [role=tab]");
    if (!tab) return;
    selectTab(tab.closest(".mobile-tabs"), Number(tab.dataset.tabIndex));
  });

  document.addEventListener("keydown", function (event) {
    var tab = event.target.closest(".tabbar [role=tab]");
    if (!tab || (event.key !== "ArrowRight" && event.key !== "ArrowLeft")) return;
    var tabs = Array.prototype.slice.call(tab.parentElement.querySelectorAll("[role=tab]"));
    var step = event.key === "ArrowRight" ? 1 : -1;
    var next = (tabs.indexOf(tab) + step + tabs.length) % tabs.length;
    selectTab(tab.closest(".mobile-tabs"), next);
    tabs[next].focus();
  });

  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
  // Swapped-in fragments may bring new canvases anywhere on the page.
  document.addEventListener("htmx:afterSettle", function () { drawCharts(document); });
  document.addEventListener("htmx:beforeCleanupElement", function (event) {
    destroyCharts(event.detail.elt);
  });
})();
