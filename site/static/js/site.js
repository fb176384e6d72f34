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

  // Offer to copy the address of the page from the share box.
  var shareUrl = document.getElementById("share-url");
  if (shareUrl && navigator.clipboard) {
    var copy = document.createElement("button");
    copy.type = "button";
    copy.className = "button button--secondary";
    copy.textContent = shareUrl.dataset.copyLabel || "Copy";
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(shareUrl.value).then(function () {
        copy.textContent = shareUrl.dataset.copiedLabel || "Copied";
      });
    });
    shareUrl.after(copy);
  }

  // Suggest entry titles while a visitor types in a search box. The list is
  // a native <datalist>, so browsers and screen readers present it as they
  // present any other suggestion list.
  document.querySelectorAll("input[data-autocomplete-url]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var latest = 0;
    if (!list || !window.fetch) {
      return;
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var words = input.value.trim();
      if (words.length < 2) {
        list.replaceChildren();
        return;
      }
      timer = setTimeout(function () {
        var request = ++latest;
        var url = input.dataset.autocompleteUrl + "?q=" + encodeURIComponent(words);
        fetch(url, { headers: { Accept: "application/json" } })
          .then(function (response) {
            return response.ok ? response.json() : { results: [] };
          })
          .then(function (data) {
            if (request !== latest) {
              return;
            }
            list.replaceChildren.apply(
              list,
              data.results.map(function (result) {
                var option = document.createElement("option");
                option.value = result.title;
                return option;
              })
            );
          })
          .catch(function () {
            list.replaceChildren();
          });
      }, 200);
    });
  });
})();
