// The wizard's small behaviours: Ctrl+Enter in a step's description generates it, the
// "Generating…" state while the model works, and a note in place when the server cannot be
// reached (the form is left as typed, so trying again loses nothing).
(function () {
  "use strict";

  function wizard() {
    return document.getElementById("wizard");
  }

  document.addEventListener("keydown", function (event) {
    var box = event.target;
    if (!(box instanceof HTMLTextAreaElement) || !box.hasAttribute("data-generate-shortcut")) return;
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    var button = box.form && box.form.querySelector("[data-generate]");
    if (button) button.click();
  });

  // Which button sent the form decides the busy text: only generating takes long.
  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest("#wizard button[name=_action]") : null;
    var form = wizard();
    if (!button || !form) return;
    form.dataset.busy = button.value === "generate" ? "generate" : "working";
    var note = form.querySelector(".wz-offline");
    if (note) note.remove();
  });

  document.addEventListener("htmx:afterRequest", function () {
    var form = wizard();
    if (form) delete form.dataset.busy;
  });

  document.addEventListener("htmx:sendError", function () {
    var form = wizard();
    if (!form) return;
    delete form.dataset.busy;
    var area = form.querySelector(".wz-feedback");
    if (!area) return;
    var note = document.createElement("div");
    note.className = "alert alert-error wz-offline";
    note.setAttribute("role", "alert");
    note.textContent =
      "The server cannot be reached. Your description and the form are unchanged: try again when the connection is back.";
    area.prepend(note);
  });
})();
