// ActorGraph explorer: a person's counterparts, or a country's contacts, as a network drawn with Cytoscape.js, from
// this server's own GraphQL endpoint only. Each view has its URL (?person=…&from=…&to=…, ?country=…).
(function () {
  'use strict';

  const endpoint = '/graphql';
  const $ = (id) => document.getElementById(id);

  const queries = {
    search: 'query($t: String!) { searchPersons(text: $t, limit: 8) { id name country } }',
    whoMet: `query($p: String!, $from: String, $to: String) {
      whoMet(person: $p, from: $from, to: $to) {
        person { id name country }
        counterparts(first: 300) { totalCount edges { node { count firstDate lastDate person { id name country } meetings { status } } } }
      } }`,
    didMeet: `query($a: String!, $b: String!) {
      didMeet(a: $a, b: $b) { meetings { id date endDate status mode place sources { articleId title url source publishedAt evidence } } } }`,
    chain: 'query($a: String!, $b: String!) { connection(from: $a, to: $b, maxHops: 4) { hops persons { id name country } } }',
    country: `query($c: String!) {
      countryContacts(country: $c) { code name contacts(first: 60) { totalCount edges { node { code name meetings } } } } }`,
  };

  async function graphql(query, variables) {
    const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = await response.json();
    if (body.errors && body.errors.length) {
      throw new Error(body.errors[0].message);
    }
    return body.data;
  }

  function say(text, isError) {
    $('status').textContent = text;
    $('status').classList.toggle('error', !!isError);
  }

  // A stable colour per country code, so a country keeps its colour across views.
  function colourOf(code) {
    if (!code) {
      return '#9aa5b1';
    }
    let hash = 0;
    for (const c of code) {
      hash = (hash * 31 + c.charCodeAt(0)) % 360;
    }
    return `hsl(${hash}, 60%, 48%)`;
  }

  const cy = cytoscape({
    container: $('graph'),
    wheelSensitivity: 0.3,
    maxZoom: 1.6,
    minZoom: 0.05,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
        width: 'mapData(weight, 1, 12, 12, 44)', height: 'mapData(weight, 1, 12, 12, 44)', 'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#1d232a', width: 52, height: 52, 'font-size': 13, 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: 'mapData(weight, 1, 20, 1.5, 9)', 'line-color': '#8796a8', 'curve-style': 'haystack', opacity: 0.8 } },
      { selector: 'edge.planned', style: { 'line-style': 'dashed', 'curve-style': 'bezier' } },
      { selector: 'edge.cancelled', style: { 'line-style': 'dotted', 'line-color': '#c2410c', 'curve-style': 'bezier' } },
      { selector: '.chain', style: { 'line-color': '#f5a524', 'border-color': '#f5a524', 'border-width': 4, width: 6, 'z-index': 10 } },
      { selector: ':selected', style: { 'overlay-color': '#f5a524', 'overlay-opacity': 0.25 } },
    ],
  });

  const state = { view: null, centre: null, people: new Map() };

  function addPerson(person, weight) {
    state.people.set(person.id, person);
    const existing = cy.getElementById(person.id);
    if (existing.nonempty()) {
      existing.data('weight', Math.max(existing.data('weight'), weight));
      return;
    }
    cy.add({ group: 'nodes', data: { id: person.id, label: person.name, colour: colourOf(person.country), weight, kind: 'person' } });
  }

  function addMeetingEdge(a, b, count, statuses) {
    const id = [a, b].sort().join('~');
    if (cy.getElementById(id).nonempty()) {
      return;
    }
    const held = statuses.some((s) => s === 'HELD');
    const kind = held ? 'held' : statuses.some((s) => s === 'PLANNED') ? 'planned' : 'cancelled';
    cy.add({ group: 'edges', classes: kind, data: { id, source: a, target: b, weight: count, kind: 'meetings' } });
  }

  function layout() {
    // Rings by number of meetings: the people met most often closest to the centre.
    cy.layout({ name: 'concentric', concentric: (n) => (n.hasClass('centre') ? 1e6 : n.data('weight') * 10 + n.degree()), levelWidth: () => 10,
      animate: false, minNodeSpacing: 8, padding: 20 }).run();
  }

  function setUrl(params) {
    const url = new URL(window.location.href);
    url.search = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
    window.history.replaceState(null, '', url);
    const download = new URLSearchParams();
    if (params.person) { download.set('participant', params.person); }
    if (params.country) { download.set('country', params.country); }
    if (params.from) { download.set('from', params.from); }
    if (params.to) { download.set('to', params.to); }
    $('download').href = '/export/meetings.csv' + (download.toString() ? '?' + download : '');
  }

  function listCounterparts(centre, edges) {
    $('list-title').textContent = `${centre.name}: ${edges.length} counterpart${edges.length === 1 ? '' : 's'}`;
    const list = $('counterparts');
    list.replaceChildren();
    for (const { node } of edges) {
      const item = document.createElement('li');
      const show = document.createElement('button');
      show.type = 'button';
      show.textContent = `${node.person.name}${node.person.country ? ' (' + node.person.country + ')' : ''} — ${node.count} meeting${node.count === 1 ? '' : 's'}`;
      show.addEventListener('click', () => showMeetings(centre, node.person));
      const expand = document.createElement('button');
      expand.type = 'button';
      expand.className = 'expand';
      expand.textContent = 'expand';
      expand.setAttribute('aria-label', `Add ${node.person.name}'s counterparts`);
      expand.addEventListener('click', () => expandPerson(node.person.id));
      item.append(show, expand);
      list.append(item);
    }
  }

  async function showPerson(name) {
    const from = $('from').value || null;
    const to = $('to').value || null;
    say(`Loading ${name}…`);
    try {
      const started = performance.now();
      const data = await graphql(queries.whoMet, { p: name, from, to });
      const { person, counterparts } = data.whoMet;
      cy.elements().remove();
      state.people.clear();
      state.view = 'person';
      state.centre = person;
      const edges = counterparts.edges;
      cy.batch(() => {
        addPerson(person, Math.max(1, edges.reduce((sum, e) => sum + e.node.count, 0)));
        cy.getElementById(person.id).addClass('centre');
        for (const { node } of edges) {
          addPerson(node.person, node.count);
          addMeetingEdge(person.id, node.person.id, node.count, node.meetings.map((m) => m.status));
        }
      });
      layout();
      listCounterparts(person, edges);
      $('details').replaceChildren();
      $('person').value = person.name;
      setUrl({ person: person.name, from, to });
      say(`${person.name} met ${counterparts.totalCount} people${counterparts.totalCount > edges.length ? ` (the ${edges.length} with most meetings shown)` : ''}. Drawn in ${Math.round(performance.now() - started)} ms.`);
    } catch (e) {
      say(e.message, true);
    }
  }

  async function expandPerson(id) {
    const person = state.people.get(id);
    say(`Adding ${person ? person.name : id}'s counterparts…`);
    try {
      const data = await graphql(queries.whoMet, { p: id, from: $('from').value || null, to: $('to').value || null });
      const added = data.whoMet.counterparts.edges;
      cy.batch(() => {
        for (const { node } of added) {
          addPerson(node.person, node.count);
          addMeetingEdge(id, node.person.id, node.count, node.meetings.map((m) => m.status));
        }
      });
      layout();
      say(`Added ${added.length} counterparts of ${data.whoMet.person.name}.`);
    } catch (e) {
      say(e.message, true);
    }
  }

  async function showMeetings(a, b) {
    say(`Loading the meetings of ${a.name} and ${b.name}…`);
    try {
      const data = await graphql(queries.didMeet, { a: a.id, b: b.id });
      const details = $('details');
      details.replaceChildren();
      const title = document.createElement('h2');
      title.textContent = `${a.name} and ${b.name}`;
      details.append(title);
      for (const meeting of data.didMeet.meetings) {
        const article = document.createElement('article');
        const head = document.createElement('p');
        const when = meeting.date ? meeting.date + (meeting.endDate ? ' – ' + meeting.endDate : '') : 'date not given';
        head.innerHTML = '';
        head.append(document.createTextNode(when + (meeting.place ? ', ' + meeting.place : '') + ' '));
        for (const tag of [meeting.status.toLowerCase(), meeting.mode.toLowerCase().replace('_', ' ')]) {
          const span = document.createElement('span');
          span.className = 'tag';
          span.textContent = tag;
          head.append(span);
        }
        article.append(head);
        for (const source of meeting.sources) {
          const quote = document.createElement('blockquote');
          quote.textContent = source.evidence || '(no sentence kept)';
          const cite = document.createElement('p');
          const link = document.createElement(source.url ? 'a' : 'span');
          if (source.url) {
            link.href = source.url;
            link.rel = 'noopener noreferrer';
          }
          link.textContent = source.title || source.articleId;
          cite.append('— ', link, source.publishedAt ? `, ${source.publishedAt}` : '', source.source ? ` (${source.source})` : '');
          article.append(quote, cite);
        }
        details.append(article);
      }
      cy.elements().unselect();
      cy.getElementById([a.id, b.id].sort().join('~')).select();
      say(`${data.didMeet.meetings.length} meeting${data.didMeet.meetings.length === 1 ? '' : 's'} of ${a.name} and ${b.name}.`);
    } catch (e) {
      say(e.message, true);
    }
  }

  async function showChain() {
    const target = $('target').value.trim();
    if (!state.centre || !target) {
      say('Show a person first, then name the person to link them to.', true);
      return;
    }
    try {
      const data = await graphql(queries.chain, { a: state.centre.id, b: target });
      if (!data.connection) {
        say(`No chain of up to 4 meetings links ${state.centre.name} to ${target}.`);
        return;
      }
      const persons = data.connection.persons;
      cy.elements().removeClass('chain');
      cy.batch(() => {
        persons.forEach((p, i) => {
          addPerson(p, 1);
          cy.getElementById(p.id).addClass('chain');
          if (i > 0) {
            addMeetingEdge(persons[i - 1].id, p.id, 1, ['HELD']);
            cy.getElementById([persons[i - 1].id, p.id].sort().join('~')).addClass('chain');
          }
        });
      });
      layout();
      say(`Chain of ${data.connection.hops} meetings: ${persons.map((p) => p.name).join(' → ')}.`);
    } catch (e) {
      say(e.message, true);
    }
  }

  async function showCountry(country) {
    say(`Loading the contacts of ${country}…`);
    try {
      const data = await graphql(queries.country, { c: country });
      const { code, name, contacts } = data.countryContacts;
      cy.elements().remove();
      state.view = 'country';
      state.centre = null;
      cy.batch(() => {
        cy.add({ group: 'nodes', classes: 'centre', data: { id: 'country/' + code, label: name, colour: colourOf(code), weight: 40 } });
        for (const { node } of contacts.edges) {
          cy.add({ group: 'nodes', data: { id: 'country/' + node.code, label: node.name, colour: colourOf(node.code), weight: Math.min(40, node.meetings) } });
          cy.add({ group: 'edges', classes: 'held', data: { id: code + '~' + node.code, source: 'country/' + code, target: 'country/' + node.code, weight: node.meetings } });
        }
      });
      layout();
      $('list-title').textContent = `${name}: ${contacts.totalCount} countries met`;
      const list = $('counterparts');
      list.replaceChildren(...contacts.edges.map(({ node }) => {
        const item = document.createElement('li');
        item.textContent = `${node.name} — ${node.meetings} meeting${node.meetings === 1 ? '' : 's'}`;
        return item;
      }));
      $('details').replaceChildren();
      setUrl({ country: code });
      say(`${name} met people of ${contacts.totalCount} countries.`);
    } catch (e) {
      say(e.message, true);
    }
  }

  // Suggestions as the user types, over searchPersons.
  let pending = 0;
  $('person').addEventListener('input', () => {
    const text = $('person').value.trim();
    const ticket = ++pending;
    if (text.length < 2) {
      return;
    }
    setTimeout(async () => {
      if (ticket !== pending) {
        return;
      }
      try {
        const data = await graphql(queries.search, { t: text });
        $('person-suggestions').replaceChildren(...data.searchPersons.map((p) => {
          const option = document.createElement('option');
          option.value = p.name;
          option.label = p.country || '';
          return option;
        }));
      } catch (e) {
        say(e.message, true);
      }
    }, 200);
  });

  // The year sliders set the date limits and redraw, a moment after the last move.
  let sliding = 0;
  function slid() {
    const from = Number($('from-year').value);
    const to = Number($('to-year').value);
    $('from').value = from > Number($('from-year').min) ? `${Math.min(from, to)}-01-01` : '';
    $('to').value = to < Number($('to-year').max) ? `${Math.max(from, to)}-12-31` : '';
    showYears();
    const ticket = ++sliding;
    setTimeout(() => {
      if (ticket === sliding && state.view === 'person' && state.centre) {
        showPerson(state.centre.id);
      }
    }, 300);
  }

  function showYears() {
    $('from-year-value').textContent = $('from').value ? $('from').value.slice(0, 4) : 'all';
    $('to-year-value').textContent = $('to').value ? $('to').value.slice(0, 4) : 'all';
    if ($('from').value) { $('from-year').value = $('from').value.slice(0, 4); }
    if ($('to').value) { $('to-year').value = $('to').value.slice(0, 4); }
  }

  $('from-year').addEventListener('input', slid);
  $('to-year').addEventListener('input', slid);
  $('from').addEventListener('change', showYears);
  $('to').addEventListener('change', showYears);

  $('controls').addEventListener('submit', (event) => {
    event.preventDefault();
    if ($('person').value.trim()) {
      showPerson($('person').value.trim());
    }
  });
  $('chain').addEventListener('click', showChain);
  $('show-country').addEventListener('click', () => $('country').value.trim() && showCountry($('country').value.trim()));
  cy.on('tap', 'node', (event) => {
    if (event.target.data('kind') === 'person') {
      expandPerson(event.target.id());
    }
  });
  cy.on('tap', 'edge', (event) => {
    const a = state.people.get(event.target.data('source'));
    const b = state.people.get(event.target.data('target'));
    if (a && b) {
      showMeetings(a, b);
    }
  });

  const params = new URLSearchParams(window.location.search);
  $('from').value = params.get('from') || '';
  $('to').value = params.get('to') || '';
  $('to-year').max = String(new Date().getFullYear());
  $('to-year').value = $('to-year').max;
  showYears();
  if (params.get('person')) {
    showPerson(params.get('person'));
  } else if (params.get('country')) {
    $('country').value = params.get('country');
    showCountry(params.get('country'));
  }

  window.actorGraphExplorer = { cy, showPerson, showMeetings, showCountry };
})();
