from search.documents import Indexer, SearchDocument
from tests.example_plugin.models import Notice


class NoticeIndexer(Indexer):
    kind = "mededeling"

    def documents(self):
        for notice in Notice.objects.order_by("code"):
            yield SearchDocument(
                source=f"notice:{notice.code}", kind=self.kind, title=notice.title, url="/mededelingen/", body=notice.text
            )
