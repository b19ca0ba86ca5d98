// Lectern's talk map: one marker per place (clustered when close), each opening a list of the talks given there.
// The places, the tile server and its attribution come from the page's #talkmap-data JSON.
(function () {
  "use strict";
  var el = document.getElementById("talkmap");
  var source = document.getElementById("talkmap-data");
  if (!el || !source || !window.L) return;
  var data = JSON.parse(source.textContent);
  var map = L.map(el, { worldCopyJump: true, scrollWheelZoom: false });
  L.tileLayer(data.tiles.url, { maxZoom: data.tiles.maxZoom, attribution: data.tiles.attribution }).addTo(map);

  function node(tag, className, text) {
    var n = document.createElement(tag);
    if (className) n.className = className;
    if (text) n.textContent = text;
    return n;
  }

  function popup(place) {
    var box = node("div", "talkmap-popup");
    box.appendChild(node("strong", "talkmap-place", place.name));
    var list = node("ul");
    place.talks.forEach(function (t) {
      var item = node("li");
      if (t.url) {
        var a = node("a", "", t.title);
        a.href = t.url;
        if (data.target) a.target = data.target;
        item.appendChild(a);
      } else item.appendChild(node("span", "", t.title));
      var meta = [t.venue, t.date].filter(Boolean).join(", ");
      if (meta) item.appendChild(node("div", "talkmap-meta", meta));
      list.appendChild(item);
    });
    box.appendChild(list);
    return box;
  }

  var group = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  data.places.forEach(function (place) {
    var n = place.talks.length;
    var label = place.name + " (" + n + (n === 1 ? " talk)" : " talks)");
    var marker = L.marker([place.lat, place.lon], { title: label, alt: label, keyboard: true });
    marker.bindPopup(popup(place), { maxWidth: 320 });
    group.addLayer(marker);
  });
  map.addLayer(group);
  if (data.places.length === 1) map.setView([data.places[0].lat, data.places[0].lon], 5);
  else if (data.places.length) map.fitBounds(group.getBounds(), { padding: [24, 24], maxZoom: 6 });
  else map.setView([20, 0], 1);
})();
