#!/usr/bin/env python3
"""Loads a built sitegen site in headless Chromium and checks the default theme as readers meet it.

Usage: theme_check.py SITE_DIR [--templates DIR] [--require-axe]

Checks, each counted as one pass or failure:
- the report pages in every language load without console errors or requests off the disk;
- the first visit follows prefers-color-scheme (light and dark emulated);
- choosing each theme in the menu recolours the page with that theme's --bg and --fg, and the
  choice survives a reload and a move to another page;
- axe-core finds no color-contrast violation, and no other serious or critical one, in any
  theme (with --require-axe, a missing axe package is a failure instead of a skip);
- with JavaScript off the menu is hidden and the page still follows the system theme;
- at 360 px wide the page never scrolls sideways (wide tables scroll inside their own box);
- printed, the page is black on white whatever the theme;
- the search box finds a known page in zh, ja, fr and en from file://, marks the match, announces
  the count, reaches the first result by arrow key, and loads nothing from outside.
Ends with "N passed, M failed" and exits 1 when anything failed.
"""
import argparse
import os
import re
import sys
import tempfile
import time
import traceback

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

THEMES = ["light", "dark", "sepia", "contrast", "forest"]
# 404.html links its stylesheet from the server root (it is served at any depth), so it is not
# opened from disk here.
OTHER_PAGES = ["index.html"]
LANGUAGES = ["zh", "ja", "fr", "en"]

passed, failed = 0, 0


def report_pages(site):
    """One report per language, preferring one under reports/ with a table (the widest thing a page holds)."""
    found = []
    for language in LANGUAGES:
        candidates = []
        for folder, _, files in sorted(os.walk(os.path.join(site, language))):
            if "index.html" in files and folder != os.path.join(site, language):
                with open(os.path.join(folder, "index.html"), encoding="utf-8") as f:
                    html = f.read()
                if 'class="report"' in html:
                    path = os.path.relpath(os.path.join(folder, "index.html"), site)
                    candidates.append(("<table" not in html, "/reports/" not in "/" + path, path))
        if candidates:
            found.append(sorted(candidates)[0][2])
    return found


def code_pages(site):
    """Report pages with highlighted code and typeset math (reports/code-and-formulas in each language)."""
    found = []
    for language in LANGUAGES:
        path = os.path.join(language, "reports", "code-and-formulas", "index.html")
        if os.path.exists(os.path.join(site, path)):
            found.append(path)
    return found


def diagram_pages(site, already):
    """One page per language with a Mermaid diagram, when the report pages above have none:
    diagrams carry author colours that each theme remaps, so axe must see them in every theme."""
    found = []
    for language in LANGUAGES:
        for folder, _, files in sorted(os.walk(os.path.join(site, language))):
            path = os.path.relpath(os.path.join(folder, "index.html"), site)
            if "index.html" in files and path not in already:
                with open(os.path.join(folder, "index.html"), encoding="utf-8") as f:
                    if '<figure class="diagram"' in f.read():
                        found.append(path)
                        break
    return found


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"PASS {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}".rstrip())


def palettes(css):
    """--bg and --fg of each [data-theme] rule, as the rgb() strings getComputedStyle returns."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = css[: css.find("@media print")]
    result = {}
    for selector, body in re.findall(r"([^{}]*)\{([^{}]*)\}", css):
        m = re.search(r'data-theme="([a-z-]+)"', selector)
        if not m:
            continue
        values = dict(re.findall(r"--([a-z-]+)\s*:\s*(#[0-9a-fA-F]{3,6})", body))
        result[m.group(1)] = {k: rgb(v) for k, v in values.items()}
    return result


def rgb(hex_colour):
    h = hex_colour.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return "rgb({}, {}, {})".format(int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))


def browser(javascript=True):
    options = webdriver.ChromeOptions()
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
                "--allow-file-access-from-files", f"--user-data-dir={tempfile.mkdtemp(prefix='sitegen-chrome-')}"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    binary = os.environ.get("CHROME_BINARY") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if binary:
        options.binary_location = binary
    driver_path = os.environ.get("CHROMEDRIVER") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(driver_path), options=options)


def colours(driver):
    return driver.execute_script(
        "var s = getComputedStyle(document.body);"
        "return {bg: s.backgroundColor, fg: s.color, theme: document.documentElement.getAttribute('data-theme')};")


def emulate(driver, scheme=None, media=""):
    features = [{"name": "prefers-color-scheme", "value": scheme}] if scheme else []
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media, "features": features})


def severe_logs(driver):
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def choose(driver, theme, settle=False):
    Select(driver.find_element(By.ID, "theme-select")).select_by_value(theme)
    if settle:
        # Chromium hands a localStorage write to its storage service asynchronously; a reload in
        # the same instant can still read the old value. A reader never reloads that fast.
        time.sleep(1)


# A query per language and the page it must find: typed the way a reader would, the French one
# without its accents, so accent folding is part of what is checked.
SEARCHES = {
    "zh": ("盈亏平衡", "zh/reports/break-even/"),
    "ja": ("損益分岐", "ja/reports/break-even/"),
    "fr": ("rentabilite", "fr/reports/break-even/"),
    "en": ("organised", "en/notes/about/"),
}


def check_search(driver, site):
    """Searches from file:// in each language and follows the keyboard path to the first result."""
    for language, (query, expected) in SEARCHES.items():
        index = os.path.join(site, language, "index.html")
        if not os.path.exists(index):
            check(f"{language}: the site has an index to search from", False, index)
            continue
        driver.get("file://" + index)
        box = driver.find_element(By.ID, "search-input")
        label = driver.find_element(By.CSS_SELECTOR, "label[for=search-input]").get_attribute("textContent").strip()
        check(f"{language}: the search box is shown and labelled", box.is_displayed() and bool(label), label)
        box.send_keys(query)
        links = []
        for _ in range(50):
            links = driver.find_elements(By.CSS_SELECTOR, "#search-results a")
            if links:
                break
            time.sleep(0.1)
        hrefs = [link.get_attribute("href") for link in links]
        check(f"{language}: '{query}' finds {expected} from file://", any(h and h.endswith(expected + "index.html") for h in hrefs), f"{hrefs}")
        marks = driver.find_elements(By.CSS_SELECTOR, "#search-results mark")
        check(f"{language}: the match is marked in the results", bool(marks))
        status = driver.find_element(By.ID, "search-status").get_attribute("textContent")
        check(f"{language}: the result count is announced", bool(status.strip()), status)
        box.send_keys("\ue015")  # ArrowDown
        focused = driver.switch_to.active_element.get_attribute("href")
        check(f"{language}: the arrow key moves to the first result", bool(links) and focused == hrefs[0], f"{focused}")
        remote = driver.execute_script(
            "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
            ".filter(function (n) { return n.indexOf('file:') !== 0; });")
        check(f"{language}: search fetched nothing from outside", not remote, f"{remote}")
        check(f"{language}: no console errors while searching", not severe_logs(driver), f"{severe_logs(driver)}")


def run(site, css, require_axe):
    themes = palettes(css)
    check("style.css defines all five themes", all(t in themes for t in THEMES), f"found {sorted(themes)}")
    distinct = {themes[t]["bg"] for t in THEMES if t in themes}
    check("the five themes have five different backgrounds", len(distinct) == 5, f"{distinct}")

    url = lambda page: "file://" + os.path.join(site, page)
    pages = report_pages(site)
    check("the site has a report page in at least three languages", len(pages) >= 3, f"{pages}")
    with_code = [p for p in code_pages(site) if p not in pages]
    with open(os.path.join(site, pages[0]), encoding="utf-8") as f:
        theme_scripts = f.read().count("<script")
    check("the site has a page with code and math in at least three languages", len(with_code) >= 3, f"{with_code}")
    for page in with_code:
        with open(os.path.join(site, page), encoding="utf-8") as f:
            html = f.read()
        check(f"{page}: code is highlighted at build time", 'class="highlight"' in html and '<span class="k">' in html)
        check(f"{page}: formulas are MathML, with no KaTeX stylesheet or script",
              "<math" in html and "katex" not in html.lower() and html.count("<script") == theme_scripts,
              f"{html.count('<script')} scripts, the theme has {theme_scripts}")
    pages = pages + with_code
    others = OTHER_PAGES + sorted({f"{p.split('/')[0]}/index.html" for p in pages})
    pages += diagram_pages(site, pages)
    driver = browser()
    try:
        check_search(driver, site)
        for page in pages + others:
            driver.get(url(page))
            errors = severe_logs(driver)
            check(f"{page}: no console errors", not errors, f"{errors}")
            external = driver.execute_script(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('file:'));")
            check(f"{page}: no requests beyond the site's own files", not external, f"{external}")
            menu = driver.find_element(By.CLASS_NAME, "theme-menu")
            check(f"{page}: theme menu shown when scripts run", menu.is_displayed())

        page = pages[0]
        driver.get(url(page))
        driver.execute_script("localStorage.clear()")
        for scheme in ["light", "dark"]:
            emulate(driver, scheme)
            driver.get(url(page))
            c = colours(driver)
            check(f"first visit follows prefers-color-scheme: {scheme}",
                  c["theme"] is None and c["bg"] == themes[scheme]["bg"] and c["fg"] == themes[scheme]["fg"], f"{c}")
        emulate(driver, "light")

        axe = None
        try:
            from axe_selenium_python import Axe
            axe = Axe
        except ImportError:
            if require_axe:
                check("axe-core available", False, "pip install axe-selenium-python")
            else:
                print("SKIP axe-core checks: axe_selenium_python is not installed")

        for language_page in pages:
            driver.get(url(language_page))
            for theme in THEMES:
                choose(driver, theme)
                c = colours(driver)
                check(f"{language_page}: choosing {theme} applies its colours",
                      c["theme"] == theme and c["bg"] == themes[theme]["bg"] and c["fg"] == themes[theme]["fg"], f"{c}")
                if axe:
                    a = axe(driver)
                    a.inject()
                    result = a.run()
                    contrast = [n["target"] for v in result["violations"] if v["id"] == "color-contrast" for n in v["nodes"]]
                    check(f"{language_page}: axe color-contrast in {theme}", not contrast, f"{contrast[:5]}")
                    serious = [(v["id"], len(v["nodes"])) for v in result["violations"]
                               if v["id"] != "color-contrast" and v.get("impact") in ("serious", "critical")]
                    check(f"{language_page}: no other serious axe violations in {theme}", not serious, f"{serious}")
            check(f"{language_page}: no console errors after switching themes", not severe_logs(driver))

        driver.get(url(pages[0]))
        choose(driver, "sepia", settle=True)
        driver.refresh()
        c = colours(driver)
        selected = Select(driver.find_element(By.ID, "theme-select")).first_selected_option.get_attribute("value")
        check("the chosen theme survives a reload", c["theme"] == "sepia" and c["bg"] == themes["sepia"]["bg"] and selected == "sepia",
              f"{c} menu={selected}")
        # No flash: the stored theme must be on <html> before the (render-blocking) stylesheet
        # enters the document, so the first paint already uses it.
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": """
            new MutationObserver(function (records, observer) {
              for (const r of records) for (const n of r.addedNodes)
                if (n.nodeName === 'LINK' && n.rel === 'stylesheet') {
                  window.__themeAtStylesheet = document.documentElement.getAttribute('data-theme') || 'none';
                  observer.disconnect();
                }
            }).observe(document, {childList: true, subtree: true});"""})
        driver.get(url(pages[1]))
        at_stylesheet = driver.execute_script("return window.__themeAtStylesheet")
        check("no flash: the stored theme is set before the stylesheet loads", at_stylesheet == "sepia", f"{at_stylesheet}")
        driver.get(url(pages[2]))
        check("the chosen theme follows the reader to another page", colours(driver)["theme"] == "sepia")
        choose(driver, "auto", settle=True)
        driver.refresh()
        check("choosing System forgets the stored theme",
              colours(driver)["theme"] is None and driver.execute_script("return localStorage.getItem('sitegen-theme')") is None)

        for page in pages:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True})
            driver.get(url(page))
            widths = driver.execute_script(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")
            check(f"{page}: no sideways page scroll at 360 px", widths[0] <= widths[1], f"scrollWidth/clientWidth {widths}")
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

        driver.get(url(pages[0]))
        choose(driver, "dark")
        emulate(driver, "dark", media="print")
        c = colours(driver)
        th = driver.execute_script("var s = getComputedStyle(document.querySelector('th')); return [s.color, s.backgroundColor];")
        check("printed in black on white whatever the theme",
              c["bg"] == "rgb(255, 255, 255)" and c["fg"] == "rgb(0, 0, 0)" and th[0] == "rgb(0, 0, 0)", f"{c} th={th}")
        emulate(driver)
        choose(driver, "auto")
    finally:
        driver.quit()

    driver = browser(javascript=False)
    try:
        emulate(driver, "dark")
        driver.get(url(pages[0]))
        c = colours(driver)
        menu = driver.find_element(By.CLASS_NAME, "theme-menu")
        check("without scripts the menu is hidden", not menu.is_displayed())
        check("without scripts the page follows the system theme", c["bg"] == themes["dark"]["bg"], f"{c}")
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--templates", default=os.path.join(os.path.dirname(__file__), "..", "..", "Templates"))
    parser.add_argument("--require-axe", action="store_true")
    args = parser.parse_args()
    site = os.path.abspath(args.site)
    with open(os.path.join(args.templates, "assets", "style.css"), encoding="utf-8") as f:
        css = f.read()
    try:
        run(site, css, args.require_axe)
    except Exception:
        traceback.print_exc()
        check("the browser test ran to the end", False)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed or not passed else 0)


if __name__ == "__main__":
    main()
