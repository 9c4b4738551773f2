// The token box: paste a token, or, when the local issuer is on, get one for a tenant and roles with one click.
import { showStatus } from './view.js';

/** Graph's application roles Switchboard knows (application/.../access/Role.java). */
const ROLES = ['Calls.Initiate.All', 'Calls.InitiateGroupCall.All', 'Calls.JoinGroupCall.All',
    'Calls.JoinGroupCallAsGuest.All', 'Calls.AccessMedia.All', 'CallRecords.Read.All', 'CallRecords.ReadWrite.All'];

/** Wires the two forms; onToken is called with each token the user gives or gets. */
export async function setUpTokenBox(onToken) {
    const pasted = document.getElementById('token');
    document.getElementById('paste-token').addEventListener('submit', event => {
        event.preventDefault();
        const token = pasted.value.trim().replace(/^Bearer\s+/i, '');
        if (token) {
            onToken(token);
        } else {
            document.getElementById('token-status').textContent = 'Paste a token first.';
        }
    });

    if (!await localIssuerIsOn()) {
        return;
    }
    const roles = document.getElementById('roles');
    ROLES.forEach((role, index) => {
        const id = 'role-' + index;
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', id, value: role, checked: true });
        const label = document.createElement('label');
        label.htmlFor = id;
        label.append(box, role);
        roles.append(label);
    });
    const form = document.getElementById('issue-token');
    form.hidden = false;
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const tenantId = document.getElementById('tenant').value.trim();
        const chosen = [...roles.querySelectorAll('input:checked')].map(box => box.value);
        try {
            const response = await fetch('/dev/token', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify(tenantId ? { tenantId, roles: chosen } : { roles: chosen })
            });
            const answer = await response.json();
            if (!response.ok) {
                throw Object.assign(new Error((answer.error || {}).message || 'HTTP ' + response.status),
                    { code: (answer.error || {}).code });
            }
            pasted.value = answer.access_token;
            onToken(answer.access_token);
        } catch (error) {
            document.getElementById('token-status').className = 'status';
            showStatus('token-status', error);
        }
    });
}

/** The local issuer answers its OpenID configuration without a token; a real identity provider's setup does not. */
async function localIssuerIsOn() {
    try {
        return (await fetch('/.well-known/openid-configuration')).ok;
    } catch (unreachable) {
        return false;
    }
}

/** What a token says about itself (tenant, roles, expiry), read from its payload for display only. */
export function describe(token) {
    try {
        const claims = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
        const expires = claims.exp ? new Date(claims.exp * 1000).toLocaleTimeString([], { hour12: false }) : '?';
        return 'tenant ' + claims.tid + ', ' + (claims.roles || []).length + ' roles, expires ' + expires;
    } catch (unreadable) {
        return 'a token the console cannot read; the service will judge it';
    }
}
