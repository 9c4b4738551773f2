// Small helpers for building the page: elements from tag, attributes and children; announcements for screen readers.

/** An element: el('td', { class: 'state' }, 'text', child, …). Attributes with null values are left out. */
export function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes).forEach(([name, value]) => {
        if (value !== null && value !== undefined && value !== false) {
            element.setAttribute(name, value === true ? '' : value);
        }
    });
    children.flat().forEach(child => element.append(child instanceof Node ? child : String(child ?? '')));
    return element;
}

/** Says a change out loud (aria-live) without moving the focus. */
export function announce(text) {
    const announcer = document.getElementById('announcer');
    announcer.append(el('p', {}, text));
    while (announcer.childElementCount > 5) {
        announcer.firstElementChild.remove();
    }
}

/** Shows why something could not be read, naming the role that would do when it is a Forbidden. */
export function showStatus(id, error) {
    const status = document.getElementById(id);
    status.textContent = error ? (error.code ? error.code + ': ' : '') + error.message : '';
}

/** A time of day in the viewer's clock, to the second. */
export function timeOf(iso) {
    return iso ? new Date(iso).toLocaleTimeString([], { hour12: false }) : '';
}

/** Who an identity set names, for people: a display name, else an id. */
export function nameOf(identitySet) {
    if (!identitySet) {
        return 'unknown';
    }
    const identity = identitySet.user || identitySet.application || identitySet.applicationInstance
        || identitySet.guest || identitySet.phone || identitySet.device || {};
    return identity.displayName || identity.id || 'unknown';
}

/** A row that says there is nothing yet. */
export function emptyRow(columns, text) {
    return el('tr', {}, el('td', { colspan: columns, class: 'empty' }, text));
}
