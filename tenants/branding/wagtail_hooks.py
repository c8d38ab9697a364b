from wagtail.contrib.settings.registry import register_setting

from tenants.branding.models import BrandingSettings

register_setting(BrandingSettings, icon="palette")
