// The evidence filter: show the statements that match the actor, stance,
// topic and text chosen. Plain JavaScript, no library; the page works
// without it, showing every statement.
(function () {
  "use strict";
  var form = document.getElementById("filter");
  if (!form) { return; }
  var items = Array.prototype.slice.call(document.querySelectorAll("li.statement"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("section.row"));
  var shown = document.getElementById("shown");
  function apply() {
    var actor = form.elements.actor.value;
    var stance = form.elements.stance.value;
    var topic = form.elements.topic.value;
    var text = form.elements.text.value.trim().toLowerCase();
    var filtering = actor !== "" || stance !== "" || topic !== "" || text !== "";
    var n = 0;
    rows.forEach(function (row) {
      var visible = 0;
      var name = (row.getAttribute("data-name") || "").toLowerCase();
      row.querySelectorAll("li.statement").forEach(function (li) {
        var ok = (actor === "" || row.id === actor) &&
          (stance === "" || li.getAttribute("data-stance") === stance) &&
          (topic === "" || li.getAttribute("data-topic") === topic) &&
          (text === "" || li.textContent.toLowerCase().indexOf(text) >= 0 || name.indexOf(text) >= 0);
        li.hidden = !ok;
        if (ok) { visible++; }
      });
      row.hidden = filtering && visible === 0;
      n += visible;
    });
    shown.textContent = String(n);
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  apply();
}());
