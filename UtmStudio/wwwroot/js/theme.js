// Remembers the light/dark choice for a year, so the server renders the next page in the same theme.
window.utmStudio = window.utmStudio || {};
window.utmStudio.theme = {
  save: function (value) {
    document.cookie = "utmstudio-theme=" + encodeURIComponent(value) + "; path=/; max-age=31536000; samesite=lax";
  }
};
window.utmStudio.clipboard = {
  copy: function (text) {
    return navigator.clipboard.writeText(text);
  },
  // The fallback when the clipboard is refused: select the element's text for Ctrl+C.
  select: function (id) {
    var element = document.getElementById(id);
    if (!element) { return; }
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
};
// The domain last opened, so pages without a domain in their address keep its navigation (LastDomain.cs).
window.utmStudio.lastDomain = {
  save: function (name, value) {
    document.cookie = name + "=" + encodeURIComponent(value) + "; path=/; max-age=31536000; samesite=lax";
  }
};
