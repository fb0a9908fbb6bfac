// The analytics page's charts, drawn with Chart.js from the page's JSON island.
(function () {
  "use strict";
  var island = document.getElementById("analytics-data");
  if (!island || typeof Chart === "undefined") return;
  var data = JSON.parse(island.textContent);
  var style = getComputedStyle(document.documentElement);
  function token(name) {
    return style.getPropertyValue(name).trim();
  }
  var primary = token("--color-primary");
  var success = token("--color-success");
  var warning = token("--color-warning");
  Chart.defaults.font.family = token("--font-sans");
  Chart.defaults.color = token("--color-text-muted");
  Chart.defaults.borderColor = token("--color-border");
  Chart.defaults.animation = false;

  function integerAxis() {
    return { beginAtZero: true, ticks: { precision: 0 } };
  }
  function bars(id, buckets, label, color) {
    new Chart(document.getElementById(id), {
      type: "bar",
      data: {
        labels: buckets.map(function (bucket) {
          return bucket.label;
        }),
        datasets: [
          {
            label: label,
            data: buckets.map(function (bucket) {
              return bucket.count;
            }),
            backgroundColor: color,
            borderRadius: 6,
            maxBarThickness: 42,
          },
        ],
      },
      options: {
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { y: integerAxis(), x: { grid: { display: false } } },
      },
    });
  }

  var days = data.daily.map(function (entry) {
    return new Date(entry.day + "T00:00:00").toLocaleDateString(undefined, {
      month: "short",
      day: "numeric",
    });
  });
  new Chart(document.getElementById("chart-activity"), {
    type: "bar",
    data: {
      labels: days,
      datasets: [
        {
          label: "Started",
          data: data.daily.map(function (entry) {
            return entry.started;
          }),
          backgroundColor: primary,
          borderRadius: 3,
          maxBarThickness: 14,
        },
        {
          label: "Completed",
          data: data.daily.map(function (entry) {
            return entry.completed;
          }),
          backgroundColor: success,
          borderRadius: 3,
          maxBarThickness: 14,
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      interaction: { mode: "index", intersect: false },
      plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
      scales: { y: integerAxis(), x: { grid: { display: false }, ticks: { maxTicksLimit: 8 } } },
    },
  });
  bars("chart-time", data.time_to_app, "Sessions", primary);
  bars("chart-refinements", data.refinements, "Sessions", token("--color-info"));
  bars("chart-ratings", data.rating_distribution, "Ratings", warning);
})();
