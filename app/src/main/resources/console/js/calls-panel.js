// The tenant's calls, live; and for the chosen call its roster, its operations and its callback deliveries.
import { announce, el, emptyRow, nameOf, showStatus, timeOf } from './view.js';

const IDENTITY = 'user { id displayName } application { id displayName } applicationInstance { id displayName } '
    + 'guest { id displayName } phone { id displayName }';
const PARTICIPANT = `id isMuted isInLobby info { identity { ${IDENTITY} } }
    mediaStreams { mediaType direction serverMuted }`;
const OPERATION = '__typename id status resultInfo { code subcode message }';

const CALLS = '{ calls(first: 100) { edges { node { id state subject } } } }';
const EVERY_CALL = 'subscription { callStateChanged { id state subject } }';
const ROSTER = `query($callId: ID!) { participants(callId: $callId, first: 100) { edges { node { ${PARTICIPANT} } } } }`;
const ROSTER_CHANGES = `subscription($callId: ID!) { participantsChanged(callId: $callId) {
    changeType participant { ${PARTICIPANT} } } }`;
const OPERATION_CHANGES = `subscription($callId: ID!) { operationUpdated(callId: $callId) { ${OPERATION} } }`;
const DELIVERIES = `query($callId: ID!) { callbackDeliveries(callId: $callId) {
    notificationId changeType resourceUrl outcome attemptCount retries lastStatusCode lastAttemptedAt } }`;

/** When the list of calls is read the second time, after the subscription has reached the server. */
const LIST_AGAIN_AFTER_MS = 1500;
/** How often the callback deliveries of the chosen call are read again (they are polled: docs/adr/0012). */
const DELIVERY_POLL_MS = 2000;

export class CallsPanel {

    constructor(client) {
        this.client = client;
        this.list = document.getElementById('call-list');
        this.selected = null;
        this.endSelection = [];
        this.operations = new Map();
    }

    async start() {
        this.list.replaceChildren();
        this.endEveryCall = this.client.subscribe(EVERY_CALL, {}, data => this.show(data.callStateChanged, true),
            error => showStatus('calls-status', error));
        // The subscription travels over the WebSocket and the list over HTTP, so neither is known to come first: a
        // call placed meanwhile may reach the page live before the list answers (the list must not erase it), or
        // be placed before the server has the subscription (only a later read finds it). So the list is merged,
        // never replaced, and read a second time once the subscription has surely arrived.
        await this.mergeList();
        setTimeout(() => this.mergeList(), LIST_AGAIN_AFTER_MS);
    }

    /** Adds the calls the list query knows and the page does not; a call already shown keeps its live state. */
    async mergeList() {
        try {
            const data = await this.client.query(CALLS);
            data.calls.edges.filter(edge => !this.list.querySelector(`[data-call-id="${CSS.escape(edge.node.id)}"]`))
                .forEach(edge => this.show(edge.node, false));
            showStatus('calls-status', null);
        } catch (error) {
            showStatus('calls-status', error);
        }
    }

    stop() {
        if (this.endEveryCall) {
            this.endEveryCall();
        }
        this.deselect();
    }

    /** Adds a call to the list or updates its state; a call placed while watching goes on top. */
    show(call, live) {
        let item = this.list.querySelector(`[data-call-id="${CSS.escape(call.id)}"]`);
        if (!item) {
            const button = el('button', { type: 'button', 'aria-pressed': 'false' },
                el('span', { class: 'call-id' }, call.subject ? call.subject + ' · ' + call.id : call.id),
                el('span', { class: 'state' }));
            button.addEventListener('click', () => this.select(call.id));
            item = el('li', { 'data-call-id': call.id }, button);
            if (live) {
                this.list.prepend(item);
                announce('Call ' + call.id + ' placed');
            } else {
                this.list.append(item);
            }
        } else if (live) {
            announce('Call ' + call.id + ' is ' + call.state);
        }
        const state = item.querySelector('.state');
        state.textContent = call.state;
        state.className = 'state state-' + call.state;
        if (this.selected === call.id) {
            this.summarize(call);
        }
    }

    summarize(call) {
        document.getElementById('detail-summary').textContent = 'Call ' + call.id + ' — ' + call.state;
    }

    deselect() {
        this.endSelection.forEach(end => end());
        this.endSelection = [];
        this.selected = null;
    }

    /** Watches one call: its roster and operations live, its callback deliveries polled. */
    async select(callId) {
        this.deselect();
        this.selected = callId;
        this.operations = new Map();
        this.list.querySelectorAll('button').forEach(button => button.setAttribute('aria-pressed',
            String(button.closest('li').dataset.callId === callId)));
        const state = this.list.querySelector(`[data-call-id="${CSS.escape(callId)}"] .state`);
        this.summarize({ id: callId, state: state ? state.textContent : '' });
        document.getElementById('call-detail').dataset.callId = callId;
        const roster = document.querySelector('#roster tbody');
        const operations = document.querySelector('#operations tbody');
        roster.replaceChildren(emptyRow(4, 'Loading…'));
        operations.replaceChildren(emptyRow(4, 'None since the call was chosen.'));
        document.querySelector('#callbacks tbody').replaceChildren(emptyRow(5, 'None yet.'));
        showStatus('detail-status', null);

        // subscribe first, then read: a change between the two is heard rather than lost
        const failed = error => showStatus('detail-status', error);
        this.endSelection.push(this.client.subscribe(ROSTER_CHANGES, { callId }, data => {
            const change = data.participantsChanged;
            this.showParticipant(change.participant, change.changeType === 'deleted');
            announce(nameOf(change.participant.info.identity) + (change.changeType === 'created' ? ' joined'
                : change.changeType === 'deleted' ? ' left' : ' changed'));
            this.refreshDeliveriesSoon();
        }, failed));
        this.endSelection.push(this.client.subscribe(OPERATION_CHANGES, { callId }, data => {
            this.showOperation(data.operationUpdated);
            this.refreshDeliveriesSoon();
        }, failed));
        const poll = setInterval(() => this.refreshDeliveries(callId), DELIVERY_POLL_MS);
        this.endSelection.push(() => clearInterval(poll));

        try {
            const data = await this.client.query(ROSTER, { callId });
            if (this.selected !== callId) {
                return;
            }
            roster.replaceChildren();
            data.participants.edges.forEach(edge => this.showParticipant(edge.node, false));
            if (!roster.childElementCount) {
                roster.append(emptyRow(4, 'Nobody.'));
            }
            document.getElementById('call-detail').dataset.watching = callId;
        } catch (error) {
            failed(error);
        }
        this.refreshDeliveries(callId);
    }

    showParticipant(participant, left) {
        const roster = document.querySelector('#roster tbody');
        roster.querySelector('td.empty')?.closest('tr').remove();
        const existing = roster.querySelector(`[data-participant-id="${CSS.escape(participant.id)}"]`);
        if (left) {
            existing?.remove();
            return;
        }
        const media = participant.mediaStreams.map(stream => stream.mediaType + ' ' + stream.direction
            + (stream.serverMuted ? ' (server-muted)' : '')).join(', ') || 'none';
        const row = el('tr', { 'data-participant-id': participant.id },
            el('th', { scope: 'row' }, nameOf(participant.info.identity)),
            el('td', {}, participant.isMuted ? 'muted' : 'no'),
            el('td', {}, participant.isInLobby ? 'in lobby' : 'no'),
            el('td', {}, media));
        existing ? existing.replaceWith(row) : roster.append(row);
    }

    /** An operation's row shows the statuses it went through, the current one last. */
    showOperation(operation) {
        const body = document.querySelector('#operations tbody');
        body.querySelector('td.empty')?.closest('tr').remove();
        const trail = this.operations.get(operation.id) || [];
        if (trail[trail.length - 1] !== operation.status) {
            trail.push(operation.status);
            announce('Operation ' + operation.__typename.replace('Operation', '') + ' ' + operation.status);
        }
        this.operations.set(operation.id, trail);
        const result = operation.resultInfo
            ? operation.resultInfo.code + '/' + operation.resultInfo.subcode + ' ' + (operation.resultInfo.message || '')
            : '';
        const row = el('tr', { 'data-operation-id': operation.id, 'data-status': operation.status },
            el('th', { scope: 'row', class: 'call-id' }, operation.id),
            el('td', {}, operation.__typename.replace('Operation', '')),
            el('td', { class: 'op-status op-status-' + operation.status }, trail.join(' → ')),
            el('td', {}, result));
        const existing = body.querySelector(`[data-operation-id="${CSS.escape(operation.id)}"]`);
        existing ? existing.replaceWith(row) : body.prepend(row);
    }

    /** A notification follows a change by a moment: read the deliveries again shortly after one. */
    refreshDeliveriesSoon() {
        const callId = this.selected;
        setTimeout(() => this.refreshDeliveries(callId), 700);
    }

    async refreshDeliveries(callId) {
        if (this.selected !== callId) {
            return;
        }
        try {
            const data = await this.client.query(DELIVERIES, { callId });
            if (this.selected !== callId) {
                return;
            }
            const body = document.querySelector('#callbacks tbody');
            const rows = data.callbackDeliveries.map(delivery => el('tr', {
                    'data-notification-id': delivery.notificationId, 'data-outcome': delivery.outcome },
                el('th', { scope: 'row' }, delivery.changeType + ' ' + delivery.resourceUrl),
                el('td', {}, timeOf(delivery.lastAttemptedAt)),
                el('td', {}, delivery.lastStatusCode ?? 'no answer'),
                el('td', {}, delivery.retries),
                el('td', { class: 'outcome outcome-' + delivery.outcome },
                    { delivered: 'delivered', retrying: 'retrying', givenUp: 'given up' }[delivery.outcome])));
            const before = body.querySelectorAll('tr[data-notification-id]').length;
            body.replaceChildren(...(rows.length ? rows : [emptyRow(5, 'None yet.')]));
            if (rows.length > before) {
                announce((rows.length - before) + ' new callback deliveries');
            }
        } catch (error) {
            showStatus('detail-status', error);
        }
    }
}
