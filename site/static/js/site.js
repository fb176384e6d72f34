// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Submit the filter form when the sort order changes, so visitors with
  // JavaScript need not press "Apply filters" for that one control.
  var sort = document.querySelector(".facets select[name=sort]");
  if (sort && sort.form) {
    sort.addEventListener("change", function () {
      sort.form.submit();
    });
  }

  // Offer to copy the suggested citation to the clipboard.
  var citation = document.querySelector(".citation__text");
  if (citation && navigator.clipboard) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button--secondary";
    button.textContent = citation.dataset.copyLabel || "Copy";
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(citation.textContent.trim()).then(function () {
        button.textContent = citation.dataset.copiedLabel || "Copied";
      });
    });
    citation.after(button);
  }
})();
