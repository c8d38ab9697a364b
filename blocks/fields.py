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
        name, path, _, kwargs = super().deconstruct()
        lookup = BlockDefinitionLookupBuilder()
        library_blocks = [
            (block_name, lookup.add_block(block))
            for block_name, block in self.stream_block.child_blocks.items()
            if not getattr(block, "plugin_key", None)
        ]
        kwargs["block_lookup"] = lookup.get_lookup_as_dict()
        return name, path, [library_blocks], kwargs
