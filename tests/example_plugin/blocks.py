from wagtail import blocks

from tests.example_plugin.notices import notice


class NoticeBlock(blocks.StructBlock):
    code = blocks.CharBlock(label="code van de mededeling")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["notice"] = notice(value["code"])
        return context

    class Meta:
        icon = "info-circle"
        label = "Mededeling"
        template = "example_plugin/notice_block.html"
