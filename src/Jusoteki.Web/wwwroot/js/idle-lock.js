// Locks the screen of a shared meeting-room PC after a spell without keyboard, mouse or touch input:
// it submits the layout's lock form (sign-out, back to the login page). The minutes come from <body data-idle-lock-minutes>.
(function () {
    const minutes = parseFloat(document.body.dataset.idleLockMinutes || "0");
    if (!(minutes > 0)) return;
    let lastInput = Date.now();
    const reset = () => { lastInput = Date.now(); };
    for (const type of ["mousemove", "mousedown", "keydown", "touchstart", "wheel"]) {
        document.addEventListener(type, reset, { passive: true, capture: true });
    }
    setInterval(() => {
        if (Date.now() - lastInput < minutes * 60000) return;
        const form = document.getElementById("lock-form");
        if (!form) return;
        form.querySelector("input[name=reason]").value = "idle";
        lastInput = Date.now();
        form.submit();
    }, 1000);
})();
