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
// A file made on the server (the problems of a CSV import): streamed to the browser and saved under its name.
window.utmStudio.download = {
  save: async function (fileName, contentType, streamReference) {
    var buffer = await streamReference.arrayBuffer();
    var url = URL.createObjectURL(new Blob([buffer], { type: contentType }));
    var anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = fileName;
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    URL.revokeObjectURL(url);
  }
};
