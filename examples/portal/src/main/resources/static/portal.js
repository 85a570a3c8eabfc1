/*
 * SPDX-License-Identifier: Apache-2.0
 */
/* The pages' little script; every page works without it. It ticks the password checklist as one types, filters
   the organisations by membership type and country, shows the data of an organisation not found only when asked,
   walks the sign-up form step by step, opens the hand-over's confirmation as a modal pop-up, and moves the focus
   to a refusal; it runs the passkeys' ceremonies in the browser (WebAuthn, which needs it). */
(function () {
  "use strict";
  var tests = {
    MIN_LENGTH: function (p, c, min) { return Array.from(p).length >= min; },
    UPPERCASE: function (p) { return /\p{Lu}/u.test(p); },
    LOWERCASE: function (p) { return /\p{Ll}/u.test(p); },
    DIGIT: function (p) { return /\p{Nd}/u.test(p); },
    SYMBOL: function (p) { return /[^\p{L}\p{Nd}\s]/u.test(p); },
    CONFIRMED: function (p, c) { return p.length > 0 && p === c; }
  };

  function checklist() {
    var list = document.getElementById("password-rules");
    var password = document.getElementById("password");
    var confirmation = document.getElementById("passwordConfirmation");
    if (!list || !password) { return; }
    function tick() {
      list.querySelectorAll("li[data-rule]").forEach(function (item) {
        var met = tests[item.dataset.rule](password.value, confirmation ? confirmation.value : "",
          Number(item.dataset.min));
        item.classList.toggle("met", met);
        if (met) { item.classList.remove("broken"); }
        item.querySelector(".state").textContent = met ? list.dataset.met || "" : "";
      });
    }
    password.addEventListener("input", tick);
    if (confirmation) { confirmation.addEventListener("input", tick); }
    password.setAttribute("aria-describedby", ((password.getAttribute("aria-describedby") || "") + " password-rules").trim());
  }

  function pickers() {
    var organisation = document.getElementById("organisation");
    var type = document.querySelector("[data-filter=type]");
    var country = document.querySelector("[data-filter=country]");
    if (!organisation || !type || !country) { return; }
    function filter() {
      Array.from(organisation.options).forEach(function (option) {
        if (!option.value) { return; }
        var shown = (!type.value || option.dataset.type === type.value)
          && (!country.value || option.dataset.country === country.value);
        option.hidden = !shown;
        option.disabled = !shown;
        if (!shown && option.selected) { organisation.value = ""; }
      });
    }
    type.addEventListener("change", filter);
    country.addEventListener("change", filter);
    filter();
  }

  function reveal() {
    document.querySelectorAll("[data-shown-by]").forEach(function (part) {
      var box = document.getElementById(part.dataset.shownBy);
      function sync() { part.hidden = !box.checked; }
      box.addEventListener("change", sync);
      sync();
    });
  }

  function steps() {
    var form = document.querySelector("form.steps");
    if (!form) { return; }
    var parts = Array.from(form.querySelectorAll("fieldset.step"));
    var invalid = form.querySelector("[aria-invalid=true]");
    var current = invalid ? parts.indexOf(invalid.closest("fieldset.step")) : 0;
    var back = form.dataset.back;
    var next = form.dataset.next;
    function show(index, focus) {
      current = index;
      parts.forEach(function (part, i) { part.hidden = i !== index; });
      if (focus) { parts[index].querySelector("legend").focus(); }
    }
    parts.forEach(function (part, i) {
      var legend = part.querySelector("legend");
      legend.tabIndex = -1;
      var nav = document.createElement("div");
      nav.className = "steps-nav";
      if (i > 0) { nav.appendChild(button(back, "step-back-" + (i + 1), function () { show(i - 1, true); })); }
      if (i < parts.length - 1) { nav.appendChild(button(next, "step-next-" + (i + 1), function () { show(i + 1, true); })); }
      part.appendChild(nav);
    });
    show(current < 0 ? 0 : current, false);
  }

  function button(text, id, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.id = id;
    b.textContent = text;
    b.addEventListener("click", action);
    return b;
  }

  function popUp() {
    var dialog = document.querySelector("dialog[data-modal]");
    if (!dialog || typeof dialog.showModal !== "function") { return; }
    dialog.close();
    dialog.showModal();
  }

  function bytes(text) {
    var base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    while (base64.length % 4) { base64 += "="; }
    return Uint8Array.from(atob(base64), function (c) { return c.charCodeAt(0); });
  }

  function text(buffer) {
    var all = new Uint8Array(buffer), binary = "";
    for (var i = 0; i < all.length; i++) { binary += String.fromCharCode(all[i]); }
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  /* A passkey's ceremony: the form carries the server's options; on submit the browser creates the passkey
     (registration) or signs the challenge (second step), and the form posts its answer. */
  function passkeys() {
    document.querySelectorAll("form[data-passkey]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (form.dataset.answered) { return; }
        event.preventDefault();
        var d = form.dataset;
        var known = (d.credentials || "").split(" ").filter(Boolean).map(function (id) {
          return { type: "public-key", id: bytes(id) };
        });
        var ceremony = d.passkey === "create"
          ? navigator.credentials.create({ publicKey: {
            challenge: bytes(d.challenge), rp: { id: d.rpId, name: d.rpName },
            user: { id: bytes(d.user), name: d.userName, displayName: d.userName },
            pubKeyCredParams: [{ type: "public-key", alg: -7 }, { type: "public-key", alg: -8 },
              { type: "public-key", alg: -257 }],
            excludeCredentials: known, attestation: "none", timeout: 300000,
            authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" } } })
          : navigator.credentials.get({ publicKey: {
            challenge: bytes(d.challenge), rpId: d.rpId, allowCredentials: known, userVerification: "preferred",
            timeout: 300000 } });
        ceremony.then(function (credential) {
          var answer = credential.response;
          var fields = { clientDataJson: answer.clientDataJSON, attestationObject: answer.attestationObject,
            credentialId: credential.rawId, authenticatorData: answer.authenticatorData,
            signature: answer.signature };
          Object.keys(fields).forEach(function (name) {
            if (form.elements[name] && fields[name]) { form.elements[name].value = text(fields[name]); }
          });
          form.dataset.answered = "true";
          form.submit();
        }, function () {
          var message = form.querySelector("[data-failed]");
          message.textContent = message.dataset.failed;
        });
      });
    });
  }

  function focusProblem() {
    var problem = document.getElementById("problem");
    if (problem) { problem.focus(); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    checklist();
    pickers();
    reveal();
    steps();
    popUp();
    passkeys();
    focusProblem();
  });
}());
