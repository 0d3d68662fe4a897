// The chair's keyboard on the shared screen: a presenter remote sends PageDown/PageUp, so those move the focus case.
// Keys typed into a field are the field's own; nothing here runs while someone is writing.
const keys = {
    PageDown: 'next', ArrowRight: 'next', j: 'next',
    PageUp: 'previous', ArrowLeft: 'previous', k: 'previous',
    r: 'role', d: 'decision', p: 'projector', f: 'follow',
};

function typing(target) {
    return target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"], [role="listbox"]') !== null;
}

export function register(dotnet) {
    const onKeyDown = event => {
        if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
        const action = keys[event.key];
        if (!action) return;
        event.preventDefault();
        dotnet.invokeMethodAsync('OnShortcut', action);
    };
    document.addEventListener('keydown', onKeyDown);
    return { dispose: () => document.removeEventListener('keydown', onKeyDown) };
}

export function focusElement(id) {
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    const target = element.matches('input, select, textarea, button') ? element : element.querySelector('input, select, textarea, button');
    (target ?? element).focus();
}
