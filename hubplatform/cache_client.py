"""
The Redis cache client: django-redis's, failing fast while Redis does not answer.

With IGNORE_EXCEPTIONS a cache error counts as a miss, so a Redis that refuses connections costs
a page next to nothing. One that accepts them and never answers (hung, paused, a network that
drops packets) cost every call its SOCKET_TIMEOUT: ~35 calls a page, 17-20 s, and with a few
sync workers the whole site was down. So after a call fails, every call to that Redis server
fails at once for FAIL_FAST_SECONDS (a miss, as before); then one call tries again.
"""

import threading
import time

from django_redis.client import DefaultClient
from django_redis.exceptions import ConnectionInterrupted

FAIL_FAST_SECONDS = 10

# Redis server (LOCATION) -> monotonic time until which calls fail at once; shared by the cache
# aliases on one server and by the threads of a process.
_down_until = {}
_lock = threading.Lock()

#: DefaultClient's operations that talk to Redis.
OPERATIONS = (
    "get", "set", "add", "delete", "get_many", "set_many", "delete_many", "has_key", "incr", "decr",
    "touch", "ttl", "pttl", "expire", "pexpire", "expire_at", "pexpire_at", "persist", "lock", "keys",
    "iter_keys", "delete_pattern", "clear",
)


class RedisUnanswered(ConnectionError):
    """Redis failed a call a moment ago; this one was not sent."""


def _guarded(method):
    def guarded(self, *args, **kwargs):
        server = self._fail_fast_key
        if time.monotonic() < _down_until.get(server, 0.0):
            raise ConnectionInterrupted(connection=None) from RedisUnanswered(server)
        try:
            return method(self, *args, **kwargs)
        except ConnectionInterrupted:
            with _lock:
                _down_until[server] = time.monotonic() + FAIL_FAST_SECONDS
            raise

    guarded.__name__ = method.__name__
    guarded.__doc__ = method.__doc__
    return guarded


class FailFastClient(DefaultClient):
    def __init__(self, server, params, backend):
        super().__init__(server, params, backend)
        self._fail_fast_key = str(server)


for _name in OPERATIONS:
    if hasattr(DefaultClient, _name):
        setattr(FailFastClient, _name, _guarded(getattr(DefaultClient, _name)))
