/*
 * Runs in the editor page after decap-cms.js (served by scripts/editor/editor-server.ts):
 * the preview in the portal's own styles, and the content check's report after each save.
 * Plain browser JavaScript, no build step; every text it shows comes from the server (vi.ts).
 */
(function () {
  'use strict';
  var CMS = window.CMS;
  var h = window.h;
  var labels = { indicators: {}, indicatorUnits: {}, organisations: {}, kinds: {}, qualifiers: {} };

  // The pickers' labels, from the same generated configuration the CMS reads.
  // The pickers' labels (generated from the catalogues, like the CMS configuration).
  fetch('/preview-labels.json').then(function (r) { return r.json(); }).then(function (read) { labels = read; });

  CMS.registerPreviewStyle('/site.css');

  function formatNumber(value) {
    return typeof value === 'number' ? value.toLocaleString('vi-VN') : String(value == null ? '' : value);
  }

  var ArticlePreview = window.createClass({
    render: function () {
      var entry = this.props.entry;
      var data = function (name) { return entry.getIn(['data', name]); };
      var cover = data('cover');
      var figures = (data('indicators') || { toJS: function () { return []; } }).toJS();
      return h('main', { className: 'container' },
        h('article', { className: 'article' },
          h('header', { className: 'article-header' },
            h('p', { className: 'meta' }, h('span', { className: 'badge' }, labels.kinds[data('kind')] || data('kind') || '')),
            h('h1', {}, data('title') || '')),
          h('p', { className: 'lead' }, data('summary') || ''),
          cover ? h('figure', { className: 'cover' },
            h('img', { src: this.props.getAsset(cover).toString(), alt: data('coverAlt') || '' }),
            data('coverCaption') ? h('figcaption', {}, data('coverCaption')) : null) : null,
          figures.length ? h('section', { className: 'figures' },
            h('table', {}, h('tbody', {}, figures.map(function (figure, i) {
              var qualifier = figure.qualifier && figure.qualifier !== 'exact' ? labels.qualifiers[figure.qualifier] + ' ' : '';
              var org = figure.org ? ' — ' + (labels.organisations[figure.org] || figure.org) : '';
              return h('tr', { key: i },
                h('th', { scope: 'row' }, (labels.indicators[figure.key] || figure.key || '') + org),
                h('td', { className: 'value' }, qualifier + formatNumber(figure.value) + ' ' + (labels.indicatorUnits[figure.key] || '')));
            })))) : null,
          h('div', { className: 'article-body' }, this.props.widgetFor('body'))));
    },
  });
  CMS.registerPreviewTemplate('articles', ArticlePreview);

  // After a save: what the content check said (figures versus text), where the author sees it.
  function showReport(report) {
    var old = document.getElementById('bantin-report');
    if (old) old.remove();
    var panel = document.createElement('section');
    panel.id = 'bantin-report';
    panel.setAttribute('role', 'status');
    panel.className = report.warnings.length ? 'has-warnings' : '';
    var heading = document.createElement('p');
    heading.textContent = report.heading;
    panel.appendChild(heading);
    if (report.warnings.length) {
      var list = document.createElement('ul');
      report.warnings.forEach(function (text) {
        var item = document.createElement('li');
        item.textContent = text;
        list.appendChild(item);
      });
      panel.appendChild(list);
    }
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = report.close;
    close.addEventListener('click', function () { panel.remove(); });
    panel.appendChild(close);
    document.body.appendChild(panel);
  }

  CMS.registerEventListener({
    name: 'postSave',
    handler: function () {
      fetch('/bantin/last-save').then(function (r) { return r.json(); }).then(function (report) {
        if (report) showReport(report);
      });
    },
  });
})();
