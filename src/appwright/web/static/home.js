// The home page's composer: the example chips fill the description box.
(function () {
  "use strict";
  document.querySelectorAll("[data-example]").forEach(function (chip) {
    chip.addEventListener("click", function () {
      var box = document.getElementById("description");
      box.value = chip.getAttribute("data-example");
      box.focus();
    });
  });
})();
