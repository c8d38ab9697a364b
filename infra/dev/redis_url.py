#!/usr/bin/env python3
"""Print the Redis URL to use: REDIS_URL when set, else the local server when it answers, else nothing
(the settings then fall back to a local-memory cache). Usage: redis_url.py [DB_NUMBER]"""

import os
import socket
import sys

if os.environ.get("REDIS_URL"):
    print(os.environ["REDIS_URL"])
    sys.exit(0)
try:
    with socket.create_connection(("127.0.0.1", 6379), timeout=1) as conn:
        conn.sendall(b"PING\r\n")
        if conn.recv(16).startswith(b"+PONG"):
            print(f"redis://127.0.0.1:6379/{sys.argv[1] if len(sys.argv) > 1 else 0}")
except OSError:
    pass
