/* Every heading's ¶ permalink, anywhere on the site: following it also copies the page's
 * full address with that heading, for trainers who paste links into their courses. */
(function () {
  "use strict";
  if (!window.HB) return;
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest(".md-typeset .headerlink");
    if (!link) return;
    const url = new URL(link.getAttribute("href"), location.href).href; // Material makes it absolute
    window.HB.copyText(url).then((ok) => {
      if (ok) window.HB.say(window.HB.t("link_copied", { url: url }));
    });
  });
})();
