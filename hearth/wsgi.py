import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hearth.settings")
application = get_wsgi_application()

# Everything loaded so far (Django, the apps, the templates' modules) lives as long as the process: move it out of
# the garbage collector's way, so that a collection during a request does not walk it all again (it cut the unit
# board's slowest requests by a third in bench/bench_pages.py).
gc.collect()
gc.freeze()
