/* Shows the WCAG contrast of a picked colour with white text, in Dutch notation (4,5:1). */
(function () {
  "use strict";
  function luminance(hex) {
    var channels = [1, 3, 5].map(function (i) {
      var c = parseInt(hex.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }
  function update(wrapper) {
    var input = wrapper.querySelector("input");
    var output = wrapper.querySelector("[data-kp-contrast]");
    if (!/^#[0-9a-fA-F]{6}$/.test(input.value)) {
      output.textContent = "";
      return;
    }
    var ratio = 1.05 / (luminance(input.value) + 0.05);
    var text = ratio.toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + ":1";
    output.textContent =
      "Contrast met witte tekst: " + text + (ratio >= 4.5 ? " (goed leesbaar)" : " (te weinig: minimaal 4,5:1)");
  }
  function init() {
    document.querySelectorAll("[data-kp-colour]").forEach(function (wrapper) {
      update(wrapper);
      wrapper.querySelector("input").addEventListener("input", function () {
        update(wrapper);
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
