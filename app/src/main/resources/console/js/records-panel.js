// callRecords as they appear: each drawn as a timeline, one row per session (a participant's time in the call), its
// segments inside it.
import { announce, el, nameOf, showStatus, timeOf } from './view.js';

const IDENTITY = 'user { id displayName } application { id displayName } applicationInstance { id displayName } '
    + 'guest { id displayName } phone { id displayName }';
const ENDPOINT = `kind associatedIdentity { id displayName } identity { ${IDENTITY} }`;
const RECORD = `id type startDateTime endDateTime sessions { id startDateTime endDateTime
    caller { ${ENDPOINT} } callee { ${ENDPOINT} } segments { id startDateTime endDateTime } }`;
const RECENT = `query($since: DateTime!) { callRecords(filter: { startFrom: $since }, first: 60) {
    edges { node { ${RECORD} } } } }`;
const CREATED = `subscription { callRecordCreated { ${RECORD} } }`;

export class RecordsPanel {

    constructor(client) {
        this.client = client;
        this.list = document.getElementById('record-list');
    }

    async start() {
        this.end = this.client.subscribe(CREATED, {}, data => {
            this.show(data.callRecordCreated, true);
            announce('Call record ' + data.callRecordCreated.id + ' written');
        }, error => showStatus('records-status', error));
        try {
            const since = new Date(Date.now() - 3600 * 1000).toISOString();
            const data = await this.client.query(RECENT, { since });
            data.callRecords.edges.forEach(edge => this.show(edge.node, false));
            showStatus('records-status', null);
        } catch (error) {
            showStatus('records-status', error);
        }
    }

    stop() {
        if (this.end) {
            this.end();
        }
    }

    show(record, live) {
        const start = Date.parse(record.startDateTime);
        const span = Math.max(Date.parse(record.endDateTime) - start, 1);
        const at = iso => Math.min(100, Math.max(0, (Date.parse(iso) - start) * 100 / span));
        const bar = (className, from, to, label) => el('div', {
            class: className, title: label,
            style: `left: ${at(from)}%; width: ${Math.max(at(to) - at(from), 0.3)}%`
        });

        const timeline = el('div', { class: 'timeline', role: 'list' });
        record.sessions.forEach(session => {
            const who = whoOf(session);
            const span = timeOf(session.startDateTime) + '–' + timeOf(session.endDateTime);
            const track = el('div', { class: 'track', 'aria-hidden': 'true' },
                bar('session', session.startDateTime, session.endDateTime, who + ' ' + span),
                session.segments.map(segment => bar('segment', segment.startDateTime, segment.endDateTime,
                    'segment ' + timeOf(segment.startDateTime) + '–' + timeOf(segment.endDateTime))));
            // the bars are drawn for the eye; the text says the same for a screen reader
            timeline.append(el('div', { class: 'who', role: 'listitem', 'data-session-id': session.id },
                who, el('span', { class: 'visually-hidden' }, ' from ' + span + ', '
                    + session.segments.length + ' segments')), track);
        });
        timeline.append(el('div', { class: 'axis', 'aria-hidden': 'true' },
            el('span', {}, timeOf(record.startDateTime)), el('span', {}, timeOf(record.endDateTime))));

        const article = el('article', { class: 'record', 'data-call-record-id': record.id, tabindex: '0',
                'aria-label': 'Call record ' + record.id },
            el('h3', {}, record.type + ' · ' + timeOf(record.startDateTime) + '–' + timeOf(record.endDateTime)
                + ' · ' + record.sessions.length + ' sessions · ', el('span', { class: 'call-id' }, record.id)),
            timeline);
        const existing = this.list.querySelector(`[data-call-record-id="${CSS.escape(record.id)}"]`);
        if (existing) {
            existing.replaceWith(article);
        } else if (live) {
            this.list.prepend(article);
        } else {
            this.list.append(article);
        }
    }
}

function whoOf(session) {
    const endpoint = session.callee || session.caller;
    if (!endpoint) {
        return session.id;
    }
    if (endpoint.identity) {
        return nameOf(endpoint.identity);
    }
    return (endpoint.associatedIdentity && (endpoint.associatedIdentity.displayName || endpoint.associatedIdentity.id))
        || session.id;
}
