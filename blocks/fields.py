from django.db import models
from wagtail.blocks.definition_lookup import BlockDefinitionLookupBuilder
from wagtail.fields import StreamField

from blocks.blocks import BaseStreamBlock


class BodyField(StreamField):
    """A page body: the block library's blocks, plus those of the installed plugins.

    Migrations record only the library's own blocks. The column holds JSON whatever blocks it may
    contain, so recording the plugins' blocks as well would only make the migrations of every app
    with a body depend on which plugins are installed: one plugin more, and `pages` would need a
    new migration. Blocks a plugin stored stay in the JSON while the plugin is off.
    """

    def __init__(self, block_types=None, **kwargs):
        super().__init__(BaseStreamBlock() if block_types is None else block_types, **kwargs)

    def deconstruct(self):
        # Django's own part only: StreamField's would build a lookup of every block just to have
        # it replaced. Migrations clone every field of every model state they render (once per
        # schema in `migrate_schemas`), so the library's part is built once per field and kept:
        # a field's blocks do not change after it is made.
        name, path, _, kwargs = models.Field.deconstruct(self)
        if not hasattr(self, "_library_deconstruction"):
            lookup = BlockDefinitionLookupBuilder()
            library_blocks = [
                (block_name, lookup.add_block(block))
                for block_name, block in self.stream_block.child_blocks.items()
                if not getattr(block, "plugin_key", None)
            ]
            self._library_deconstruction = (library_blocks, lookup.get_lookup_as_dict())
        library_blocks, block_lookup = self._library_deconstruction
        kwargs["block_lookup"] = dict(block_lookup)
        return name, path, [list(library_blocks)], kwargs
