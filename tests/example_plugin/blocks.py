from wagtail import blocks


class NoticeBlock(blocks.CharBlock):
    class Meta:
        icon = "info-circle"
        template = "example_plugin/notice_block.html"
