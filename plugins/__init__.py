"""
The plugin framework, and one package per feature plugin (plugins/walkin/, ...).

A plugin is a Django app in this folder whose AppConfig subclasses `plugins.base.PluginConfig`
and declares what it contributes. `plugins.discovery` finds the apps for the settings,
`plugins.registry` collects them when Django starts, `plugins.checks` enforces the rules that
follow from their declarations, and `plugins.urls` / `plugins.wagtail_hooks` mount their URLs and
admin menu items where they are switched on.
"""
