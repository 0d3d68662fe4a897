// The chair's keyboard on the shared screen: a presenter remote sends PageDown/PageUp, so those move the focus case.
// Keys typed into a field are the field's own; Escape leaves the field and gives the keys back to the board.
const keys = {
    PageDown: 'next', ArrowRight: 'next', j: 'next',
    PageUp: 'previous', ArrowLeft: 'previous', k: 'previous',
    r: 'role', d: 'decision', p: 'projector', f: 'follow', '?': 'help', Escape: 'escape',
};

const fields = 'input, textarea, select, [contenteditable="true"], [role="listbox"], [role="combobox"]';

function typing(target) {
    return target instanceof Element && target.closest(fields) !== null;
}

// A presenter remote has no other keys than PageDown/PageUp: from an empty one-line text box (such as 役割の内容 just after
// its role was assigned with Enter) they move the case, since nothing typed can be lost and the box has no use for them.
function presenterKeyFromEmptyBox(event) {
    const target = event.target;
    return (event.key === 'PageDown' || event.key === 'PageUp')
        && target instanceof HTMLInputElement && ['text', 'search'].includes(target.type) && target.value === '';
}

function insideDialog(target) {
    return target instanceof Element && target.closest('.mud-dialog, .mud-popover') !== null;
}

// Leave the field: the keyboard focus goes to the case card (or the board), so that the next key is the board's.
function leaveField(target) {
    const home = target.closest('.case-card') ?? document.querySelector('.board');
    target.blur();
    if (home instanceof HTMLElement) home.focus({ preventScroll: true });
}

// Ctrl+Enter in a field saves it: the save button of the editor around it (data-save), or its form's submit.
function saveField(target) {
    const editor = target.closest('[data-editor]');
    const save = editor?.querySelector('button[data-save]');
    if (save instanceof HTMLButtonElement) {
        if (!save.disabled) save.click();
        return true;
    }
    const form = target.closest('form');
    if (form) {
        form.requestSubmit();
        return true;
    }
    return false;
}

export function register(dotnet) {
    const onKeyDown = event => {
        if (event.defaultPrevented || event.isComposing) return;
        const target = event.target;
        if (typing(target) && !insideDialog(target)) {
            if (event.key === 'Escape') {
                event.preventDefault();
                leaveField(target);
                return;
            }
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                if (saveField(target)) event.preventDefault();
                return;
            }
            if (!presenterKeyFromEmptyBox(event)) return;
        } else if (typing(target) || insideDialog(target)) {
            return;
        }
        if (event.altKey || event.ctrlKey || event.metaKey) return;
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

// Another case on screen: the room must see it from its name down, so a page scrolled into the last case's roles goes
// back to the top of the new card (the projector view shows the card alone, from the top of the page).
export function showCaseTop(projector) {
    if (projector) {
        window.scrollTo({ top: 0, behavior: 'instant' });
        return;
    }
    const card = document.querySelector('.board .case-card');
    if (!(card instanceof HTMLElement)) return;
    const bar = document.querySelector('.mud-appbar');
    const barHeight = bar instanceof HTMLElement && getComputedStyle(bar).display !== 'none' ? bar.getBoundingClientRect().height : 0;
    const top = card.getBoundingClientRect().top;
    if (top >= barHeight && top < window.innerHeight) return; // its name is in view already
    window.scrollTo({ top: Math.max(0, window.scrollY + top - barHeight - 8), behavior: 'instant' });
}
