// Starts Blazor (blazor.web.js is loaded with autostart="false") with a reconnection schedule for a meeting room:
// after a server restart the page should be back within about a second of the server answering, not after Blazor's
// default 5 s and then 30 s waits. A file, not an inline script: the Content-Security-Policy forbids inline scripts.
(() => {
    // Attempt 0 at once, then every 250 ms for the first minute (a restart takes seconds; an attempt on a server that is
    // down fails at once and costs nothing), every second to the third minute, every 5 s to the eighth, then every 15 s.
    // It never gives up: a projector left alone must come back by itself whenever the server does.
    function retryIntervalMilliseconds(previousAttempts) {
        if (previousAttempts === 0) return 0;
        if (previousAttempts < 240) return 250;
        if (previousAttempts < 360) return 1000;
        if (previousAttempts < 420) return 5000;
        return 15000;
    }

    // The loading screen of App.razor stays until the circuit has drawn the layout, then goes for good (a reload starts afresh).
    const loading = document.getElementById('app-loading');
    if (loading) {
        const drawn = () => {
            if (!document.querySelector('.mud-layout')) return;
            loading.remove();
            observer.disconnect();
        };
        const observer = new MutationObserver(drawn);
        observer.observe(document.body, { childList: true, subtree: true });
    }

    Blazor.start({
        circuit: {
            reconnectionOptions: {
                maxRetries: Number.MAX_SAFE_INTEGER,
                retryIntervalMilliseconds,
            },
        },
    });
})();
