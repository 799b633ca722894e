#!/usr/bin/env python3
"""Save-to-reload latency of `sitegen serve`, measured in a real browser.

Copies Content/ and Templates/ to a temporary folder, runs `sitegen serve` on 127.0.0.1, opens a
zh page in headless Chromium (DevTools protocol on loopback), then saves edits to that page and
times each one from the moment the file is written until the browser has reloaded the page. It
also breaks the page's front matter to show the error overlay, and fixes it again. Screenshots
go to the folder given with --shots.

Needs: chromium, and `pip install websocket-client`. Loopback only; both processes it starts
are stopped by their PIDs at the end.

    Benchmarks/serve-reload.py [--edits 10] [--shots /tmp/serve-shots]
    Benchmarks/serve-reload.py --content DIR --page FILE --url PATH [--templates DIR] [--after-output]

The second form times saves on another site (a generated one of 10,000 pages, say): FILE is the
page relative to DIR and PATH its address; the overlay steps, which edit the sample page, are
left out. It also prints how long the first page took and the server's peak memory.
"""
import argparse, base64, json, os, re, shutil, signal, statistics, subprocess, sys, tempfile, time, urllib.request

import websocket  # websocket-client

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGE = "reports/model-costs.zh.md"


class Browser:
    def __init__(self, profile):
        self.proc = subprocess.Popen(
            ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--remote-debugging-address=127.0.0.1",
             "--remote-debugging-port=0", f"--user-data-dir={profile}", "--window-size=1100,900", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        port = None
        while port is None:
            line = self.proc.stderr.readline()
            if not line:
                raise SystemExit("chromium did not start")
            m = re.search(r"ws://127\.0\.0\.1:(\d+)/", line)
            port = m and m.group(1)
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        page = next(t for t in targets if t["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30)
        self.next_id = 0
        self.events = []
        self.call("Page.enable")
        self.call("Runtime.enable")

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.next_id:
                return msg.get("result", {})
            self.events.append(msg)

    def wait_event(self, name, timeout=15):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i, msg in enumerate(self.events):
                if msg.get("method") == name:
                    del self.events[: i + 1]
                    return msg
            self.ws.settimeout(max(0.01, deadline - time.time()))
            try:
                self.events.append(json.loads(self.ws.recv()))
            except websocket.WebSocketTimeoutException:
                break
        raise TimeoutError(name)

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def text(self, js):
        return self.call("Runtime.evaluate", expression=js, returnByValue=True)["result"].get("value")

    def close(self):
        self.ws.close()
        self.proc.terminate()
        self.proc.wait(10)


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--edits", type=int, default=10)
    args.add_argument("--shots", default=os.path.join(tempfile.gettempdir(), "serve-shots"))
    args.add_argument("--binary", default=os.path.join(ROOT, ".build/release/sitegen"))
    args.add_argument("--content", help="a content folder to serve instead of the sample site")
    args.add_argument("--templates", default=os.path.join(ROOT, "Templates"))
    args.add_argument("--page", default=PAGE, help="the page to edit, relative to the content folder")
    args.add_argument("--url", default="zh/reports/model-costs/", help="that page's address")
    args.add_argument("--after-output", action="store_true",
                      help="time saves only once the first output folder is written (on a slow disk the "
                           "first saves otherwise wait for it)")
    opts = args.parse_args()
    os.makedirs(opts.shots, exist_ok=True)
    work = tempfile.mkdtemp()
    shutil.copytree(opts.content or os.path.join(ROOT, "Content"), os.path.join(work, "Content"))
    shutil.copytree(opts.templates, os.path.join(work, "Templates"))
    page_file = os.path.join(work, "Content", opts.page)
    original = open(page_file, encoding="utf-8").read()
    started_server = time.time()
    server = subprocess.Popen([opts.binary, "serve", "--port", "0"], cwd=work, stdout=subprocess.PIPE, text=True)
    browser = None
    try:
        url = None
        log = []
        while url is None:
            line = server.stdout.readline()
            if not line:
                raise SystemExit("sitegen serve did not start")
            log.append(line)
            m = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
            url = m and m.group(1)
        urllib.request.urlopen(url + opts.url).read()
        print("first page served %.2f s after the server started; %s" % (
            time.time() - started_server, next((l.strip() for l in log if "built" in l), "")))
        if opts.after_output:
            output_started = time.time()
            while not os.path.exists(os.path.join(work, "Output", "index.html")):
                time.sleep(0.1)
            print("output folder written %.1f s after the first page" % (time.time() - output_started))
            time.sleep(1)
        browser = Browser(os.path.join(work, "profile"))
        browser.call("Page.navigate", url=url + opts.url)
        browser.wait_event("Page.loadEventFired", timeout=60)
        time.sleep(0.3)  # let the event stream connect
        browser.screenshot(os.path.join(opts.shots, "1-before.png"))
        print("page:", browser.text("document.querySelector('h1').textContent"))

        def save(text):
            with open(page_file, "w", encoding="utf-8") as f:
                f.write(text)
            return time.time()

        latencies, signals = [], []
        for n in range(1, opts.edits + 1):
            edited = original.replace("\n---\n", f"\n---\n\n**预览测试：第 {n} 次修改**\n\n", 1)
            time.sleep(0.7)  # a person saves now and then, not while the last rebuild runs
            started = save(edited)
            browser.wait_event("Page.frameStartedLoading")  # the reload event arrived and the page asked for itself
            signals.append((time.time() - started) * 1000)
            browser.wait_event("Page.loadEventFired")
            latencies.append((time.time() - started) * 1000)
            time.sleep(0.3)
        marker = browser.text("document.querySelector('main').innerText.includes('预览测试：第 %d 次修改')" % opts.edits)
        browser.screenshot(os.path.join(opts.shots, "2-after-edit.png"))
        print(f"edit visible without a manual reload: {marker}")
        print("save-to-reload-start over %d edits: median %.0f ms, min %.0f ms, max %.0f ms" % (
            len(signals), statistics.median(signals), min(signals), max(signals)))
        print("save-to-reloaded (load event) over %d edits: median %.0f ms, min %.0f ms, max %.0f ms" % (
            len(latencies), statistics.median(latencies), min(latencies), max(latencies)))
        status = open(f"/proc/{server.pid}/status").read()
        print("server peak memory:", next(l.split(":")[1].strip() for l in status.splitlines() if l.startswith("VmHWM")))
        if opts.content:
            save(original)
            return

        save(original.replace("title:", "title: [unclosed", 1))
        browser.wait_event("Page.loadEventFired")
        time.sleep(0.3)
        overlay = browser.text("(document.getElementById('sitegen-overlay')||{}).innerText")
        browser.screenshot(os.path.join(opts.shots, "3-overlay.png"))
        print("overlay:", (overlay or "none").replace("\n", " | ")[:300])

        save(original.replace("0.75", "0.85"))
        browser.wait_event("Page.loadEventFired")
        time.sleep(0.3)
        overlay = browser.text("(document.getElementById('sitegen-overlay')||{}).innerText")
        browser.screenshot(os.path.join(opts.shots, "4-check-findings.png"))
        print("check overlay:", (overlay or "none").replace("\n", " | ")[:300])

        save(original)
        browser.wait_event("Page.loadEventFired")
        time.sleep(0.3)
        cleared = browser.text("document.getElementById('sitegen-overlay') === null")
        browser.screenshot(os.path.join(opts.shots, "5-fixed.png"))
        print(f"overlay cleared after the fix: {cleared}")
        print("screenshots in", opts.shots)
    finally:
        if browser:
            browser.close()
        server.send_signal(signal.SIGINT)
        try:
            out, _ = server.communicate(timeout=10)
            print("server:", "".join(out.splitlines(True)[-3:]).strip().replace("\n", " | "))
        except subprocess.TimeoutExpired:
            server.kill()
            print("server did not stop within 10 s", file=sys.stderr)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
