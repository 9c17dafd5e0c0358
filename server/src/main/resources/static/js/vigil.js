// Puts the CSRF token of the page on every htmx request: Spring Security refuses a change without it.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A folder upload: each chosen file's path inside the folder goes along as a "folderPath" field, in the
// order of the "folder" parts, so the server names the file as the model does (sboms/pump.cdx.json) whatever
// file name the browser sends.
document.addEventListener("change", function (event) {
  var input = event.target;
  var holder = input.dataset && input.dataset.relativePaths && document.getElementById(input.dataset.relativePaths);
  if (!holder) {
    return;
  }
  holder.replaceChildren();
  Array.prototype.forEach.call(input.files, function (file) {
    var relative = (file.webkitRelativePath || file.name).split("/").slice(1).join("/") || file.name;
    var field = document.createElement("input");
    field.type = "hidden";
    field.name = "folderPath";
    field.value = relative;
    holder.appendChild(field);
  });
});
