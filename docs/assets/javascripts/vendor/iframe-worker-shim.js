/* npm's iframe-worker 1.0 shim (MIT, licence beside it), changed in one respect: it writes no
 * inline script into its frame, so that it works under the strict Content-Security-Policy
 * every page carries (script-src 'self'). The frame's postMessage, importScripts and error
 * handler are set from here instead of from an inline <script>; the worker's own script loads
 * as a file, as before. On file:// (the offline copy), where a page may not start a Web
 * Worker, it stands in for Worker: the script runs in a hidden frame and talks by messages. */
(() => {
  "use strict";
  class IFrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.url = url;
      const frame = document.createElement("iframe");
      frame.hidden = true;
      document.body.appendChild(this.iframe = frame);
      const w = this.w;
      w.document.open();
      w.document.write("<html><body></body></html>");
      w.document.close();
      // what the worker's script sends reaches this object's listeners, as a worker's would
      w.postMessage = (data) => {
        const copy = structuredClone(data);
        setTimeout(() => {
          const event = new MessageEvent("message", { data: copy });
          this.dispatchEvent(event);
          if (this.onmessage) this.onmessage(event);
        });
      };
      // importScripts: each script in turn, as a file
      w.importScripts = (...urls) => urls.reduce((done, src) => done.then(() => new Promise((resolve) => {
        const script = w.document.createElement("script");
        script.src = src;
        script.onload = resolve;
        w.document.body.appendChild(script);
      })), Promise.resolve());
      w.addEventListener("error", ({ message, lineno, colno, error }) => {
        const event = new ErrorEvent("error", { message, filename: `${url}`, lineno, colno, error });
        this.dispatchEvent(event);
        if (this.onerror) this.onerror(event);
      });
      this.r = new Promise((resolve, reject) => {
        const script = w.document.createElement("script");
        script.src = `${url}?${Date.now()}`;
        script.onload = resolve;
        script.onerror = reject;
        w.document.body.appendChild(script);
      });
    }

    terminate() {
      this.iframe.remove();
    }

    postMessage(data) {
      this.r.catch(() => null).then(() => {
        this.w.dispatchEvent(new MessageEvent("message", structuredClone({ data })));
      });
    }

    get w() {
      return this.iframe.contentWindow;
    }
  }
  window.IFrameWorker = IFrameWorker;
  if (location.protocol === "file:") window.Worker = IFrameWorker;
})();
