// The console's entry point: a token starts a GraphQL client, and the panels watch the service through it.
import { CallsPanel } from './calls-panel.js';
import { GraphQlClient } from './graphql-client.js';
import { RecordsPanel } from './records-panel.js';
import { describe, setUpTokenBox } from './token-box.js';

let watching = null;

function setConnection(state, reason) {
    const connection = document.getElementById('connection');
    connection.className = 'connection ' + state;
    connection.textContent = {
        live: 'Live: subscribed over WebSocket.',
        down: 'Connection lost; reconnecting…',
        refused: 'The token was refused' + (reason ? ' (' + reason + ')' : '') + '.'
    }[state];
}

function watchWith(token) {
    if (watching) {
        watching.panels.forEach(panel => panel.stop());
        watching.client.close();
    }
    document.getElementById('token-status').textContent = '';
    document.getElementById('token-status').dataset.tokenFor = describe(token);
    document.getElementById('token-status').append('Using ' + describe(token) + '.');
    document.getElementById('token-status').className = 'hint';
    const client = new GraphQlClient(token, { onConnection: setConnection });
    const panels = [new CallsPanel(client), new RecordsPanel(client)];
    watching = { client, panels };
    panels.forEach(panel => panel.start());
}

setUpTokenBox(watchWith);
