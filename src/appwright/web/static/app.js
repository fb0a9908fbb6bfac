// The few behaviours every page shares: calling /api/v1 with the CSRF token, toasts, busy
// buttons on submitted forms, Enter-to-send text boxes, keyboard tabs, menus that close.
// Exposed as window.appwright for the page-specific scripts.
(function () {
  "use strict";

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  // ---------- toasts ----------
  // toast("Saved", {kind: "success"}); toast("Lost the connection", {kind: "error",
  // action: {label: "Retry", run: fn}, timeout: 0}) — timeout 0 keeps it until dismissed.
  function toast(message, options) {
    options = options || {};
    var area = document.getElementById("toasts");
    if (!area) return null;
    var kind = options.kind || "info";
    var item = document.createElement("div");
    item.className = "toast toast-" + kind;
    item.setAttribute("role", kind === "error" ? "alert" : "status");
    var text = document.createElement("div");
    text.className = "toast-message";
    text.textContent = message;
    item.appendChild(text);
    if (options.action) {
      var action = document.createElement("button");
      action.type = "button";
      action.textContent = options.action.label;
      action.addEventListener("click", function () {
        item.remove();
        options.action.run();
      });
      item.appendChild(action);
    }
    var close = document.createElement("button");
    close.type = "button";
    close.className = "toast-close";
    close.setAttribute("aria-label", "Dismiss");
    close.textContent = "\u00d7";
    close.addEventListener("click", function () {
      item.remove();
    });
    item.appendChild(close);
    area.appendChild(item);
    var timeout = options.timeout === undefined ? (kind === "error" ? 9000 : 4500) : options.timeout;
    if (timeout > 0) {
      setTimeout(function () {
        item.remove();
      }, timeout);
    }
    return item;
  }

  // ---------- the API ----------
  function ApiError(status, detail, body) {
    this.name = "ApiError";
    this.status = status;
    this.detail = detail;
    this.body = body;
    this.message = detail;
  }
  ApiError.prototype = Object.create(Error.prototype);

  // The readable message of an error body: {"detail": "..."} or FastAPI's list of problems.
  function describeError(body, status) {
    if (body && typeof body.detail === "string") return body.detail;
    if (body && Array.isArray(body.detail)) {
      return body.detail
        .map(function (problem) {
          var where = (problem.loc || []).slice(1).join(".");
          return (where ? where + ": " : "") + problem.msg;
        })
        .join("; ");
    }
    if (status === 0) return "the server cannot be reached: check your connection and try again";
    return "the server answered " + status;
  }

  // api("/api/v1/sessions", {method: "POST", json: {...}}) -> the parsed JSON (null for 204);
  // throws ApiError(status, detail, body). The session cookie authenticates; the CSRF header
  // lets it change things.
  function api(path, options) {
    options = options || {};
    var headers = Object.assign({ Accept: "application/json" }, options.headers || {});
    var method = (options.method || "GET").toUpperCase();
    if (method !== "GET" && method !== "HEAD") headers["X-CSRF-Token"] = csrfToken();
    var body = options.body;
    if (options.json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(options.json);
    }
    return fetch(path, {
      method: method,
      headers: headers,
      body: body,
      credentials: "same-origin",
      signal: options.signal,
    }).then(
      function (response) {
        if (response.status === 401) {
          window.location.assign("/login?next=" + encodeURIComponent(location.pathname));
          throw new ApiError(401, "your session has ended: sign in again", null);
        }
        var type = response.headers.get("content-type") || "";
        var parsed = type.indexOf("application/json") >= 0 ? response.json() : response.text();
        return parsed.then(function (data) {
          if (!response.ok) {
            throw new ApiError(response.status, describeError(data, response.status), data);
          }
          return response.status === 204 ? null : data;
        });
      },
      function () {
        throw new ApiError(0, describeError(null, 0), null);
      }
    );
  }

  function capitalize(text) {
    return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  }

  // ---------- HTMX: show failures, send the CSRF header (also set on <body> hx-headers) ----------
  document.addEventListener("htmx:responseError", function (event) {
    var xhr = event.detail.xhr;
    var body = null;
    try {
      body = JSON.parse(xhr.responseText);
    } catch (ignored) {
      body = null;
    }
    toast(capitalize(describeError(body, xhr.status)), { kind: "error" });
  });
  document.addEventListener("htmx:sendError", function () {
    toast("The server cannot be reached: check your connection and try again.", {
      kind: "error",
    });
  });

  // ---------- forms: a busy button while the server works ----------
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-busy-form")) return;
    if (event.defaultPrevented) return;
    var button = form.querySelector("[data-busy-text]");
    if (!button) return;
    if (form.dataset.busy === "true") {
      event.preventDefault();
      return;
    }
    form.dataset.busy = "true";
    button.setAttribute("aria-busy", "true");
    button.textContent = button.getAttribute("data-busy-text");
  });
  // Coming back with the browser's back button shows the page as it was: no stuck busy button.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    document.querySelectorAll("form[data-busy]").forEach(function (form) {
      delete form.dataset.busy;
    });
  });

  // ---------- text boxes: Enter sends, Shift+Enter is a new line ----------
  document.addEventListener("keydown", function (event) {
    var box = event.target;
    if (!(box instanceof HTMLTextAreaElement) || !box.hasAttribute("data-enter-submits")) return;
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    if (box.value.trim() && box.form) box.form.requestSubmit();
  });

  // ---------- tabs: [role=tablist] with [role=tab] buttons controlling [role=tabpanel] ----------
  function selectTab(tab, focus) {
    var list = tab.closest('[role="tablist"]');
    list.querySelectorAll('[role="tab"]').forEach(function (other) {
      var selected = other === tab;
      other.setAttribute("aria-selected", selected ? "true" : "false");
      other.tabIndex = selected ? 0 : -1;
      var panel = document.getElementById(other.getAttribute("aria-controls"));
      if (panel) panel.hidden = !selected;
    });
    if (focus) tab.focus();
    tab.dispatchEvent(new CustomEvent("appwright:tab", { bubbles: true }));
  }
  document.addEventListener("click", function (event) {
    var tab = event.target.closest && event.target.closest('[role="tab"]');
    if (tab && !tab.hasAttribute("data-tab-manual")) selectTab(tab, false);
  });
  document.addEventListener("keydown", function (event) {
    var tab = event.target.closest && event.target.closest('[role="tab"]');
    if (!tab) return;
    var tabs = Array.prototype.slice.call(
      tab.closest('[role="tablist"]').querySelectorAll('[role="tab"]')
    );
    var index = tabs.indexOf(tab);
    var next = null;
    if (event.key === "ArrowRight" || event.key === "ArrowDown") next = tabs[(index + 1) % tabs.length];
    if (event.key === "ArrowLeft" || event.key === "ArrowUp")
      next = tabs[(index - 1 + tabs.length) % tabs.length];
    if (event.key === "Home") next = tabs[0];
    if (event.key === "End") next = tabs[tabs.length - 1];
    if (next) {
      event.preventDefault();
      selectTab(next, true);
    }
  });

  // ---------- menus: one open at a time, Escape and outside clicks close them ----------
  // (a <summary role="button"> tells assistive technology whether its menu is open)
  document.addEventListener(
    "toggle",
    function (event) {
      var menu = event.target;
      if (!(menu instanceof HTMLDetailsElement) || !menu.hasAttribute("data-menu")) return;
      var summary = menu.querySelector("summary");
      if (summary) summary.setAttribute("aria-expanded", menu.open ? "true" : "false");
    },
    true
  );
  document.addEventListener("click", function (event) {
    document.querySelectorAll("details[data-menu][open]").forEach(function (menu) {
      if (!menu.contains(event.target)) menu.removeAttribute("open");
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll("details[data-menu][open]").forEach(function (menu) {
      menu.removeAttribute("open");
      var summary = menu.querySelector("summary");
      if (summary) summary.focus();
    });
  });

  // ---------- clipboard ----------
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var copied = document.execCommand("copy");
    area.remove();
    return copied ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  window.appwright = {
    api: api,
    ApiError: ApiError,
    csrfToken: csrfToken,
    toast: toast,
    copyText: copyText,
    describeError: describeError,
    capitalize: capitalize,
    selectTab: selectTab,
  };
})();
