// The builder screen: resizable panes, the conversation (send, quick answers, rating), streamed
// job progress over Server-Sent Events (resumed with the last event id after a lost
// connection), Mermaid diagrams in the design tabs, the live preview and the code pane.
// Everything that changes something calls /api/v1 (window.appwright.api) or an HTMX page
// handler; the panes are refreshed by the events "appwright:spec-changed" and
// "appwright:job-finished" on <body>.
(function () {
  "use strict";

  var root = document.getElementById("builder");
  if (!root) return;
  var aw = window.appwright;
  var sessionId = root.dataset.sessionId;
  var apiBase = "/api/v1/sessions/" + sessionId;

  function fire(name, detail) {
    document.body.dispatchEvent(new CustomEvent(name, { bubbles: true, detail: detail || {} }));
  }

  // ---------- panes: Split.js on wide screens, stacked (CSS) on narrow ones ----------
  var split = null;
  var wide = window.matchMedia("(min-width: 1100px)");
  function layoutPanes() {
    if (wide.matches && !split && window.Split) {
      split = window.Split(["#pane-conversation", "#pane-design", "#pane-preview"], {
        sizes: [27, 40, 33],
        minSize: [280, 320, 300],
        gutterSize: 8,
        gutter: function () {
          var gutter = document.createElement("div");
          gutter.className = "gutter gutter-horizontal";
          gutter.setAttribute("role", "separator");
          gutter.setAttribute("aria-orientation", "vertical");
          gutter.setAttribute("aria-label", "Resize panes");
          return gutter;
        },
      });
    } else if (!wide.matches && split) {
      split.destroy();
      split = null;
    }
  }
  wide.addEventListener("change", layoutPanes);

  // ---------- Mermaid: drawn when its tab is visible (hidden SVGs measure as zero) ----------
  var mermaidReady = false;
  function drawDiagrams(scope) {
    if (!window.mermaid) return;
    if (!mermaidReady) {
      window.mermaid.initialize({
        startOnLoad: false,
        securityLevel: "strict",
        theme: "base",
        themeVariables: {
          primaryColor: "#eef0ff",
          primaryBorderColor: "#4f46e5",
          primaryTextColor: "#161a2b",
          lineColor: "#5b6178",
          fontFamily: "system-ui, sans-serif",
          fontSize: "14px",
        },
      });
      mermaidReady = true;
    }
    var nodes = Array.prototype.filter.call(
      (scope || document).querySelectorAll("pre.mermaid:not([data-processed])"),
      function (node) {
        return node.offsetParent !== null;
      }
    );
    if (nodes.length) {
      window.mermaid.run({ nodes: nodes }).catch(function (error) {
        nodes.forEach(function (node) {
          if (node.querySelector("svg")) return;
          node.classList.add("mermaid-error");
          node.setAttribute("data-error", "The diagram could not be drawn: " + error.message);
        });
      });
    }
  }

  // ---------- design tabs: a tab's content is fetched the first time it is shown ----------
  document.addEventListener("appwright:tab", function (event) {
    var tab = event.target;
    var panel = document.getElementById(tab.getAttribute("aria-controls"));
    if (!panel) return;
    if (panel.dataset.loaded === "false" && tab.dataset.designTab) {
      panel.dataset.loaded = "true";
      window.htmx.trigger(panel, "appwright:load-" + tab.dataset.designTab);
    }
    drawDiagrams(panel);
  });
  document.body.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    if (target.classList && target.classList.contains("design-panel")) target.dataset.loaded = "true";
    drawDiagrams(target);
    if (target.id === "conversation") {
      scrollConversation();
      showRatingNote();
    }
  });

  // ---------- the conversation ----------
  var composer = document.getElementById("composer");
  var input = document.getElementById("composer-input");
  var sendButton = document.getElementById("composer-send");
  var composerError = document.getElementById("composer-error");
  var scroller = document.getElementById("conversation-scroll");
  var lastSent = null;

  function scrollConversation() {
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
  }

  function pendingBubble(text) {
    var list = document.querySelector("#conversation .messages");
    if (!list) return null;
    var empty = list.querySelector(".message-note");
    if (empty) empty.remove();
    var mine = document.createElement("li");
    mine.className = "message message-user is-pending";
    var body = document.createElement("div");
    body.className = "message-body";
    var para = document.createElement("p");
    para.textContent = text;
    body.appendChild(para);
    mine.appendChild(body);
    var thinking = document.createElement("li");
    thinking.className = "message message-assistant is-thinking";
    thinking.setAttribute("aria-label", "appwright is answering");
    thinking.innerHTML = '<div class="message-body"><span class="typing"><i></i><i></i><i></i></span></div>';
    list.appendChild(mine);
    list.appendChild(thinking);
    scrollConversation();
    return [mine, thinking];
  }

  function send(text) {
    if (!text || !text.trim() || !composer) return;
    lastSent = text;
    composerError.hidden = true;
    sendButton.setAttribute("aria-busy", "true");
    sendButton.disabled = true;
    input.value = "";
    var bubbles = pendingBubble(text);
    aw.api(apiBase + "/messages", { method: "POST", json: { content: text } })
      .then(function (turn) {
        fire("appwright:refresh-conversation");
        if (turn.reply.spec_version_number) fire("appwright:spec-changed", { version: turn.current_version_number });
        else fire("appwright:status-changed");
        if (turn.reply.job_id) followJobs();
      })
      .catch(function (error) {
        if (bubbles) bubbles.forEach(function (node) { node.remove(); });
        input.value = text;
        document.getElementById("composer-error-text").textContent =
          "Your message was not sent: " + error.detail;
        composerError.hidden = false;
      })
      .finally(function () {
        sendButton.removeAttribute("aria-busy");
        sendButton.disabled = false;
        input.focus();
      });
  }

  if (composer) {
    composer.addEventListener("submit", function (event) {
      event.preventDefault();
      send(input.value);
    });
  }

  document.addEventListener("click", function (event) {
    var quick = event.target.closest("[data-quick-answer]");
    if (quick && input) {
      input.value = quick.getAttribute("data-quick-answer") + " — ";
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
      return;
    }
    var action = event.target.closest("[data-action]");
    if (!action) return;
    var handler = actions[action.getAttribute("data-action")];
    if (handler) {
      event.preventDefault();
      handler(action);
    }
  });

  // The conversation may be re-rendered while a rating is on its way (a job's end refreshes
  // it), so the answer is written into whichever rating line is on the page by then, and
  // again after a later swap that was rendered before the rating was saved.
  var ratingNote = "";
  function showRatingNote() {
    var done = document.getElementById("rating-done");
    if (done && ratingNote) done.textContent = ratingNote;
  }
  document.addEventListener("change", function (event) {
    var star = event.target;
    if (!star.matches || !star.matches('#rating input[name="stars"]')) return;
    aw.api(apiBase + "/rating", { method: "POST", json: { stars: Number(star.value) } })
      .then(function () {
        ratingNote = "Thanks — you rated it " + star.value + " of 5.";
        showRatingNote();
      })
      .catch(function (error) {
        ratingNote = "The rating was not saved: " + error.detail;
        showRatingNote();
      });
  });

  // ---------- progress: Server-Sent Events, resumed after a lost connection ----------
  var source = null;
  var lastEventId = Number(root.dataset.lastEventId || 0);
  var retryDelay = 1000;
  var eventsThisConnection = 0;
  var banner = document.getElementById("connection-banner");
  var TERMINAL = { done: true, failed: true, cancelled: true, stopped: true };

  function showProgress(event) {
    var card = document.getElementById("progress");
    card.classList.remove("is-idle");
    card.dataset.stage = event.stage;
    document.getElementById("progress-stage").textContent = aw.capitalize(event.stage.replace(/_/g, " "));
    document.getElementById("progress-percent").textContent = event.percentage + "%";
    var bar = document.getElementById("progress-bar");
    bar.setAttribute("aria-valuenow", String(event.percentage));
    bar.querySelector(".progress-fill").style.width = event.percentage + "%";
    var details = event.message;
    if (event.files_written) details += " · " + event.files_written + " files";
    if (event.tests_passed) details += " · " + event.tests_passed + " tests passed";
    document.getElementById("progress-message").textContent = details;
  }

  function followJobs() {
    if (source) return;
    eventsThisConnection = 0;
    var url = apiBase + "/events" + (lastEventId ? "?last_event_id=" + lastEventId : "");
    source = new EventSource(url);
    source.addEventListener("open", function () {
      banner.hidden = true;
      retryDelay = 1000;
    });
    source.addEventListener("progress", function (message) {
      var event = JSON.parse(message.data);
      lastEventId = Number(message.lastEventId) || event.id;
      eventsThisConnection += 1;
      showProgress(event);
      if (TERMINAL[event.stage]) {
        fire("appwright:job-finished", event);
        // A refresh already in flight when the job ended may still show it running: ask again.
        setTimeout(function () { fire("appwright:status-changed"); }, 600);
        if (event.stage === "failed") aw.toast(aw.capitalize(event.message), { kind: "error" });
      }
      if (event.job_id === previewJobId) refreshPreview();
    });
    source.onerror = function () {
      // The stream also ends when no job is left: ask the server whether it is still there.
      source.close();
      source = null;
      var hadEvents = eventsThisConnection > 0;
      fetch(apiBase, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.json();
        })
        .then(function (session) {
          banner.hidden = true;
          if (session.status === "generating" && hadEvents) setTimeout(followJobs, 500);
          else if (session.status === "generating") setTimeout(followJobs, 2000);
        })
        .catch(function () {
          banner.hidden = false;
          setTimeout(followJobs, retryDelay);
          retryDelay = Math.min(retryDelay * 2, 10000);
        });
    };
  }

  // ---------- the live preview ----------
  var frame = document.getElementById("preview-frame");
  var previewJobId = null;
  var previewPoll = null;
  var previewUrl = null;

  function setPreview(status) {
    previewJobId = status.job_id;
    var state = status.state;
    var badge = document.getElementById("preview-state");
    badge.textContent = state + (status.version ? " · v" + status.version : "");
    badge.className = "badge badge-" + ({ running: "success", starting: "info", failed: "danger" }[state] || "muted");
    var live = state === "running" || state === "starting";
    document.querySelectorAll('[data-action="preview-stop"]').forEach(function (b) { b.hidden = !live; });
    document.querySelectorAll('.preview-toolbar [data-action="preview-start"]').forEach(function (b) {
      b.textContent = live ? "Restart" : "Start preview";
    });
    var error = document.getElementById("preview-error");
    error.hidden = state !== "failed";
    if (state === "failed" && status.error) {
      document.getElementById("preview-error-message").textContent = status.error.message;
      document.getElementById("preview-error-output").textContent = status.error.output_tail || "(no output)";
    }
    var creds = document.getElementById("preview-credentials");
    creds.hidden = !(live && status.credentials);
    if (status.credentials) {
      document.getElementById("preview-email").textContent = status.credentials.email;
      document.getElementById("preview-password").textContent = status.credentials.password;
    }
    var open = document.getElementById("preview-open");
    if (state === "running" && status.url) {
      if (previewUrl !== status.url.split("?")[0]) {
        previewUrl = status.url.split("?")[0];
        frame.src = status.url;
      }
      frame.hidden = false;
      open.hidden = false;
      open.href = status.url;
      document.getElementById("preview-empty").hidden = true;
    } else {
      if (state !== "starting") previewUrl = null;
      frame.hidden = state !== "starting" || !previewUrl;
      open.hidden = true;
      var empty = document.getElementById("preview-empty");
      empty.hidden = false;
      empty.querySelector("p").textContent =
        state === "starting" ? "Starting the app with sample data…" : "Run the app with sample data to try it.";
    }
    clearTimeout(previewPoll);
    if (state === "starting") previewPoll = setTimeout(refreshPreview, 1000);
  }

  function refreshPreview() {
    return aw.api(apiBase + "/preview").then(setPreview).catch(function (error) {
      aw.toast("The preview's state could not be read: " + error.detail, { kind: "error" });
    });
  }

  document.addEventListener("click", function (event) {
    var device = event.target.closest("[data-device]");
    if (!device) return;
    document.querySelectorAll("[data-device]").forEach(function (other) {
      other.setAttribute("aria-checked", other === device ? "true" : "false");
    });
    document.getElementById("preview-stage").style.setProperty("--device-width", device.dataset.device);
    document.getElementById("preview-stage").dataset.device = device.textContent.trim().toLowerCase();
  });

  // ---------- the code pane ----------
  function fileBox(button) {
    return button.closest(".file");
  }
  function fileUrl(box, generated) {
    return apiBase + "/versions/" + box.dataset.version + "/files/" +
      box.dataset.path.split("/").map(encodeURIComponent).join("/") + (generated ? "?generated=true" : "");
  }
  function reloadFile(box) {
    var tree = document.querySelector('.tree-file-button[data-path="' + CSS.escape(box.dataset.path) + '"]');
    fire("appwright:code-changed");
    if (tree) {
      document.body.addEventListener("htmx:afterSettle", function reopen(event) {
        if (event.detail.target.id !== "code") return;
        document.body.removeEventListener("htmx:afterSettle", reopen);
        var again = document.querySelector('.tree-file-button[data-path="' + CSS.escape(box.dataset.path) + '"]');
        if (again) again.click();
      });
    }
  }

  // ---------- buttons ----------
  var actions = {
    "retry-send": function () {
      send(lastSent || input.value);
    },
    reconnect: function () {
      retryDelay = 1000;
      if (source) { source.close(); source = null; }
      followJobs();
    },
    generate: function (button) {
      button.disabled = true;
      button.setAttribute("aria-busy", "true");
      aw.api(apiBase + "/generate", { method: "POST", json: {} })
        .then(function (job) {
          aw.toast("Generating version " + job.spec_version_number + "…", { kind: "info" });
          fire("appwright:status-changed");
          followJobs();
        })
        .catch(function (error) {
          button.disabled = false;
          button.removeAttribute("aria-busy");
          aw.toast("The app could not be generated: " + error.detail, {
            kind: "error",
            action: { label: "Try again", run: function () { actions.generate(button); } },
          });
        });
    },
    "preview-start": function (button) {
      button.setAttribute("aria-busy", "true");
      aw.api(apiBase + "/preview", { method: "POST", json: {} })
        .then(function (status) {
          setPreview(status);
          followJobs();
        })
        .catch(function (error) {
          aw.toast("The preview could not start: " + error.detail, { kind: "error" });
        })
        .finally(function () { button.removeAttribute("aria-busy"); });
    },
    "preview-stop": function () {
      aw.api(apiBase + "/preview", { method: "DELETE" }).then(refreshPreview).catch(function (error) {
        aw.toast("The preview could not stop: " + error.detail, { kind: "error" });
      });
    },
    "copy-password": function () {
      aw.copyText(document.getElementById("preview-password").textContent).then(function () {
        aw.toast("Password copied", { kind: "success" });
      });
    },
    "copy-file": function (button) {
      var box = fileBox(button);
      aw.api(fileUrl(box)).then(aw.copyText).then(
        function () { aw.toast("Copied " + box.dataset.path, { kind: "success" }); },
        function () { aw.toast("The file could not be copied", { kind: "error" }); }
      );
    },
    "edit-file": function (button) {
      var box = fileBox(button);
      aw.api(fileUrl(box)).then(function (text) {
        var editor = box.querySelector(".file-editor");
        var area = editor.querySelector("textarea");
        area.value = text;
        editor.hidden = false;
        box.querySelector(".file-code").hidden = true;
        button.hidden = true;
        area.focus();
      }).catch(function (error) {
        aw.toast("The file could not be opened: " + error.detail, { kind: "error" });
      });
    },
    "cancel-edit": function (button) {
      var box = fileBox(button);
      box.querySelector(".file-editor").hidden = true;
      box.querySelector(".file-code").hidden = false;
      box.querySelector('[data-action="edit-file"]').hidden = false;
    },
    "save-file": function (button) {
      var box = fileBox(button);
      var text = box.querySelector(".file-editor textarea").value;
      button.setAttribute("aria-busy", "true");
      var path = box.dataset.path.split("/").map(encodeURIComponent).join("/");
      aw.api(apiBase + "/overrides/" + path, {
        method: "PUT",
        body: text,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      })
        .then(function () {
          aw.toast("Saved your edit of " + box.dataset.path + ": it is kept in every later generation.", { kind: "success" });
          reloadFile(box);
        })
        .catch(function (error) {
          aw.toast("The edit was not saved: " + error.detail, { kind: "error" });
        })
        .finally(function () { button.removeAttribute("aria-busy"); });
    },
    "drop-override": function (button) {
      var box = fileBox(button);
      var path = box.dataset.path.split("/").map(encodeURIComponent).join("/");
      aw.api(apiBase + "/overrides/" + path, { method: "DELETE" })
        .then(function () {
          aw.toast("Your edit was dropped: the next generation writes the generator's file.", { kind: "success" });
          reloadFile(box);
        })
        .catch(function (error) {
          aw.toast("The edit was not dropped: " + error.detail, { kind: "error" });
        });
    },
  };

  // ---------- start ----------
  function start() {
    layoutPanes();
    drawDiagrams(document.getElementById("panel-data-model"));
    scrollConversation();
    if (root.dataset.jobActive === "true") followJobs();
    if (root.dataset.previewState !== "stopped") refreshPreview();
  }
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start);
})();
