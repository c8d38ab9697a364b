"""
Finding plugin apps while settings load, so that SHARED_APPS and TENANT_APPS can list them.

Only the plugins' apps.py modules are imported: they declare where the plugin's data lives, and
must not import models (Django forbids that in apps.py anyway).
"""

import importlib
import inspect
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class PluginApps:
    """Dotted app names of the plugins found, by where their data lives."""

    per_hub: list = field(default_factory=list)
    network: list = field(default_factory=list)

    @property
    def all(self):
        return [*self.per_hub, *self.network]

    def add(self, app_name):
        from plugins.base import NETWORK

        scope = _plugin_config_class(app_name).data_scope
        (self.network if scope == NETWORK else self.per_hub).append(app_name)


def discover_plugin_apps(plugins_dir, extra=()):
    """The plugin apps in `plugins_dir` (its packages with an apps.py), plus `extra` app names."""
    plugins_dir = Path(plugins_dir)
    found = PluginApps()
    for path in sorted(plugins_dir.glob("*/apps.py")):
        if (path.parent / "__init__.py").exists():
            found.add(f"{plugins_dir.name}.{path.parent.name}")
    for app_name in extra:
        found.add(app_name)
    return found


def _plugin_config_class(app_name):
    from plugins.base import PluginConfig

    module = importlib.import_module(f"{app_name}.apps")
    configs = [
        value
        for value in vars(module).values()
        if inspect.isclass(value) and issubclass(value, PluginConfig) and value is not PluginConfig
    ]
    if len(configs) != 1:
        raise ValueError(f"{app_name}.apps must define exactly one PluginConfig subclass, found {len(configs)}.")
    return configs[0]
