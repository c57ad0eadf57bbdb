#!/usr/bin/env python3
"""Drives label.html in headless Chromium (Debian's chromium + chromium-driver) through
Selenium: labels items by keyboard and mouse, reloads, checks that progress was kept,
exports labels.json through the page's own download link, and takes a screenshot.

Usage: label-check.py OUT_DIR    (OUT_DIR holds label.html; writes labels.json and
label-page.png there). Exits 1 with a message on the first check that fails.
"""
import json
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

OUT = os.path.abspath(sys.argv[1])
PAGE = "file://" + os.path.join(OUT, "label.html")
DOWNLOADS = os.path.join(OUT, "downloads")
ANNOTATOR = "Ada 测试"
checks = 0


def check(condition, message):
    global checks
    if not condition:
        sys.exit("label-check: FAIL " + message)
    checks += 1


def start():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000",
                 "--user-data-dir=" + os.path.join(OUT, "profile"), "--lang=en-US"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {
        "download.default_directory": DOWNLOADS, "download.prompt_for_download": False})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # Debian's chromedriver matches Debian's chromium; naming it keeps Selenium Manager
    # from looking for a driver on the network.
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": DOWNLOADS})
    return driver


def text(driver, element_id):
    return driver.find_element(By.ID, element_id).text


def wait_position(driver, expected):
    try:
        WebDriverWait(driver, 5).until(lambda d: text(d, "position") == expected)
    except Exception:
        check(False, "position is %r, expected %r" % (text(driver, "position"), expected))
    check(True, "")


def press(driver, key):
    driver.find_element(By.TAG_NAME, "body").send_keys(key)


def pressed(driver):
    """The label whose button shows as chosen on the current item, or None."""
    for button in driver.find_elements(By.CSS_SELECTOR, ".choice"):
        if button.get_attribute("aria-pressed") == "true":
            return button.get_attribute("data-label")
    return None


def main():
    os.makedirs(DOWNLOADS, exist_ok=True)
    driver = start()
    try:
        driver.get(PAGE)
        wait_position(driver, "1 of 4")
        check(text(driver, "done") == "0 labelled", "a fresh page has labels")
        check(text(driver, "criterion") == "回答是否以导游的身份介绍武汉？", "criterion not shown")
        check(text(driver, "type") == "role · 角色约束", "type shown as %r" % text(driver, "type"))
        check(not driver.find_element(By.ID, "judge-line").is_displayed(), "judge shown without show-judge")

        # The annotator's name, typed; keys typed there must not label anything.
        name = driver.find_element(By.ID, "annotator")
        name.send_keys(ANNOTATOR)
        name.send_keys(Keys.ESCAPE)
        check(text(driver, "done") == "0 labelled", "typing the name labelled an item")

        # Keyboard: y on item 1, n on item 2; each moves on by itself.
        press(driver, "y")
        wait_position(driver, "2 of 4")
        check(driver.find_element(By.ID, "history-box").is_displayed(), "earlier turns hidden on turn 2")
        press(driver, "n")
        wait_position(driver, "3 of 4")
        # The answer's markup is shown as text, not run.
        check("<script>alert('hi')</script>" in text(driver, "response"), "markup in the answer not shown as text")
        # Mouse: Not applicable on item 3.
        driver.find_element(By.CSS_SELECTOR, ".choice.na").click()
        wait_position(driver, "4 of 4")
        check(text(driver, "done") == "3 labelled", "three labels expected, page says %r" % text(driver, "done"))
        # Back and forth by keyboard: k and the arrows.
        press(driver, "k")
        wait_position(driver, "3 of 4")
        check(pressed(driver) == "not applicable", "item 3 does not show its label")
        press(driver, Keys.ARROW_RIGHT)
        wait_position(driver, "4 of 4")
        check(pressed(driver) is None, "item 4 shows a label it was not given")
        press(driver, Keys.ARROW_LEFT)
        press(driver, Keys.ARROW_LEFT)
        wait_position(driver, "2 of 4")
        check(pressed(driver) == "no", "item 2 does not show its label")
        # Mouse: the item strip jumps to item 1; the Next button moves on.
        driver.find_elements(By.CSS_SELECTOR, "#strip button")[0].click()
        wait_position(driver, "1 of 4")
        check(pressed(driver) == "yes", "item 1 does not show its label")
        # s folds the system message away; the page remembers it.
        press(driver, "s")
        check(driver.find_element(By.ID, "system-box").get_attribute("open") is None, "s did not fold the system message")
        driver.find_element(By.ID, "next").click()
        wait_position(driver, "2 of 4")

        # Reload: labels, position, name and the folded system message are kept.
        driver.refresh()
        wait_position(driver, "2 of 4")
        check(text(driver, "done") == "3 labelled", "reload lost labels: %r" % text(driver, "done"))
        check(driver.find_element(By.ID, "annotator").get_attribute("value") == ANNOTATOR, "reload lost the name")
        check(pressed(driver) == "no", "reload lost item 2's label")
        check(driver.find_element(By.ID, "system-box").get_attribute("open") is None, "reload unfolded the system message")

        # Nothing was fetched: the page stands alone.
        resources = driver.execute_script("return performance.getEntriesByType('resource').length")
        check(resources == 0, "the page fetched %s resources" % resources)

        # A screenshot of a long Chinese answer with its earlier turn and system message open.
        press(driver, "s")
        press(driver, "h")
        time.sleep(0.3)
        driver.save_screenshot(os.path.join(OUT, "label-page.png"))

        # Export through the page's own Blob link.
        press(driver, "e")
        target = os.path.join(DOWNLOADS, "labels.json")
        for _ in range(50):
            if os.path.exists(target):
                break
            time.sleep(0.1)
        check(os.path.exists(target), "no labels.json was downloaded")
        errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        check(not errors, "console errors: %r" % errors)
    finally:
        driver.quit()

    with open(target, encoding="utf-8") as handle:
        exported = json.load(handle)
    sample = json.loads(open(os.path.join(OUT, "sample-id.txt"), encoding="utf-8").read()) \
        if os.path.exists(os.path.join(OUT, "sample-id.txt")) else None
    check(exported["format"] == "sysbench-kit-labels" and exported["version"] == 1, "wrong format/version")
    check(sample is None or exported["sample"] == sample, "wrong sample id %r" % exported["sample"])
    check(exported["annotator"] == ANNOTATOR, "wrong annotator %r" % exported["annotator"])
    expected = [
        {"case": "wuhan-travel", "turn": 1, "item": 1, "label": "yes"},
        {"case": "wuhan-travel", "turn": 2, "item": 2, "label": "no"},
        {"case": "markup-case", "turn": 1, "item": 3, "label": "not applicable"},
    ]
    check(exported["labels"] == expected, "exported labels %r" % exported["labels"])
    os.replace(target, os.path.join(OUT, "labels.json"))
    print("label-check: ok, %d checks; export %s; screenshot %s"
          % (checks, os.path.join(OUT, "labels.json"), os.path.join(OUT, "label-page.png")))


if __name__ == "__main__":
    main()
