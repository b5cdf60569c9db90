import os
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
import pytest
from tests.browser import pages

pytestmark = pytest.mark.browser

PROBE = """() => {
  const vw = window.innerWidth; const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > vw + 0.5) out.push(el.tagName + '.' + el.className + ' right=' + Math.round(r.right) + ' ' + (el.textContent||'').trim().slice(0,30));
  }
  return [document.documentElement.scrollWidth, out.slice(0, 30)];
}"""

def test_probe(phone_page, world, sign_in_as):
    sign_in_as(phone_page.context, world.csw)
    for url in [f"/units/{world.unit_a.pk}/", f"/people/{world.ada.pk}/", f"/people/{world.ada.pk}/family/", f"/people/{world.ada.pk}/access-history/"]:
        phone_page.goto(url)
        print(url, phone_page.evaluate(PROBE))
