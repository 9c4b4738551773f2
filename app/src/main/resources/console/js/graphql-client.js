// Talks to Switchboard's public GraphQL endpoint as any client would: queries over HTTP with the bearer token, and
// subscriptions over one WebSocket speaking graphql-transport-ws, the token in connection_init's payload.

/** A GraphQL error answer, with the codes Switchboard puts in extensions.code (Forbidden, itemNotFound, …). */
export class GraphQlError extends Error {
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}

function firstError(errors) {
    const error = errors[0] || {};
    return new GraphQlError(error.message || 'The request failed.', (error.extensions || {}).code);
}

export class GraphQlClient {

    constructor(token, { onConnection } = {}) {
        this.token = token;
        this.onConnection = onConnection || (() => {});
        this.subscriptions = new Map();
        this.nextId = 1;
        this.socket = null;
        this.acknowledged = false;
        this.closed = false;
    }

    /** Runs a query; resolves with its data, or rejects with a GraphQlError (401 included). */
    async query(document, variables = {}) {
        const response = await fetch('/graphql', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + this.token },
            body: JSON.stringify({ query: document, variables })
        });
        const answer = await response.json().catch(() => ({}));
        if (!response.ok) {
            const error = answer.error || {};
            throw new GraphQlError(error.message || ('HTTP ' + response.status), error.code || String(response.status));
        }
        if (answer.errors && answer.errors.length) {
            throw firstError(answer.errors);
        }
        return answer.data;
    }

    /**
     * Starts a subscription; onNext gets each event's data, onError a GraphQlError. Returns a function that ends it.
     * Subscriptions started before the socket is acknowledged are sent once it is.
     */
    subscribe(document, variables, onNext, onError) {
        const id = String(this.nextId++);
        this.subscriptions.set(id, { document, variables, onNext, onError });
        this.connect();
        if (this.acknowledged) {
            this.send({ id, type: 'subscribe', payload: { query: document, variables } });
        }
        return () => {
            if (this.subscriptions.delete(id) && this.acknowledged) {
                this.send({ id, type: 'complete' });
            }
        };
    }

    close() {
        this.closed = true;
        this.subscriptions.clear();
        if (this.socket) {
            this.socket.close(1000, 'closed by the console');
        }
    }

    connect() {
        if (this.socket || this.closed) {
            return;
        }
        const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql';
        const socket = new WebSocket(url, 'graphql-transport-ws');
        this.socket = socket;
        socket.onopen = () => this.send({ type: 'connection_init', payload: { Authorization: 'Bearer ' + this.token } });
        socket.onmessage = event => this.receive(JSON.parse(event.data));
        socket.onclose = event => {
            this.socket = null;
            this.acknowledged = false;
            if (!this.closed) {
                // 4401: the token was refused; anything else: the connection dropped, so try again shortly
                this.onConnection(event.code === 4401 || event.code === 4403 ? 'refused' : 'down', event.reason);
                if (event.code !== 4401 && event.code !== 4403) {
                    setTimeout(() => this.connect(), 2000);
                }
            }
        };
    }

    receive(message) {
        const subscription = this.subscriptions.get(message.id);
        switch (message.type) {
            case 'connection_ack':
                this.acknowledged = true;
                this.onConnection('live');
                this.subscriptions.forEach((s, id) => this.send({
                    id, type: 'subscribe', payload: { query: s.document, variables: s.variables }
                }));
                break;
            case 'ping':
                this.send({ type: 'pong' });
                break;
            case 'next':
                if (subscription) {
                    if (message.payload.errors && message.payload.errors.length) {
                        subscription.onError(firstError(message.payload.errors));
                    } else {
                        subscription.onNext(message.payload.data);
                    }
                }
                break;
            case 'error':
                if (subscription) {
                    this.subscriptions.delete(message.id);
                    subscription.onError(firstError(message.payload || []));
                }
                break;
            case 'complete':
                this.subscriptions.delete(message.id);
                break;
            default:
                break;
        }
    }

    send(message) {
        if (this.socket && this.socket.readyState === WebSocket.OPEN) {
            this.socket.send(JSON.stringify(message));
        }
    }
}
