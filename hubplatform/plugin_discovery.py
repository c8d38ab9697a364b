"""
Finding plugin apps without importing them, so settings can list them in TENANT_APPS.
"""

from pathlib import Path


def discover_plugin_apps(plugins_dir):
    """Return the dotted names of the packages in `plugins_dir` that are Django apps."""
    plugins_dir = Path(plugins_dir)
    return [
        f"{plugins_dir.name}.{path.parent.name}"
        for path in sorted(plugins_dir.glob("*/apps.py"))
        if (path.parent / "__init__.py").exists()
    ]
