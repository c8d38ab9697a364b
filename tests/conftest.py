"""
The test network: the portal and the four demo hubs, built once per test database by the same
code `make run` uses (hubs cloned from the template schema). Each test then runs in a
transaction that is rolled back, so tests may change anything.
"""


import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django_tenants.utils import schema_context, tenant_context

from demo.loader import DEMO_HUBS, editor_credentials, hub_domain, load_network
from pages.cache import forget_process_values
from plugins.shared import usage as shared_usage
from search.indexing import sync_everything
from tenants.models import Hub
from tenants.provisioning import prepare_template, template_is_current

HUB_SLUGS = [slug for slug, _region in DEMO_HUBS]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build (or, with a reused test database, bring up to date) the demo network once."""
    with django_db_blocker.unblock():
        template_was_stale = not template_is_current()
        if template_was_stale:
            prepare_template()
        hubs_present = Hub.objects.filter(slug__in=HUB_SLUGS).count() == len(HUB_SLUGS)
        if hubs_present and template_was_stale:
            call_command("migrate_schemas", tenant=True, interactive=False, verbosity=0)
        if not hubs_present:
            load_network()
        # The cache outlives the test session, and can hold what a rolled-back test built (a
        # gateway result of a change that never committed): empty it before rebuilding the index.
        for alias in ("default", "network"):
            caches[alias].clear()
        # A reused test database may hold an index built by older code: bring it in step.
        sync_everything()
        # Likewise the records of which hub uses which shared piece.
        shared_usage.rebuild(Hub.objects.hubs(), forget_other_hubs=True)
        connection.set_schema_to_public()


@pytest.fixture(autouse=True)
def _public_schema_and_clean_cache(db):
    # Requests switch the connection's schema; every test starts and ends on the portal's.
    connection.set_schema_to_public()
    for alias in ("default", "network"):
        caches[alias].clear()
    # A generation a rolled-back test started stays in the cache; what this process kept under
    # it (pages.cache.hub_memo) described the rolled-back state.
    forget_process_values()
    yield
    connection.set_schema_to_public()


@pytest.fixture
def hubs():
    return {hub.slug: hub for hub in Hub.objects.hubs()}


@pytest.fixture
def hardenberg(hubs):
    return hubs["hardenberg"]


@pytest.fixture
def helmond(hubs):
    return hubs["helmond"]


class HostClient(Client):
    """A test client that talks to one host, as a browser pointed at that domain would."""

    def __init__(self, host, **kwargs):
        super().__init__(HTTP_HOST=host, **kwargs)
        self.host = host

    def theme_css(self, path="/"):
        """The theme stylesheet (design tokens) the page at `path` links to."""
        html = self.get(path).content.decode()
        return self.get("/huisstijl/" + html.split('href="/huisstijl/')[1].split('"')[0]).content.decode()

    def login_form(self, username, password):
        """Log in through the admin's login form, in the schema of this host."""
        return self.post("/admin/login/", {"username": username, "password": password})


@pytest.fixture
def host_client():
    return HostClient


@pytest.fixture
def portal_client():
    return HostClient("localhost")


def hub_client(slug):
    return HostClient(hub_domain(slug))


@pytest.fixture
def editor_client():
    """A client logged in to a hub's admin as that hub's demo editor."""

    def make(slug):
        client = hub_client(slug)
        credentials = editor_credentials(slug)
        response = client.login_form(credentials["username"], credentials["password"])
        assert response.status_code == 302, "the demo editor should be able to log in to their own hub"
        return client

    return make


@pytest.fixture
def in_hub():
    """Context manager: run ORM code inside a hub's schema."""
    return tenant_context


@pytest.fixture
def in_schema():
    return schema_context
